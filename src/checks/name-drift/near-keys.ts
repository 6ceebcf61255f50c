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

/** key with up to `depth` of its letters after the first deleted, each string once */
function deletions(key: string, depth: number): Set<string> {
  const out = new Set([key])
  let layer = [key]
  for (let d = 0; d < depth; d++) {
    const next: string[] = []
    for (const s of layer) {
      for (let i = 1; i < s.length; i++) {
        const shorter = s.slice(0, i) + s.slice(i + 1)
        if (out.has(shorter)) continue
        out.add(shorter)
        next.push(shorter)
      }
    }
    layer = next
  }
  return out
}

export class NearKeys {
  /**
   * Keys are near when at most one letter in this many of the longer is edited: 4 (a quarter) for what
   * editSimilarity 0.75 accepts, 6 for 0.85. The fewer edits, the fewer deletions are stored and looked up: an
   * eight-letter key has 29 strings within two deletions and 8 within one.
   */
  constructor(private readonly lettersPerEdit: number) {}

  private depth(key: string): number {
    return Math.floor(key.length / (this.lettersPerEdit - 1))
  }

  /** a string deletions give → the keys that give it */
  private readonly byDeletion = new Map<string, string[]>()
  private readonly stored = new Set<string>()
  /** what near() found, by the key asked: a text names a person many times, and each mention asks */
  private readonly asked = new Map<string, Set<string>>()

  add(key: string): void {
    if (this.stored.has(key)) return
    this.stored.add(key)
    this.asked.clear()
    for (const shorter of deletions(key, this.depth(key))) {
      const keys = this.byDeletion.get(shorter)
      if (keys === undefined) this.byDeletion.set(shorter, [key])
      else keys.push(key)
    }
  }

  /**
   * Every stored key u of t's first letter with lettersPerEdit × levenshtein(t, u) ≤ max(|t|, |u|), and others: the candidates
   * to test, each once, in no particular order.
   */
  near(t: string): ReadonlySet<string> {
    let found = this.asked.get(t)
    if (found !== undefined) return found
    found = new Set<string>()
    this.asked.set(t, found)
    for (const shorter of deletions(t, this.depth(t))) {
      const keys = this.byDeletion.get(shorter)
      if (keys !== undefined) for (const key of keys) found.add(key)
    }
    return found
  }
}
