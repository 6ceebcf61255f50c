// The name keys of a text within a few edits of a given key, found without comparing it with all of them:
// name-drift asks, for each name of a variant, which names of the other texts are a letter or two off it
// ("stoltenbreg" / "stoltenberg"), and a long text names thousands of people, most of them unrelated.
//
// A near miss keeps its first letter (one changed is another test) and has at most one letter in `lettersPerEdit`
// of the longer key edited (4: editSimilarity 0.75). Then two keys u and t are d ≤ ⌊|u| / (lettersPerEdit − 1)⌋
// edits apart, and deleting at most d letters from each gives one same string (the deletion neighbourhoods of
// SymSpell): "stoltenbreg" and "stoltenberg" both give "stoltenbeg" (the r of one, the e of the other deleted).
// So each key is stored under every string its own deletions give, its first letter kept, and a key is looked up
// by its own: a handful of look-ups for a short name, and only the keys that share such a string come back, not
// those that merely share a few letters (made-up names of a few syllables share most of their pairs of letters).
//
// A fifteen-letter key has thousands of such strings, and a book-length text thousands of keys: kept as strings
// in a map, their neighbourhoods would fill gigabytes. So a string is never made: each is a
// 31-bit hash of the letters kept, computed as the deletions are chosen, stored beside the key's number in one
// sorted Float64Array and found by binary search. Two strings with one hash only add a candidate, which the
// caller tests as it tests every other.
//
// Two keys of at most LONGEST letters are at most ⌊LONGEST / lettersPerEdit⌋ edits apart when they are near, so no
// more deletions than that are needed, and a key's strings number a few thousand at most. A longer key is no name
// ("Mohammedbinsalmanalsaud" is three words run together) and a text of long made-up words would make millions
// of strings: such keys are neither stored nor looked up here (name-drift still compares them by shape and by
// shared words).

/** Bits of a packed entry below the hash: the key's number. */
const ID_BITS = 22
const ID_SPACE = 2 ** ID_BITS

/** the longest key stored or looked up */
export const LONGEST = 19


/** The next hash with `unit` appended: FNV-1a's step over 31 bits, so a packed entry stays an exact double. */
const step = (hash: number, unit: number): number => (Math.imul(hash ^ unit, 0x01000193) >>> 1) & 0x7fffffff
const SEED = 0x811c9dc5 >>> 1

/**
 * Calls `emit` with the hash of each string `key` gives with up to `depth` of its letters after the first
 * deleted (a string reached by two sets of deletions, "ll" less either l, comes twice).
 */
function forEachDeletionHash(key: string, depth: number, emit: (hash: number) => void): void {
  const visit = (at: number, left: number, hash: number): void => {
    if (at === key.length) return emit(hash)
    visit(at + 1, left, step(hash, key.charCodeAt(at)))
    if (left > 0 && at > 0) visit(at + 1, left - 1, hash)
  }
  visit(0, depth, SEED)
}

export class NearKeys {
  /**
   * Keys are near when at most one letter in this many of the longer is edited: 4 (a quarter) for what
   * editSimilarity 0.75 accepts, 6 for 0.85. The fewer edits, the fewer deletions are stored and looked up: an
   * eight-letter key has 29 strings within two deletions and 8 within one.
   */
  constructor(private readonly lettersPerEdit: number) {}

  /** The deletions a key is stored and looked up under: ⌊|u| / (lettersPerEdit − 1)⌋, at most ⌊LONGEST / lettersPerEdit⌋. */
  private depth(key: string): number {
    return Math.min(Math.floor(key.length / (this.lettersPerEdit - 1)), Math.floor(LONGEST / this.lettersPerEdit))
  }

  private readonly keys: string[] = []
  private readonly stored = new Set<string>()
  /** hash × ID_SPACE + key number, for every deletion string of every key; sorted when first looked up */
  private entries = new Float64Array(1024)
  private count = 0
  private sorted = true
  /** what near() found, by the key asked: a text names a person many times, and each mention asks */
  private readonly asked = new Map<string, Set<string>>()

  add(key: string): void {
    if (this.stored.has(key) || key.length > LONGEST) return
    if (this.keys.length >= ID_SPACE) throw new RangeError(`NearKeys holds at most ${ID_SPACE} keys`)
    this.stored.add(key)
    this.asked.clear()
    this.sorted = false
    const id = this.keys.length
    this.keys.push(key)
    forEachDeletionHash(key, this.depth(key), (hash) => {
      if (this.count === this.entries.length) {
        const grown = new Float64Array(2 * this.entries.length)
        grown.set(this.entries)
        this.entries = grown
      }
      this.entries[this.count++] = hash * ID_SPACE + id
    })
  }

  /**
   * Every stored key u of t's first letter with lettersPerEdit × levenshtein(t, u) ≤ max(|t|, |u|), both of
   * LONGEST letters at most, and others: the candidates to test, each once, in no particular order.
   */
  near(t: string): ReadonlySet<string> {
    let found = this.asked.get(t)
    if (found !== undefined) return found
    found = new Set<string>()
    this.asked.set(t, found)
    if (t.length > LONGEST) return found
    if (!this.sorted) {
      this.entries = this.entries.slice(0, this.count).sort()
      this.sorted = true
    }
    const { entries, count, keys } = this
    const into = found
    forEachDeletionHash(t, this.depth(t), (hash) => {
      // the first entry of this hash, then every one after it with the same hash
      const lowest = hash * ID_SPACE
      let lo = 0
      let hi = count
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (entries[mid]! < lowest) lo = mid + 1
        else hi = mid
      }
      for (let i = lo; i < count && entries[i]! < lowest + ID_SPACE; i++) into.add(keys[entries[i]! - lowest]!)
    })
    return found
  }
}
