// Character-bigram profiles and their Dice coefficient: the measure of string-similarity's compareTwoStrings,
// computed from a profile built once per text. Comparing a 300-sentence variant with a 300-sentence reference
// is 90,000 pairs; calling the library for each would re-split both strings every time.
//
// A profile holds interned bigram ids sorted ascending with their counts, so two profiles intersect in one
// merge pass and a document's profiles can feed an inverted index (src/align/matrix.ts).

/** Interns bigrams as small integers; share one per comparison so both sides use the same ids. */
export class BigramVocabulary {
  // keyed by the two UTF-16 code units as one number: no substring per bigram
  private readonly ids = new Map<number, number>()
  // two ASCII units (most of news English) are looked up in a table instead (-1: not seen yet); ids are handed
  // out in the same first-seen order either way, so they are the ids the Map alone gave
  private readonly ascii = new Int32Array(128 * 128).fill(-1)
  private count = 0
  id(first: number, second: number): number {
    if (first < 128 && second < 128) {
      const slot = first * 128 + second
      let id = this.ascii[slot]!
      if (id < 0) this.ascii[slot] = id = this.count++
      return id
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
}

export interface BigramProfile {
  /** the text with whitespace removed, as string-similarity compares it */
  readonly squeezed: string
  /** distinct bigram ids, ascending */
  readonly ids: Int32Array
  /** count of each id in `ids` */
  readonly counts: Int32Array
  /** number of bigrams with repeats: squeezed.length - 1 (0 for texts under two characters) */
  readonly total: number
}

export function bigramProfile(text: string, vocabulary: BigramVocabulary): BigramProfile {
  const squeezed = text.replace(/\s+/g, '')
  const total = Math.max(0, squeezed.length - 1)
  // UTF-16 code units, as compareTwoStrings' `substring(i, i + 2)`
  const all = new Int32Array(total)
  for (let i = 0; i < total; i++) all[i] = vocabulary.id(squeezed.charCodeAt(i), squeezed.charCodeAt(i + 1))
  all.sort()
  // run-length encode the sorted ids in place of growing arrays (this runs for every span of both texts)
  const ids = new Int32Array(total)
  const counts = new Int32Array(total)
  let distinct = 0
  for (let i = 0; i < total; i++) {
    if (i > 0 && all[i] === all[i - 1]) counts[distinct - 1]!++
    else {
      ids[distinct] = all[i]!
      counts[distinct++] = 1
    }
  }
  return { squeezed, ids: ids.slice(0, distinct), counts: counts.slice(0, distinct), total }
}

/** Size of the multiset intersection of two profiles (sum of the smaller count of each shared bigram). */
export function sharedBigrams(a: BigramProfile, b: BigramProfile): number {
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number
    const y = b.ids[j] as number
    if (x === y) shared += Math.min(a.counts[i++] as number, b.counts[j++] as number)
    else if (x < y) i++
    else j++
  }
  return shared
}

/**
 * Dice from a shared-bigram count, with compareTwoStrings' edge cases: identical squeezed texts are 1
 * (two empty texts included), a text under two characters is 0.
 */
export function diceFromShared(a: BigramProfile, b: BigramProfile, shared: number): number {
  if (a.squeezed === b.squeezed) return 1
  if (a.squeezed.length < 2 || b.squeezed.length < 2) return 0
  return (2 * shared) / (a.total + b.total)
}

/** compareTwoStrings(a, b), from profiles. */
export function dice(a: BigramProfile, b: BigramProfile): number {
  return diceFromShared(a, b, sharedBigrams(a, b))
}
