// The character n-gram profile of one text for chrF, built once and compared with many others.
//
// Why not a Map of n-gram strings: that allocates a string per n-gram and hashes it, about 200 ns each, and a
// 200-character news sentence has 1,200 n-grams of orders 1–6 — slower than sacreBLEU itself. Instead the
// profile is a trie of every substring of up to 6 characters, kept in typed arrays, with an open-addressing
// hash table from (parent node, code point) to child node. Each node is one distinct n-gram (its depth is the
// order) with its count; comparing two profiles walks the hypothesis nodes in creation order, so a node's
// parent has already been looked up in the reference trie. No strings are allocated.

export interface ChrfProfile {
  /** n-grams per order (index 0 = unigrams), counting repeats: "aaa" has 3 unigrams, 2 bigrams */
  readonly totals: readonly number[]
  /** node count; node 0 is the root (the empty n-gram) */
  readonly size: number
  readonly parent: Int32Array
  readonly char: Int32Array
  readonly depth: Uint8Array
  readonly count: Int32Array
  /** hash slots holding node ids; 0 = empty (the root is nobody's child) */
  readonly slots: Int32Array
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

/** Code points of the text without whitespace. Python counts "😀" as one character, so pairs are joined;
 *  a lone surrogate stays one character, as in a Python str. */
function codePoints(text: string): Int32Array {
  const out = new Int32Array(text.length)
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
  return out.subarray(0, n)
}

function slotOf(parent: number, char: number, mask: number): number {
  let h = Math.imul(parent, 0x9e3779b1) ^ Math.imul(char, 0x85ebca77)
  h ^= h >>> 15
  return h & mask
}

/** The child of `parent` along `char` in `p`, or 0 when there is none. */
export function childOf(p: ChrfProfile, parent: number, char: number): number {
  const mask = p.slots.length - 1
  for (let s = slotOf(parent, char, mask); ; s = (s + 1) & mask) {
    const node = p.slots[s]!
    if (node === 0) return 0
    if (p.parent[node] === parent && p.char[node] === char) return node
  }
}

export function chrfProfile(text: string, charOrder = 6): ChrfProfile {
  const cps = codePoints(text)
  const len = cps.length
  const maxNodes = 1 + len * charOrder
  let tableSize = 16
  while (tableSize < 2 * maxNodes) tableSize *= 2
  const mask = tableSize - 1
  const parent = new Int32Array(maxNodes)
  const char = new Int32Array(maxNodes)
  const depth = new Uint8Array(maxNodes)
  const count = new Int32Array(maxNodes)
  const slots = new Int32Array(tableSize)
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
        depth[next] = n
        slots[s] = next
      }
      count[next]!++
      node = next
    }
  }
  const totals = Array.from({ length: charOrder }, (_, k) => Math.max(0, len - k))
  return { totals, size, parent, char, depth, count, slots }
}

/**
 * [hyp, ref, match] counts per order, flattened: 3 × order numbers. As in sacreBLEU, the hypothesis count of
 * an order is 0 when the reference has no n-gram of that order (a 3-character reference has no 4-grams),
 * which matters when statistics are summed over a corpus.
 */
export function chrfStatistics(hyp: ChrfProfile, ref: ChrfProfile): number[] {
  const order = Math.min(hyp.totals.length, ref.totals.length)
  const match = new Array<number>(order).fill(0)
  // inRef[node]: the same n-gram's node in the reference trie, 0 when the reference lacks it
  const inRef = new Int32Array(hyp.size)
  for (let node = 1; node < hyp.size; node++) {
    const d = hyp.depth[node]!
    if (d > order) continue
    const refParent = d === 1 ? 0 : inRef[hyp.parent[node]!]!
    if (d > 1 && refParent === 0) continue
    const refNode = childOf(ref, refParent, hyp.char[node]!)
    if (refNode === 0) continue
    inRef[node] = refNode
    match[d - 1]! += Math.min(hyp.count[node]!, ref.count[refNode]!)
  }
  const stats: number[] = []
  for (let k = 0; k < order; k++) stats.push(ref.totals[k]! > 0 ? hyp.totals[k]! : 0, ref.totals[k]!, match[k]!)
  return stats
}
