// Every variant item against every reference item, through inverted indexes of the reference items' bigrams
// and evidence keys: the cost is the number of (variant bigram, reference item holding it) postings, at most
// n × m × (distinct bigrams per sentence) and in practice a fraction of it, with no string work per pair. The
// most frequent bigrams are counted from bit planes instead (planes.ts). A row of scores is made at a time,
// into the caller's buffer: nothing here is n × m, so an 8,000-sentence document against its reference needs
// a few megabytes, not two 8,000 × 8,000 matrices of doubles (a gigabyte).
import { diceFromShared, type BigramProfile } from './bigrams.js'
import { PLANE_WORDS, frequentSlots, sharedInPlanes, splitInto } from './planes.js'

/** A sentence, or a run of sentences read as one, ready to compare. */
export interface Item {
  readonly profile: BigramProfile
  /** evidence key ids, ascending (src/align/words.ts) */
  readonly evidence: Int32Array
  /** sum of the weights of `evidence` */
  readonly mass: number
}

/** Postings of a sparse vector family in compressed rows: for key k, items[start[k]..start[k+1]). */
interface Postings {
  readonly start: Int32Array
  readonly items: Int32Array
  readonly counts: Int32Array
}

function invert(lists: readonly { ids: Int32Array; counts?: Int32Array }[], keys: number): Postings {
  const start = new Int32Array(keys + 1)
  for (const { ids } of lists) {
    for (let k = 0; k < ids.length; k++) {
      const at = (ids[k] as number) + 1
      start[at] = (start[at] as number) + 1
    }
  }
  for (let k = 0; k < keys; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number)
  const fill = start.slice(0, keys)
  const total = start[keys] as number
  const items = new Int32Array(total)
  const counts = new Int32Array(total)
  for (let item = 0; item < lists.length; item++) {
    const { ids, counts: c } = lists[item] as { ids: Int32Array; counts?: Int32Array }
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number
      const at = fill[id] as number
      fill[id] = at + 1
      items[at] = item
      counts[at] = c ? (c[k] as number) : 1
    }
  }
  return { start, items, counts }
}

/**
 * Scores of one variant item against every reference item: diceWeight × bigram Dice + (1 − diceWeight) ×
 * weighted Dice of shared evidence keys, the same numbers as dice() and evidenceDice() give pair by pair.
 */
export class RowScorer {
  readonly columns: number
  private readonly totals: Int32Array
  private readonly masses: Float64Array
  private readonly planes: Int32Array
  private readonly slot: Int32Array
  private readonly bigrams: Postings
  private readonly evidence: Postings
  private readonly shared: Int32Array
  private readonly common: Float64Array
  private readonly mine = new Int32Array(PLANE_WORDS)
  private readonly ids: Int32Array
  private readonly counts: Int32Array

  constructor(
    private readonly variant: readonly Item[],
    private readonly reference: readonly Item[],
    bigramKeys: number,
    private readonly weights: Float64Array,
    private readonly diceWeight: number,
  ) {
    const columns = (this.columns = reference.length)
    const df = new Int32Array(bigramKeys)
    for (const r of reference) {
      for (let k = 0; k < r.profile.ids.length; k++) {
        const id = r.profile.ids[k] as number
        df[id] = (df[id] as number) + 1
      }
    }
    const slot = (this.slot = frequentSlots(df))
    const planes = (this.planes = new Int32Array(columns * PLANE_WORDS))
    const residue = reference.map((r, j) => {
      const ids = new Int32Array(r.profile.ids.length)
      const counts = new Int32Array(r.profile.ids.length)
      const length = splitInto(r.profile.ids, r.profile.counts, slot, planes, j * PLANE_WORDS, ids, counts)
      return { ids: ids.subarray(0, length), counts: counts.subarray(0, length) }
    })
    this.bigrams = invert(residue, bigramKeys)
    this.evidence = invert(reference.map((r) => ({ ids: r.evidence })), weights.length)
    this.shared = new Int32Array(columns)
    this.common = new Float64Array(columns)
    this.totals = Int32Array.from(reference, (r) => r.profile.total)
    this.masses = Float64Array.from(reference, (r) => r.mass)
    // a variant sentence's split, made again for each row
    const longest = variant.reduce((most, v) => Math.max(most, v.profile.ids.length), 0)
    this.ids = new Int32Array(longest)
    this.counts = new Int32Array(longest)
  }

  /** variant item i's scores against every reference item, into score[0, columns) */
  scoreRow(i: number, score: Float64Array): void {
    const { columns, shared, common, mine, ids, counts, planes, totals, masses, weights, diceWeight } = this
    const v = this.variant[i] as Item
    shared.fill(0)
    common.fill(0)
    const rest = splitInto(v.profile.ids, v.profile.counts, this.slot, mine, 0, ids, counts)
    // the hot loop reads locals: it runs once per posting, and a property load costs as much as the posting's work
    const bStart = this.bigrams.start
    const bItems = this.bigrams.items
    const bCounts = this.bigrams.counts
    const eStart = this.evidence.start
    const eItems = this.evidence.items
    for (let b = 0; b < rest; b++) {
      const id = ids[b] as number
      const count = counts[b] as number
      const end = bStart[id + 1] as number
      if (count === 1) {
        // most bigrams occur once in a sentence: min(1, theirs) is 1
        for (let p = bStart[id] as number; p < end; p++) {
          const j = bItems[p] as number
          shared[j] = (shared[j] as number) + 1
        }
      } else {
        for (let p = bStart[id] as number; p < end; p++) {
          const theirs = bCounts[p] as number
          const j = bItems[p] as number
          shared[j] = (shared[j] as number) + (count < theirs ? count : theirs)
        }
      }
    }
    const evidenceIds = v.evidence
    for (let k = 0; k < evidenceIds.length; k++) {
      const id = evidenceIds[k] as number
      const w = weights[id] as number
      for (let p = eStart[id] as number, end = eStart[id + 1] as number; p < end; p++) {
        const j = eItems[p] as number
        common[j] = (common[j] as number) + w
      }
    }
    const total = v.profile.total
    for (let j = 0; j < columns; j++) {
      const theirs = totals[j] as number
      const both = (shared[j] as number) + sharedInPlanes(mine, planes, j * PLANE_WORDS)
      // compareTwoStrings' edge cases (a text under two characters) only where they can apply
      const d = total === 0 || theirs === 0
        ? diceFromShared(v.profile, (this.reference[j] as Item).profile, both)
        : (2 * both) / (total + theirs)
      const mass = v.mass + (masses[j] as number)
      const words = mass > 0 ? (2 * (common[j] as number)) / mass : 0
      score[j] = diceWeight * d + (1 - diceWeight) * words
    }
  }
}
