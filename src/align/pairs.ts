// The candidate pairs of spans (unit-unit, split: two variant units-unit, merge: unit-two reference units)
// the linker chooses from: each unit's few best partners by margin (scores.ts), and the splits and merges
// beside them.
import { Side, type PreparedUnits } from './items.js'
import { Scores, type ScoreOptions } from './scores.js'
import type { Span } from './units.js'
import { EvidenceWeights } from './words.js'

export interface Candidate {
  /** index into the variant spans */
  readonly v: number
  /** index into the reference spans */
  readonly r: number
  /** weighted blend of bigram Dice and evidence Dice, 0–1 */
  readonly score: number
  /** score minus the mean score of its two sides against everything on the other side */
  readonly margin: number
}

export type PairOptions = ScoreOptions

export interface Scored {
  /** each unit's best pairs, and the splits and merges beside them, with a margin at or over the floor */
  readonly candidates: readonly Candidate[]
  /** the score of a variant span against a reference span (not two spans with each other) */
  score(v: number, r: number): number
  /** the score's margin over the background of its two sides, -Infinity under the floor (`score`: the pair's, when known) */
  margin(v: number, r: number, score?: number): number
  /** bigram Dice of the two spans' texts */
  dice(v: number, r: number): number
  /** each variant unit's reference unit of highest margin, -1 when none is over the floor */
  readonly bestReference: Int32Array
  /** each reference unit's variant unit of highest margin, -1 when none is over the floor */
  readonly bestVariant: Int32Array
}

export function candidates(
  variantSpans: readonly Span[],
  referenceSpans: readonly Span[],
  variantUnits: PreparedUnits,
  referenceUnits: PreparedUnits,
  options: PairOptions,
): Scored {
  // rarity over both texts' units, the variant's registered first
  const evidence = new EvidenceWeights(referenceUnits.evidence)
  const vEvidence = variantUnits.keys.map((keys) => evidence.add(keys))
  const rEvidence = referenceUnits.keys.map((keys) => evidence.add(keys))
  const weights = evidence.weights()
  const variant = new Side(variantUnits, variantSpans, vEvidence, weights)
  const reference = new Side(referenceUnits, referenceSpans, rEvidence, weights)
  const scores = new Scores(variant, reference, weights, options, referenceUnits.vocabulary.size)
  const { n, m } = scores

  // Only each unit's few best partners (either side) can be linked: the greedy linker takes pairs best first,
  // so a pair among the top few of neither side would only be reached once both sides' better partners are
  // taken. KEEP per row and column bounds the candidates to (n + m) × KEEP instead of n × m. The pairs are
  // listed as numbers, v × (reference spans) + r, and scored once each when the list is sorted: a map of them
  // as they came, rehashed as it grew, was most of what a long document's alignment made.
  const width = referenceSpans.length
  const keys: number[] = []
  const add = (v: number, r: number) => keys.push(v * width + r)
  const vSpanAt = spanIndex(variantSpans)
  const rSpanAt = spanIndex(referenceSpans)
  const bestReference = new Int32Array(n).fill(-1)
  const bestVariant = new Int32Array(m).fill(-1)
  // Splits and merges only beside a unit's best partner: a split's halves each resemble the sentence they
  // come from, so it is the best partner of one of them, and a merged sentence is the best partner of one of
  // the two it joins. (Beside each of the KEEP best gave the same links on every seed, generated and WMT
  // case, at twice the span pairs to score.)
  const tops = topPartners(scores)
  for (let v = 0; v < n; v++) {
    const top = tops.rows.subarray(v * KEEP, v * KEEP + tops.rowCount[v]!)
    bestReference[v] = top[0] ?? -1
    for (const r of top) add(v, r)
    const r = top[0]
    if (r !== undefined) for (const span of [rSpanAt.get(r - 1), rSpanAt.get(r)]) if (span !== undefined) add(v, span)
  }
  for (let r = 0; r < m; r++) {
    const top = tops.columns.subarray(r * KEEP, r * KEEP + tops.columnCount[r]!)
    bestVariant[r] = top[0] ?? -1
    for (const v of top) add(v, r)
    const v = top[0]
    if (v !== undefined) for (const span of [vSpanAt.get(v - 1), vSpanAt.get(v)]) if (span !== undefined) add(span, r)
  }
  keys.sort((a, b) => a - b)
  const out: Candidate[] = []
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!
    if (k > 0 && key === keys[k - 1]) continue
    const v = Math.floor(key / width)
    const r = key - v * width
    const score = scores.score(v, r)
    const x = scores.margin(v, r, score)
    if (x > -Infinity) out.push({ v, r, score, margin: x })
  }
  return {
    candidates: out,
    score: (v, r) => scores.score(v, r),
    margin: (v, r, score) => scores.margin(v, r, score),
    dice: (v, r) => scores.dice(v, r),
    bestReference,
    bestVariant,
  }
}

/** first unit → index of the two-unit span starting there */
function spanIndex(list: readonly Span[]): Map<number, number> {
  const at = new Map<number, number>()
  list.forEach((s, i) => {
    if (s.length === 2) at.set(s.first, i)
  })
  return at
}

const KEEP = 4

/**
 * The KEEP largest finite margins of each row and of each column of the n × m margins, as indexes, largest
 * first (ties: lower index), in one row-major pass as the rows are made: walking each column with stride m was
 * a tenth of candidates() at 300 × 300.
 */
function topPartners(scores: Scores) {
  const { n, m } = scores
  const rows = new Int32Array(n * KEEP)
  const rowValues = new Float64Array(n * KEEP)
  const rowCount = new Int32Array(n)
  const columns = new Int32Array(m * KEEP)
  const columnValues = new Float64Array(m * KEEP)
  const columnCount = new Int32Array(m)
  scores.forEachMarginRow((v, margins, listed) => {
    const count = listed ? listed.length : m
    for (let k = 0; k < count; k++) {
      const r = listed ? (listed[k] as number) : k
      const x = margins[r] as number
      if (x === -Infinity) continue
      rowCount[v] = insertTop(rows, rowValues, v * KEEP, rowCount[v] as number, r, x)
      columnCount[r] = insertTop(columns, columnValues, r * KEEP, columnCount[r] as number, v, x)
    }
  })
  return { rows, rowCount, columns, columnCount }
}

/**
 * Puts `index` with value x into the top list at list[offset..offset + count), kept largest first with ties in
 * arrival order, at most KEEP long; returns the new count.
 */
function insertTop(list: Int32Array, values: Float64Array, offset: number, count: number, index: number, x: number): number {
  if (count === KEEP && x <= (values[offset + KEEP - 1] as number)) return count
  let at = offset + (count < KEEP ? count : KEEP - 1)
  for (; at > offset && (values[at - 1] as number) < x; at--) {
    values[at] = values[at - 1] as number
    list[at] = list[at - 1] as number
  }
  values[at] = x
  list[at] = index
  return count < KEEP ? count + 1 : KEEP
}
