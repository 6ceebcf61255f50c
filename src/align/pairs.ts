// Scores every candidate pair of spans (unit-unit, split: two variant units-unit, merge: unit-two reference
// units) and normalises each score against the background of its two sides, as vecalign normalises a pair's
// cost by the costs of each side against random sentences of the other text.
import { BigramVocabulary, bigramProfile, dice } from '../text/bigrams.js'
import { compare, type Item } from './matrix.js'
import type { Span, Unit } from './units.js'
import { EvidenceWeights, evidenceKeys, weightOf } from './words.js'

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

export interface PairOptions {
  /** weight of bigram Dice against evidence Dice in the score */
  readonly diceWeight: number
  /** pairs with a margin under this are not returned (the linker's lowest threshold) */
  readonly floor: number
  /** added to the score of a headline against a headline */
  readonly headlineBonus: number
}

function union(a: Int32Array, b: Int32Array): Int32Array {
  return Int32Array.from(new Set([...a, ...b])).sort()
}

/** Weighted Dice of two sorted evidence id lists. */
function evidenceDice(a: Item, b: Item, weights: Float64Array): number {
  let common = 0
  for (let i = 0, j = 0; i < a.evidence.length && j < b.evidence.length; ) {
    const x = a.evidence[i] as number
    const y = b.evidence[j] as number
    if (x === y) {
      common += weights[x] as number
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return a.mass + b.mass > 0 ? (2 * common) / (a.mass + b.mass) : 0
}

function items(list: readonly Span[], unitEvidence: readonly Int32Array[], vocabulary: BigramVocabulary, weights: Float64Array): Item[] {
  return list.map((s) => {
    const first = unitEvidence[s.first] as Int32Array
    const evidence = s.length === 1 ? first : union(first, unitEvidence[s.first + 1] as Int32Array)
    // lower case: a headline's Title Case ("Secretary General Of NATO") is not a different text
    return { profile: bigramProfile(s.text.toLowerCase(), vocabulary), evidence, mass: weightOf(evidence, weights) }
  })
}

export interface Scored {
  /** each unit's best pairs, and the splits and merges beside them, with a margin at or over the floor */
  readonly candidates: readonly Candidate[]
  /** the score of a variant span against a reference span (not two spans with each other) */
  score(v: number, r: number): number
}

export function candidates(
  variantSpans: readonly Span[],
  referenceSpans: readonly Span[],
  variantUnits: readonly Unit[],
  referenceUnits: readonly Unit[],
  options: PairOptions,
): Scored {
  const evidence = new EvidenceWeights()
  const vEvidence = variantUnits.map((u) => evidence.add(evidenceKeys(u.text)))
  const rEvidence = referenceUnits.map((u) => evidence.add(evidenceKeys(u.text)))
  const weights = evidence.weights()
  const vocabulary = new BigramVocabulary()
  const vItems = items(variantSpans, vEvidence, vocabulary, weights)
  const rItems = items(referenceSpans, rEvidence, vocabulary, weights)
  const n = variantUnits.length
  const m = referenceUnits.length
  // unit against unit through the inverted index (n × m); spans (splits, merges) only next to a unit's best
  // partners, directly: a split's halves each resemble the reference sentence they come from
  const units = compare(vItems.slice(0, n), rItems.slice(0, m), vocabulary.size, weights)
  const blend = (dice: number, words: number) => options.diceWeight * dice + (1 - options.diceWeight) * words
  const memo = new Map<number, number>()
  const score = (v: number, r: number): number => {
    if (v < n && r < m) return blend(units.dice[v * m + r] as number, units.words[v * m + r] as number)
    const key = v * referenceSpans.length + r
    let s = memo.get(key)
    if (s === undefined) {
      const a = vItems[v] as Item
      const b = rItems[r] as Item
      s = blend(dice(a.profile, b.profile), evidenceDice(a, b, weights))
      memo.set(key, s)
    }
    return s
  }
  // A headline renders the other text's headline when it is a counterpart at all: 002's "He asked South Korea
  // to send weapons to Ukraine" shares more words with 000's body line "…asks South Korea to 'step up'
  // military support for Ukraine." than with 000's headline "NATO chief asks S. Korea to 'step up'…".
  const headlines = (v: number, r: number) =>
    v < n && r < m && variantUnits[v]?.zone === 'headline' && referenceUnits[r]?.zone === 'headline' ? options.headlineBonus : 0

  // Background of each side: its mean score against the other side's units. Most pairs in a story are not
  // counterparts, so the mean stands for a random pair, and a margin over it does not depend on how alike
  // the story's sentences are overall (every sentence of the seed story mentions Korea, NATO and Ukraine).
  // A span's background is the mean of its two units'.
  const rowMean = Array.from({ length: n }, (_, v) => mean(m, (r) => score(v, r)))
  const columnMean = Array.from({ length: m }, (_, r) => mean(n, (v) => score(v, r)))
  const background = (list: readonly Span[], means: readonly number[], i: number) => {
    const s = list[i] as Span
    return s.length === 1 ? (means[s.first] as number) : ((means[s.first] as number) + (means[s.first + 1] as number)) / 2
  }
  const margin = (v: number, r: number) => {
    const raw = score(v, r) - (background(variantSpans, rowMean, v) + background(referenceSpans, columnMean, r)) / 2
    return raw < options.floor ? -Infinity : raw + headlines(v, r)
  }

  // Only each unit's few best partners (either side) can be linked: the greedy linker takes pairs best first,
  // so a pair among the top few of neither side would only be reached once both sides' better partners are
  // taken. KEEP per row and column bounds the candidates to (n + m) × KEEP instead of n × m.
  const keep = new Map<number, Candidate>()
  const add = (v: number, r: number) => {
    const key = v * referenceSpans.length + r
    if (keep.has(key)) return
    const x = margin(v, r)
    if (x > -Infinity) keep.set(key, { v, r, score: score(v, r), margin: x })
  }
  const vSpanAt = spanIndex(variantSpans)
  const rSpanAt = spanIndex(referenceSpans)
  for (let v = 0; v < n; v++) {
    for (const r of best(m, (r) => margin(v, r))) {
      add(v, r)
      for (const span of [rSpanAt.get(r - 1), rSpanAt.get(r)]) if (span !== undefined) add(v, span)
    }
  }
  for (let r = 0; r < m; r++) {
    for (const v of best(n, (v) => margin(v, r))) {
      add(v, r)
      for (const span of [vSpanAt.get(v - 1), vSpanAt.get(v)]) if (span !== undefined) add(span, r)
    }
  }
  const out = [...keep.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c)
  return { candidates: out, score }
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

/** Indexes of the KEEP largest finite values of f over 0..count-1 (ties: lower index). */
function best(count: number, f: (i: number) => number): number[] {
  const top: { i: number; x: number }[] = []
  for (let i = 0; i < count; i++) {
    const x = f(i)
    if (x === -Infinity) continue
    if (top.length === KEEP && x <= (top[KEEP - 1] as { x: number }).x) continue
    let at = top.length
    while (at > 0 && (top[at - 1] as { x: number }).x < x) at--
    top.splice(at, 0, { i, x })
    if (top.length > KEEP) top.pop()
  }
  return top.map((t) => t.i)
}

function mean(count: number, f: (i: number) => number): number {
  if (count === 0) return 0
  let total = 0
  for (let i = 0; i < count; i++) total += f(i)
  return total / count
}
