// Every variant item against every reference item, through inverted indexes of the reference items' bigrams
// and evidence keys: the cost is the number of (variant bigram, reference item holding it) postings, at most
// n × m × (distinct bigrams per sentence) and in practice a fraction of it, with no string work per pair.
import { diceFromShared, type BigramProfile } from '../text/bigrams.js'

/** A sentence, or a run of sentences read as one, ready to compare. */
export interface Item {
  readonly profile: BigramProfile
  /** evidence key ids, ascending (src/align/words.ts) */
  readonly evidence: Int32Array
  /** sum of the weights of `evidence` */
  readonly mass: number
}

export interface Matrices {
  readonly rows: number
  readonly columns: number
  /** character-bigram Dice, row-major: [variant * columns + reference] */
  readonly dice: Float64Array
  /** weighted Dice of shared evidence keys, same layout */
  readonly words: Float64Array
}

/** Postings of a sparse vector family in compressed rows: for key k, items[start[k]..start[k+1]). */
interface Postings {
  readonly start: Int32Array
  readonly items: Int32Array
  readonly counts: Int32Array
}

function invert(lists: readonly { ids: Int32Array; counts?: Int32Array }[], keys: number): Postings {
  const start = new Int32Array(keys + 1)
  for (const { ids } of lists) for (const id of ids) start[id + 1] = (start[id + 1] as number) + 1
  for (let k = 0; k < keys; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number)
  const fill = start.slice(0, keys)
  const total = start[keys] as number
  const items = new Int32Array(total)
  const counts = new Int32Array(total)
  lists.forEach(({ ids, counts: c }, item) => {
    ids.forEach((id, i) => {
      const at = fill[id] as number
      fill[id] = at + 1
      items[at] = item
      counts[at] = c ? (c[i] as number) : 1
    })
  })
  return { start, items, counts }
}

export function compare(
  variant: readonly Item[],
  reference: readonly Item[],
  bigramKeys: number,
  weights: Float64Array,
): Matrices {
  const rows = variant.length
  const columns = reference.length
  const dice = new Float64Array(rows * columns)
  const words = new Float64Array(rows * columns)
  const bigrams = invert(reference.map((r) => r.profile), bigramKeys)
  const evidence = invert(reference.map((r) => ({ ids: r.evidence })), weights.length)
  const shared = new Int32Array(columns)
  const common = new Float64Array(columns)
  for (let i = 0; i < rows; i++) {
    const v = variant[i] as Item
    shared.fill(0)
    common.fill(0)
    const { ids, counts } = v.profile
    for (let b = 0; b < ids.length; b++) {
      const id = ids[b] as number
      const mine = counts[b] as number
      for (let p = bigrams.start[id] as number, end = bigrams.start[id + 1] as number; p < end; p++) {
        const theirs = bigrams.counts[p] as number
        const j = bigrams.items[p] as number
        shared[j] = (shared[j] as number) + (mine < theirs ? mine : theirs)
      }
    }
    for (const id of v.evidence) {
      const w = weights[id] as number
      for (let p = evidence.start[id] as number, end = evidence.start[id + 1] as number; p < end; p++)
      {
        const j = evidence.items[p] as number
        common[j] = (common[j] as number) + w
      }
    }
    for (let j = 0; j < columns; j++) {
      const r = reference[j] as Item
      dice[i * columns + j] = diceFromShared(v.profile, r.profile, shared[j] as number)
      const mass = v.mass + r.mass
      words[i * columns + j] = mass > 0 ? (2 * (common[j] as number)) / mass : 0
    }
  }
  return { rows, columns, dice, words }
}
