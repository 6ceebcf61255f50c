// The character n-gram profile of one text for chrF, built once and compared with many others.
//
// Why not a Map of n-gram strings: that allocates a string per n-gram and hashes it, about 200 ns each, and a
// 200-character news sentence has 1,200 n-grams of orders 1–6 — slower than sacreBLEU itself. Instead the
// profile is a trie of every substring of up to 6 characters, kept in typed arrays, with an open-addressing
// hash table from (parent node, code point) to child node. Each node is one distinct n-gram (its depth is the
// order) with its count. No strings are allocated.
//
// Only the reference needs a trie. The hypothesis is read position by position down the reference's trie: the
// n-grams starting at a position are a path from the root, and the path ends at the first one the reference
// lacks (if "xab" is not in the reference, neither is "xabc"). A position's path is its deepest node and that
// node's ancestors, so walking up from the deepest node counts the hypothesis's occurrences of every n-gram the
// two share, which is all the match needs — the n-grams the reference lacks are never stored, where profiling
// both sides would build and compare a second trie per hypothesis. Each node also links to its n-gram without the first character ("abc" → "bc"), Aho–Corasick's suffix
// link: the next position's path starts there, one level down, instead of at the root, so a position costs
// about two lookups instead of six.
export interface ChrfProfile {
  /** n-grams per order (index 0 = unigrams), counting repeats: "aaa" has 3 unigrams, 2 bigrams */
  readonly totals: readonly number[]
  /** node count; node 0 is the root (the empty n-gram) */
  readonly size: number
  readonly parent: Int32Array
  readonly char: Int32Array
  readonly count: Int32Array
  /** hash slots holding node ids; 0 = empty (the root is nobody's child) */
  readonly slots: Int32Array
  /** per node: the node of its n-gram without the first character (the root for a unigram) */
  readonly suffix: Int32Array
  /** the text's code points without whitespace, for when the profile is the hypothesis side */
  readonly codePoints: Int32Array
}

/** Python's str.isspace(), which sacreBLEU uses to drop whitespace. Unlike JS \s: U+001C–U+001F and U+0085 are
 *  spaces, the BOM U+FEFF is not. */
function isPythonSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c >= 0x1c
  if (c < 0x85) return false
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  )
}

/** Code points of the text without whitespace, written into `out` (as long as the text, or longer); returns how
 *  many. Python counts "😀" as one character, so pairs are joined; a lone surrogate stays one character, as in
 *  a Python str. */
function readCodePoints(text: string, out: Int32Array): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00)
        i++
      }
    }
    if (!isPythonSpace(c)) out[n++] = c
  }
  return n
}

function codePoints(text: string): Int32Array {
  const out = new Int32Array(text.length)
  return out.subarray(0, readCodePoints(text, out))
}

function slotOf(parent: number, char: number, mask: number): number {
  let h = Math.imul(parent, 0x9e3779b1) ^ Math.imul(char, 0x85ebca77)
  h ^= h >>> 15
  return h & mask
}

export function chrfProfile(text: string, charOrder = 6): ChrfProfile {
  const cps = codePoints(text)
  const maxNodes = 1 + cps.length * charOrder
  const tableSize = tableSizeFor(maxNodes)
  const arrays = { parent: new Int32Array(maxNodes), char: new Int32Array(maxNodes), count: new Int32Array(maxNodes), suffix: new Int32Array(maxNodes) }
  return buildProfile(cps, charOrder, arrays, new Int32Array(tableSize))
}

/** Hash slots for up to `maxNodes` nodes: a power of two, at least twice as many. */
function tableSizeFor(maxNodes: number): number {
  let tableSize = 16
  while (tableSize < 2 * maxNodes) tableSize *= 2
  return tableSize
}

interface NodeArrays {
  readonly parent: Int32Array
  readonly char: Int32Array
  readonly count: Int32Array
  readonly suffix: Int32Array
}

/** The trie of `cps` in `arrays` (zeros, and as long as the nodes can be) and `slots` (zeros, tableSizeFor long). */
function buildProfile(cps: Int32Array, charOrder: number, arrays: NodeArrays, slots: Int32Array): ChrfProfile {
  const { parent, char, count, suffix } = arrays
  const len = cps.length
  const mask = slots.length - 1
  // the path of the position before, by depth: its n-gram of depth n + 1 without the first character is this
  // position's n-gram of depth n
  const previousPath = new Int32Array(charOrder + 2)
  let size = 1
  for (let i = 0; i < len; i++) {
    let node = 0
    for (let n = 1; n <= charOrder && i + n <= len; n++) {
      const c = cps[i + n - 1]!
      let s = slotOf(node, c, mask)
      let next = slots[s]!
      while (next !== 0 && !(parent[next] === node && char[next] === c)) {
        s = (s + 1) & mask
        next = slots[s]!
      }
      if (next === 0) {
        next = size++
        parent[next] = node
        char[next] = c
        slots[s] = next
      }
      count[next]!++
      if (i > 0 && n < charOrder) suffix[previousPath[n + 1]!] = next
      previousPath[n] = next
      node = next
    }
  }
  const totals = Array.from({ length: charOrder }, (_, k) => Math.max(0, len - k))
  return { totals, size, parent, char, count, slots, suffix, codePoints: cps }
}

// Scratch space of chrfStatisticsOnce: a reference's code points, trie nodes and hash slots, grown as needed
let onceCodePoints = new Int32Array(1024)
let onceNodes: NodeArrays = { parent: new Int32Array(1024), char: new Int32Array(1024), count: new Int32Array(1024), suffix: new Int32Array(1024) }
let onceSlots = new Int32Array(2048)

/**
 * chrfStatistics(hyp, chrfProfile(ref)) for a reference compared once, its profile built in scratch space kept
 * from call to call. A bundle of one variant compares each reference sentence once: a profile of its own for
 * each, five typed arrays a sentence made and dropped at once, filled memory outside V8's heap faster than the
 * collector gave it back.
 */
export function chrfStatisticsOnce(hyp: string, ref: string, charOrder = 6): number[] {
  if (onceCodePoints.length < ref.length) onceCodePoints = new Int32Array(2 * ref.length)
  const cps = onceCodePoints.subarray(0, readCodePoints(ref, onceCodePoints))
  const maxNodes = 1 + cps.length * charOrder
  const tableSize = tableSizeFor(maxNodes)
  if (onceNodes.parent.length < maxNodes) {
    const length = 2 * maxNodes
    onceNodes = { parent: new Int32Array(length), char: new Int32Array(length), count: new Int32Array(length), suffix: new Int32Array(length) }
  }
  if (onceSlots.length < tableSize) onceSlots = new Int32Array(tableSize)
  const profile = buildProfile(cps, charOrder, onceNodes, onceSlots.subarray(0, tableSize))
  const stats = chrfStatistics(hyp, profile, charOrder)
  // zeros again where the trie was written, for the next reference (parent and char are written before read)
  onceNodes.count.fill(0, 0, profile.size)
  onceNodes.suffix.fill(0, 0, profile.size)
  onceSlots.fill(0, 0, tableSize)
  return stats
}

// Scratch space of chrfStatistics, grown as needed: per reference node, how many of the hypothesis's positions
// have it on their path so far; and a hypothesis text's code points (an array of its own per call is made off
// V8's heap at that size, which costs as much as reading the text into it)
let hypCount = new Int32Array(1024)
let textCodePoints = new Int32Array(1024)

/**
 * [hyp, ref, match] counts per order, flattened: 3 × order numbers. As in sacreBLEU, the hypothesis count of
 * an order is 0 when the reference has no n-gram of that order (a 3-character reference has no 4-grams),
 * which matters when statistics are summed over a corpus. The hypothesis's n-grams are taken up to
 * `charOrder`, or up to its profile's order when it is given as a profile.
 */
export function chrfStatistics(hyp: string | ChrfProfile, ref: ChrfProfile, charOrder = 6): number[] {
  let cps: Int32Array
  let len: number
  if (typeof hyp === 'string') {
    if (textCodePoints.length < hyp.length) textCodePoints = new Int32Array(2 * hyp.length)
    cps = textCodePoints
    len = readCodePoints(hyp, cps)
  } else {
    cps = hyp.codePoints
    len = cps.length
  }
  const order = Math.min(typeof hyp === 'string' ? charOrder : hyp.totals.length, ref.totals.length)
  if (hypCount.length < ref.size) hypCount = new Int32Array(2 * ref.size)
  const { parent, char, count, slots, suffix } = ref
  const mask = slots.length - 1
  const match = new Int32Array(order)
  // node: the n-gram of `depth` characters at position i, all of them in the reference
  let node = 0
  let depth = 0
  for (let i = 0; i < len; i++) {
    while (depth < order && i + depth < len) {
      const c = cps[i + depth]!
      let s = slotOf(node, c, mask)
      let next = slots[s]!
      while (next !== 0 && !(parent[next] === node && char[next] === c)) {
        s = (s + 1) & mask
        next = slots[s]!
      }
      if (next === 0) break
      node = next
      depth++
    }
    if (depth === 0) continue
    // The n-grams at position i are `node` and its ancestors. Each is a match while the hypothesis has not yet
    // used up the reference's count of it: sacreBLEU's min(hypothesis count, reference count), taken one
    // occurrence at a time ("ab" 3 times in the hypothesis, once in the reference: the first matches). Written
    // without an if: whether an n-gram is used up is a coin toss, and a branch the processor cannot predict
    // costs more than the arithmetic that replaces it.
    for (let n = node, k = depth - 1; k >= 0; n = parent[n]!, k--) {
      const used = hypCount[n]!
      match[k]! += used < count[n]! ? 1 : 0
      hypCount[n] = used + 1
    }
    node = suffix[node]!
    depth--
  }
  hypCount.fill(0, 0, ref.size)
  const stats: number[] = []
  for (let k = 0; k < order; k++) stats.push(ref.totals[k]! > 0 ? Math.max(0, len - k) : 0, ref.totals[k]!, match[k]!)
  return stats
}
