// The most frequent bigrams as bit planes. Shared bigrams are Σ min(count here, count there); in news English
// a few dozen bigrams ("th", "he", "in", "er", "an" …) occur in nearly every sentence, and going through their
// postings one reference sentence at a time is most of the n × m work (300 sentences a side: 3.5 million
// postings, 42 per pair). For the SLOTS most frequent bigrams a sentence keeps two bit sets instead: bit s of
// plane 1 when bigram s occurs at least once, of plane 2 when at least twice; min(a, b) = [a ≥ 1][b ≥ 1] +
// [a ≥ 2][b ≥ 2] + min(a − 2, b − 2) when both exceed 2, so a pair's share of them is eight population counts
// and the few counts over two go through postings (matrix.ts). 128 slots is where fewer postings a pair stop
// paying for more population counts (docs/benchmarks.md, "Where the fast paths came from").

/** Bigrams kept as bit planes: four 32-bit words a plane. */
export const SLOTS = 128
const WORDS = SLOTS / 32
/** Words of planes per item, for laying several items' planes in one array. */
export const PLANE_WORDS = 2 * WORDS

/** Slot of each bigram id (-1: not a frequent one): the SLOTS ids of highest document frequency, ties by id. */
export function frequentSlots(df: Int32Array): Int32Array {
  // ids over df 1, ranked by one number each (df descending, then id ascending) in a native typed-array sort,
  // not a comparator called on boxed ids for each comparison
  let most = 0
  for (let id = 0; id < df.length; id++) most = Math.max(most, df[id] as number)
  const ranked: number[] = []
  for (let id = 0; id < df.length; id++) {
    const d = df[id] as number
    if (d > 1) ranked.push((most - d) * df.length + id)
  }
  const order = Float64Array.from(ranked).sort()
  const slot = new Int32Array(df.length).fill(-1)
  for (let s = 0; s < SLOTS && s < order.length; s++) slot[(order[s] as number) % df.length] = s
  return slot
}

/**
 * Splits a profile into bit planes (frequent bigrams), written at planes[offset..offset + PLANE_WORDS), and a
 * residue (what postings must still count: all of a rare bigram, count − 2 of a frequent one), written into
 * restIds/restCounts; returns the residue's length. The caller owns the arrays: a variant sentence's split is
 * scratch, made again for each row (a fresh array per row is garbage to collect, row after row).
 */
export function splitInto(
  ids: Int32Array,
  counts: Int32Array,
  slot: Int32Array,
  planes: Int32Array,
  offset: number,
  restIds: Int32Array,
  restCounts: Int32Array,
): number {
  planes.fill(0, offset, offset + PLANE_WORDS)
  let rest = 0
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number
    const count = counts[i] as number
    const s = slot[id] as number
    if (s < 0) {
      restIds[rest] = id
      restCounts[rest++] = count
      continue
    }
    const word = offset + (s >>> 5)
    const bit = 1 << (s & 31)
    planes[word] = (planes[word] as number) | bit
    if (count >= 2) planes[word + WORDS] = (planes[word + WORDS] as number) | bit
    if (count > 2) {
      restIds[rest] = id
      restCounts[rest++] = count - 2
    }
  }
  return rest
}

/** Σ over the planes of the population count of a AND b: the frequent bigrams' share of min(count, count). */
export function sharedInPlanes(a: Int32Array, b: Int32Array, bOffset: number): number {
  let total = 0
  for (let w = 0; w < PLANE_WORDS; w++) total += popcount((a[w] as number) & (b[bOffset + w] as number))
  return total
}

function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}


