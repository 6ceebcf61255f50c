// Character-bigram profiles and their Dice coefficient: the measure of string-similarity's compareTwoStrings,
// computed from a profile built once per text. Comparing a 300-sentence variant with a 300-sentence reference
// is 90,000 pairs; calling the library for each would re-split both strings every time.
//
// A profile holds interned bigram ids sorted ascending with their counts, so two profiles intersect in one
// merge pass and a document's profiles can feed an inverted index (src/align/matrix.ts).
import { isWhiteSpace } from '../text/words.js'

/**
 * Interns bigrams as small integers. Both sides of a comparison must use the same vocabulary: the aligner keeps
 * one for the process (src/align/items.ts).
 */
export class BigramVocabulary {
  // two ASCII code units index a table (most of an English text); any other pair is keyed in a Map by the two
  // UTF-16 code units as one number. A Map lookup per character would cost more than the rest of a profile.
  private readonly ascii = new Int32Array(128 * 128).fill(-1)
  private readonly ids = new Map<number, number>()
  private count = 0
  id(first: number, second: number): number {
    if (first < 128 && second < 128) {
      const at = first * 128 + second
      const id = this.ascii[at] as number
      if (id >= 0) return id
      this.ascii[at] = this.count
      return this.count++
    }
    const key = first * 65536 + second
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.count++
      this.ids.set(key, id)
    }
    return id
  }
  get size(): number {
    return this.count
  }

  // scratch for bigramProfile: a count per id (all zero between calls) and the ids of one text
  private tally = new Int32Array(1024)
  private scratch = new Int32Array(256)

  /** The tally array, grown to hold every id interned so far (its entries are zero between calls). */
  tallies(): Int32Array {
    if (this.tally.length < this.count) {
      const grown = new Int32Array(Math.max(this.count, 2 * this.tally.length))
      grown.set(this.tally)
      this.tally = grown
    }
    return this.tally
  }

  /** A scratch array of at least `length` entries. */
  buffer(length: number): Int32Array {
    if (this.scratch.length < length) this.scratch = new Int32Array(Math.max(length, 2 * this.scratch.length))
    return this.scratch
  }

  // Profiles' id and count lists are views into shared chunks: an Int32Array over 64 bytes gets a backing
  // store of its own, slower to make and to collect than the profile's whole work on a short sentence.
  private chunk = new Int32Array(0)
  private used = 0

  /** A copy of list[0..length), in a chunk shared with other profiles. */
  keep(list: Int32Array, length: number): Int32Array {
    if (this.used + length > this.chunk.length) {
      this.chunk = new Int32Array(Math.max(CHUNK, length))
      this.used = 0
    }
    const out = this.chunk.subarray(this.used, this.used + length)
    this.used += length
    out.set(list.subarray(0, length))
    return out
  }
}

const CHUNK = 1 << 16

export interface BigramProfile {
  /** distinct bigram ids, ascending */
  readonly ids: Int32Array
  /** count of each id in `ids` */
  readonly counts: Int32Array
  /** number of bigrams with repeats: length - 1 (0 for texts under two characters) */
  readonly total: number
  /** UTF-16 length of the text with white space removed, as string-similarity compares it */
  readonly length: number
  /** the first and last code units of that text (-1 when it is empty): a join's bigram across two texts */
  readonly first: number
  readonly last: number
}

export function bigramProfile(text: string, vocabulary: BigramVocabulary): BigramProfile {
  // UTF-16 code units, as compareTwoStrings' `substring(i, i + 2)`. Each id is counted in the vocabulary's
  // tally as it comes; only the distinct ids are sorted: "the the the" sorts one id, not three.
  const distinct = vocabulary.buffer(text.length)
  let d = 0
  let tally = vocabulary.tallies()
  let first = -1
  let previous = -1
  let length = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // compareTwoStrings removes white space (`replace(/\s+/g, '')`); skipped in the one pass, no copy made
    if (isWhiteSpace(c)) continue
    length++
    if (previous < 0) {
      first = c
      previous = c
      continue
    }
    const id = vocabulary.id(previous, c)
    previous = c
    if (id >= tally.length) tally = vocabulary.tallies()
    const seen = tally[id] as number
    if (seen === 0) distinct[d++] = id
    tally[id] = seen + 1
  }
  const ids = vocabulary.keep(distinct, d).sort()
  const counts = vocabulary.keep(distinct, d)
  for (let k = 0; k < d; k++) {
    const id = ids[k] as number
    counts[k] = tally[id] as number
    tally[id] = 0
  }
  return { ids, counts, total: Math.max(0, length - 1), length, first, last: previous }
}

const NONE = 0x7fffffff

/**
 * Room for joined profiles that are compared at once and dropped: a profile joined into it is made of views of
 * its arrays, good until the next join into it.
 */
export class JoinScratch {
  ids = new Int32Array(512)
  counts = new Int32Array(512)

  /** the arrays, grown to hold `length` entries each */
  room(length: number): void {
    if (this.ids.length >= length) return
    this.ids = new Int32Array(2 * length)
    this.counts = new Int32Array(2 * length)
  }
}

/**
 * The profile of two texts read as one ("a" + " " + "b"), from theirs: their bigrams and the one across the
 * join. Splits and merges are scored on joined neighbours; re-reading the joined text would cost as much as
 * both profiles again. Joined `into` scratch space, the profile's lists are views of it; otherwise they are
 * kept in the vocabulary's chunks.
 */
export function joinProfiles(a: BigramProfile, b: BigramProfile, vocabulary: BigramVocabulary, into?: JoinScratch): BigramProfile {
  if (a.length === 0 || b.length === 0) return a.length === 0 ? b : a
  const junction = vocabulary.id(a.last, b.first)
  // one merge pass over the two ascending id lists, the junction bigram put in where it falls
  const room = a.ids.length + b.ids.length + 1
  into?.room(room)
  const ids = into ? into.ids : vocabulary.buffer(2 * room)
  const counts = into ? into.counts : ids.subarray(room)
  let k = 0
  let pending = true
  // past the end of a list its id reads as NONE (over any id; an integer, as Infinity would make the loop's
  // numbers doubles)
  const { ids: aIds, counts: aCounts } = a
  const { ids: bIds, counts: bCounts } = b
  for (let i = 0, j = 0; i < aIds.length || j < bIds.length; ) {
    const x = i < aIds.length ? (aIds[i] as number) : NONE
    const y = j < bIds.length ? (bIds[j] as number) : NONE
    const id = x < y ? x : y
    const count = (x === id ? (aCounts[i++] as number) : 0) + (y === id ? (bCounts[j++] as number) : 0)
    if (pending && junction <= id) {
      pending = false
      if (junction < id) {
        ids[k] = junction
        counts[k++] = 1
      } else {
        ids[k] = id
        counts[k++] = count + 1
        continue
      }
    }
    ids[k] = id
    counts[k++] = count
  }
  if (pending) {
    ids[k] = junction
    counts[k++] = 1
  }
  const length = a.length + b.length
  const joinedIds = into ? ids.subarray(0, k) : vocabulary.keep(ids, k)
  const joinedCounts = into ? counts.subarray(0, k) : vocabulary.keep(counts, k)
  return { ids: joinedIds, counts: joinedCounts, total: a.total + b.total + 1, length, first: a.first, last: b.last }
}

/** Size of the multiset intersection of two profiles (sum of the smaller count of each shared bigram). */
export function sharedBigrams(a: BigramProfile, b: BigramProfile): number {
  // the lists in locals: this loop runs for every pair of sentences, and a property load per step costs as much as the step
  const { ids: aIds, counts: aCounts } = a
  const { ids: bIds, counts: bCounts } = b
  let shared = 0
  let i = 0
  let j = 0
  while (i < aIds.length && j < bIds.length) {
    const x = aIds[i] as number
    const y = bIds[j] as number
    if (x === y) {
      const p = aCounts[i++] as number
      const q = bCounts[j++] as number
      shared += p < q ? p : q
    } else if (x < y) i++
    else j++
  }
  return shared
}

/**
 * Dice from a shared-bigram count, with compareTwoStrings' edge cases: identical squeezed texts are 1 (two empty
 * texts included), a text under two characters is 0. Two texts of two or more characters need no text compare:
 * identical ones share all their bigrams, and the formula gives 1 for them exactly.
 */
export function diceFromShared(a: BigramProfile, b: BigramProfile, shared: number): number {
  if (a.length < 2 || b.length < 2) return a.length === b.length && a.first === b.first ? 1 : 0
  return (2 * shared) / (a.total + b.total)
}

/** compareTwoStrings(a, b), from profiles. */
export function dice(a: BigramProfile, b: BigramProfile): number {
  return diceFromShared(a, b, sharedBigrams(a, b))
}
