// Edit distances for short strings (name tokens) and word sequences (quotations).

// Two rows reused by every call: name-drift measures tens of thousands of pairs a bundle, and two arrays per row
// would be most of the cost. Grown when a longer string comes.
let previousRow = new Int32Array(64)
let currentRow = new Int32Array(64)

/** Levenshtein distance of two short strings (name tokens: "stoltenburg" vs "stoltenberg" is 1). */
export function levenshtein(a: string, b: string): number {
  if (b.length >= previousRow.length) {
    previousRow = new Int32Array(2 * b.length + 2)
    currentRow = new Int32Array(2 * b.length + 2)
  }
  let previous = previousRow
  let current = currentRow
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    const letter = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (letter === b.charCodeAt(j - 1) ? 0 : 1)
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1)
    }
    const done = previous
    previous = current
    current = done
  }
  return previous[b.length]!
}

/** 1 - distance / longer length: 1 for equal strings, 0.91 for "stoltenburg" / "stoltenberg". */
export function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  return longer === 0 ? 1 : 1 - levenshtein(a, b) / longer
}

/** One step of a word alignment: a word of each side matched, or a run of words that differ between them. */
export interface AlignedGap {
  /** [from, to) word indexes on each side */
  readonly a: readonly [number, number]
  readonly b: readonly [number, number]
}

export interface LocalAlignment {
  /** [from, to) of the aligned region on each side: words outside it are extensions, not differences */
  readonly a: readonly [number, number]
  readonly b: readonly [number, number]
  readonly matched: number
  /** the matched word pairs [index in a, index in b], ascending */
  readonly pairs: readonly (readonly [number, number])[]
  /** the runs between matched words, inside the region (either side of a gap may be empty) */
  readonly gaps: readonly AlignedGap[]
}

// One matrix for every call, grown when a longer pair of quotes comes: a typed array of a few kilobytes made per
// call gets a backing store outside the JavaScript heap, slow to make and to collect (quotation-drift aligns
// every quote of a variant with the quotes of the reference and the other variants it may render).
let matrix = new Int32Array(1024)

function scoreMatrix(size: number): Int32Array {
  if (matrix.length < size) matrix = new Int32Array(Math.max(size, 2 * matrix.length))
  return matrix
}

/**
 * Smith–Waterman on words (match +6, mismatch −2, gap −1): the best-matching stretch of two word sequences.
 * A match outweighs three differences, so "…continue and [raise issues specifically for] military support" still
 * reaches its last shared words; words only one side has cost least, since wire copy condenses quotes
 * ("…leaders, also in this part of the world, in Beijing, will be…"). A quotation rendered in part ("urgent need" of "urgent need for more ammunition"), or with more of the speech
 * than another copy carries, aligns on the words both have; what lies beyond the stretch is not a difference.
 * The words may be strings or numbers standing for them (quotation-drift numbers its words: two equal strings
 * sliced from different texts are compared character by character, two numbers at once).
 */
export function localAlignment<T>(a: ArrayLike<T>, b: ArrayLike<T>): LocalAlignment {
  // one flat matrix, row i at i × width: the quotes of a bundle are aligned pair by pair, and a row array each, a
  // record per better cell and unshift() in the trace back would cost more than the alignment itself
  const width = b.length + 1
  const score = scoreMatrix((a.length + 1) * width)
  // row 0 and column 0 are the zeros a local alignment starts from (the rest is written before it is read)
  score.fill(0, 0, width)
  for (let i = 1; i <= a.length; i++) score[i * width] = 0
  let bestScore = 0
  let bestI = 0
  let bestJ = 0
  for (let i = 1; i <= a.length; i++) {
    const word = a[i - 1]
    const row = i * width
    const above = row - width
    for (let j = 1; j <= b.length; j++) {
      const diagonal = score[above + j - 1]! + (word === b[j - 1] ? 6 : -2)
      const value = Math.max(0, diagonal, score[above + j]! - 1, score[row + j - 1]! - 1)
      score[row + j] = value
      if (value > bestScore) {
        bestScore = value
        bestI = i
        bestJ = j
      }
    }
  }
  // trace back from the best cell, collecting matched pairs (last first)
  const pairs: [number, number][] = []
  let i = bestI
  let j = bestJ
  while (i > 0 && j > 0 && score[i * width + j]! > 0) {
    const here = score[i * width + j]!
    const diagonal = score[(i - 1) * width + j - 1]!
    if (a[i - 1] === b[j - 1] && here === diagonal + 6) {
      pairs.push([i - 1, j - 1])
      i--
      j--
    } else if (here === diagonal - 2) {
      i--
      j--
    } else if (here === score[(i - 1) * width + j]! - 1) i--
    else j--
  }
  pairs.reverse()
  if (pairs.length === 0) return { a: [0, 0], b: [0, 0], matched: 0, pairs, gaps: [] }
  const gaps: AlignedGap[] = []
  for (let k = 1; k < pairs.length; k++) {
    const [pa, pb] = pairs[k - 1]!
    const [na, nb] = pairs[k]!
    if (na > pa + 1 || nb > pb + 1) gaps.push({ a: [pa + 1, na], b: [pb + 1, nb] })
  }
  const [first, last] = [pairs[0]!, pairs.at(-1)!]
  return { a: [first[0], last[0] + 1], b: [first[1], last[1] + 1], matched: pairs.length, pairs, gaps }
}
