// A pair's score and its margin over the background of its two sides, as vecalign normalises a pair's cost by
// the costs of each side against random sentences of the other text. The backgrounds take every unit pair,
// one row at a time (matrix.ts); the margins are then made row by row again (or read back, for a document of
// up to a thousand sentences or so) and handed to the caller, and a pair's score is made again when it is asked
// for: past that bound nothing n × m is kept (three n × m arrays of doubles were 1.5 GB for an 8,000-sentence
// document).
import { dice, diceFromShared } from './bigrams.js'
import { evidenceDice, type Side } from './items.js'
import { RowScorer, type Item } from './matrix.js'
import type { Span } from './units.js'

export interface ScoreOptions {
  /** weight of bigram Dice against evidence Dice in the score */
  readonly diceWeight: number
  /** margins under this are -Infinity (the linker's lowest threshold) */
  readonly floor: number
  /** added to the margin of a headline against a headline */
  readonly headlineBonus: number
  /** unit pairs up to which every pair is scored (default EXACT_PAIRS); the bench compares the two ways past it */
  readonly exactPairs?: number
}

/**
 * The mean score of a sentence against the sentences of a news story it does not render (the median background
 * of nt21's sentences): unrelated sentences of one language share common letter pairs and little else.
 */
const TYPICAL_BACKGROUND = 0.2

/** unit pairs whose scores are kept between the two passes: 8 MiB of doubles */
const KEPT_PAIRS = 1 << 20

/**
 * Up to this many unit pairs (a thousand sentences a side: any news story) every pair is scored and the
 * backgrounds are exact means. Past it that work grows with n × m (an 8,000-sentence document against its
 * reference: 64 million pairs, twice), so a side's background is its mean against SAMPLE units of the other side
 * spread evenly through it, and a variant unit is scored only against the reference units that share its
 * rarest evidence keys: the units holding its rarest key, then its next rarest, while they number at most
 * BUDGET. A unit of a long text whose words are all common ("the president said on Monday") still gets the
 * units of its least common word. The links then agree with every pair scored on all but a few of a long
 * document's sentences (bench/align-speed.ts measures it), and the work grows with the length of the text.
 */
export const EXACT_PAIRS = 1 << 20
const SAMPLE = 512
const BUDGET = 256

export class Scores {
  readonly n: number
  readonly m: number
  /** the row scorer of every pair (null past EXACT_PAIRS) */
  private readonly rows: RowScorer | null
  private readonly rowMean: Float64Array
  private readonly columnMean: Float64Array
  /** every unit pair's score, row-major, when there are at most KEPT_PAIRS of them */
  private readonly kept: Float64Array | null
  /** past EXACT_PAIRS: the reference units holding each evidence key (null: every pair is scored) */
  private readonly rare: KeyUnits | null = null

  constructor(
    private readonly variant: Side,
    private readonly reference: Side,
    private readonly weights: Float64Array,
    private readonly options: ScoreOptions,
    private readonly bigramKeys: number,
  ) {
    const n = (this.n = variant.units.length)
    const m = (this.m = reference.units.length)
    // Background of each side: its mean score against the other side's units. Most pairs in a story are not
    // counterparts, so the mean stands for a random pair, and a margin over it does not depend on how alike
    // the story's sentences are overall (every sentence of the seed story mentions Korea, NATO and Ukraine).
    if (n * m > (options.exactPairs ?? EXACT_PAIRS)) {
      this.rows = null
      this.rowMean = sampledMeans(variant.unitItems, reference.unitItems, bigramKeys, weights, options.diceWeight)
      this.columnMean = sampledMeans(reference.unitItems, variant.unitItems, bigramKeys, weights, options.diceWeight)
      this.kept = null
      this.rare = keyUnits(reference.unitItems, weights.length)
      return
    }
    this.rows = new RowScorer(variant.unitItems, reference.unitItems, bigramKeys, weights, options.diceWeight)
    this.rowMean = new Float64Array(n)
    this.columnMean = new Float64Array(m)
    // a document of up to a thousand sentences or so keeps its rows for the margins (8 MiB at most) rather than
    // make them twice; a longer one makes them again
    this.kept = n * m <= KEPT_PAIRS ? new Float64Array(n * m) : null
    const scores = new Float64Array(m)
    for (let v = 0; v < n; v++) {
      this.rows.scoreRow(v, scores)
      this.kept?.set(scores, v * m)
      let row = 0
      for (let r = 0; r < m; r++) {
        const s = scores[r] as number
        row += s
        this.columnMean[r] = (this.columnMean[r] as number) + s
      }
      this.rowMean[v] = row
    }
    for (let v = 0; v < n; v++) this.rowMean[v] = (this.rowMean[v] as number) / m
    for (let r = 0; r < m; r++) this.columnMean[r] = (this.columnMean[r] as number) / n
    // Against a single unit of the other side, a unit's mean is its one pair's score: no background at all, and
    // a one-sentence variant equal to a one-sentence reference had a margin of 0 and was left unaligned. Such a
    // side takes the background of a typical news sentence instead.
    if (m === 1) this.rowMean.fill(TYPICAL_BACKGROUND)
    if (n === 1) this.columnMean.fill(TYPICAL_BACKGROUND)
  }

  /**
   * Each variant unit's margins against the reference units, in variant order: margin(v, r) for r in [0, m),
   * its lookups taken out of the loop, or past EXACT_PAIRS for the columns listed in `columns` (ascending) only.
   * The buffers are the same from row to row.
   */
  forEachMarginRow(visit: (v: number, margins: Float64Array, columns: Int32Array | null) => void): void {
    const { n, m, options } = this
    const margins = new Float64Array(m)
    const vKind = Array.from({ length: n }, (_, v) => this.variant.kind(v))
    const rKind = Array.from({ length: m }, (_, r) => this.reference.kind(r))
    const vHeadline = this.variant.units.map((u) => u.zone === 'headline')
    const rHeadline = this.reference.units.map((u) => u.zone === 'headline')
    const rare = this.rare
    const seen = rare && new Int32Array(m).fill(-1)
    const listed = rare && new Int32Array(m)
    // the row's bigram counts by id, so a candidate's shared bigrams are one pass over its own list
    const mine = rare && new Int32Array(this.bigramKeys)
    for (let v = 0; v < n; v++) {
      let columns: Int32Array | null = null
      let count = m
      if (rare && seen && listed && mine) {
        count = 0
        const a = this.variant.unitItems[v] as Item
        // the unit's keys rarest first, each with every unit holding it, while the list stays within BUDGET
        const byRarity = Array.from(a.evidence).sort((x, y) => rare.df(x) - rare.df(y) || x - y)
        for (const key of byRarity) {
          if (count > 0 && count + rare.df(key) > BUDGET) break
          for (let p = rare.start[key] as number, end = rare.start[key + 1] as number; p < end; p++) {
            const r = rare.units[p] as number
            if (seen[r] === v) continue
            seen[r] = v
            listed[count++] = r
          }
        }
        columns = listed.subarray(0, count).sort()
        const { ids, counts } = a.profile
        for (let k = 0; k < ids.length; k++) mine[ids[k] as number] = counts[k] as number
        for (const r of columns) {
          const b = this.reference.unitItems[r] as Item
          // the same shared count as dice()'s merge of the two lists, so the same score as score(v, r)
          let shared = 0
          const { ids: theirIds, counts: theirCounts } = b.profile
          for (let k = 0; k < theirIds.length; k++) {
            const here = mine[theirIds[k] as number] as number
            const there = theirCounts[k] as number
            shared += here < there ? here : there
          }
          margins[r] = options.diceWeight * diceFromShared(a.profile, b.profile, shared) + (1 - options.diceWeight) * evidenceDice(a, b, this.weights)
        }
        for (let k = 0; k < ids.length; k++) mine[ids[k] as number] = 0
      } else if (this.kept) margins.set(this.kept.subarray(v * m, v * m + m))
      else this.rows!.scoreRow(v, margins)
      const background = this.rowMean[v] as number
      for (let k = 0; k < count; k++) {
        const r = columns ? (columns[k] as number) : k
        const raw = (margins[r] as number) - (background + (this.columnMean[r] as number)) / 2
        margins[r] = vKind[v] !== rKind[r] || raw < options.floor ? -Infinity
          : vHeadline[v] && rHeadline[r] ? raw + options.headlineBonus : raw
      }
      visit(v, margins, columns)
    }
  }

  /**
   * the score of a variant span against a reference span (not two spans with each other), as the rows score it
   * (dice() and evidenceDice() give the same numbers)
   */
  score(v: number, r: number): number {
    const a = this.variant.item(v)
    const b = this.reference.item(r)
    return this.options.diceWeight * dice(a.profile, b.profile) + (1 - this.options.diceWeight) * evidenceDice(a, b, this.weights)
  }

  /** bigram Dice of the two spans' texts (the link's `similarity`): asked once a link, and made then */
  dice(v: number, r: number): number {
    return dice(this.variant.item(v).profile, this.reference.item(r).profile)
  }

  /**
   * the score minus the mean background of its two sides; -Infinity under the floor or across kinds. `score` is
   * the pair's score when the caller has it: pairs are scored when asked, not kept (a long document's candidates
   * and their neighbours are a few hundred thousand pairs).
   */
  margin(v: number, r: number, score?: number): number {
    if (this.variant.kind(v) !== this.reference.kind(r)) return -Infinity
    const raw = (score ?? this.score(v, r)) - (this.background(this.variant.spans, this.rowMean, v) + this.background(this.reference.spans, this.columnMean, r)) / 2
    if (raw < this.options.floor) return -Infinity
    // A headline renders the other text's headline when it is a counterpart at all: 002's "He asked South
    // Korea to send weapons to Ukraine" shares more words with 000's body line "…asks South Korea to 'step up'
    // military support for Ukraine." than with 000's headline "NATO chief asks S. Korea to 'step up'…".
    const headlines = v < this.n && r < this.m && this.variant.units[v]?.zone === 'headline' && this.reference.units[r]?.zone === 'headline'
    return headlines ? raw + this.options.headlineBonus : raw
  }

  /** A span's background is the mean of its two units'. */
  private background(list: readonly Span[], means: Float64Array, i: number): number {
    const s = list[i] as Span
    return s.length === 1 ? (means[s.first] as number) : ((means[s.first] as number) + (means[s.first + 1] as number)) / 2
  }
}

/**
 * Each row item's mean score against SAMPLE items of the other side, spread evenly through it (all of them when
 * it has fewer): the background of a long text, where the mean over every pair would cost n × m.
 */
function sampledMeans(rows: readonly Item[], columns: readonly Item[], bigramKeys: number, weights: Float64Array, diceWeight: number): Float64Array {
  const size = Math.min(columns.length, SAMPLE)
  const sample = Array.from({ length: size }, (_, k) => columns[Math.floor((k * columns.length) / size)] as Item)
  const scorer = new RowScorer(rows, sample, bigramKeys, weights, diceWeight)
  const scores = new Float64Array(size)
  const means = new Float64Array(rows.length)
  for (let i = 0; i < rows.length; i++) {
    scorer.scoreRow(i, scores)
    let sum = 0
    for (let k = 0; k < size; k++) sum += scores[k] as number
    means[i] = size > 0 ? sum / size : 0
  }
  return means
}

interface KeyUnits {
  readonly start: Int32Array
  readonly units: Int32Array
  /** how many reference units hold the key */
  df(key: number): number
}

/** For each evidence key, the reference units holding it, ascending (compressed rows). */
function keyUnits(reference: readonly Item[], keys: number): KeyUnits {
  const start = new Int32Array(keys + 1)
  for (const r of reference) for (const key of r.evidence) start[key + 1] = (start[key + 1] as number) + 1
  for (let k = 0; k < keys; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number)
  const units = new Int32Array(start[keys] as number)
  const fill = start.slice(0, keys)
  reference.forEach((r, j) => {
    for (const key of r.evidence) {
      units[fill[key] as number] = j
      fill[key] = (fill[key] as number) + 1
    }
  })
  return { start, units, df: (key) => (start[key + 1] as number) - (start[key] as number) }
}
