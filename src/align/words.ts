// Word evidence for alignment: the content words, numbers and names two sentences share, weighted by how rare
// they are in the two texts. Character bigrams alone cannot tell a rewrite's sentence from its neighbours:
// in the seed story every sentence is about "South Korea", "NATO", "weapons" and "Ukraine", so the bigram Dice
// of 004's "…sends 31 M1 Abrams tanks…" is 0.42 with its counterpart ("…promised 31 Abrams tanks…") and 0.44
// with an unrelated sentence. The rare tokens they share ("31", "abrams") are what a reader matches on.
// Words news English uses for one another ("weapons"/"arms", "step up"/"escalate") are one key (synonyms.ts).
import { functionWordSubset } from '../text/english-words.js'
import { normalisePhrases, synonymClass } from './synonyms.js'
import { forEachToken } from './tokens.js'

// Function words, and words of reporting and quantity every news sentence may carry ("said", "many", "mr").
const STOPWORDS = new Set([
  ...functionWordSubset(
    'the and that this with from have has had was were will would could should been being which who whom whose ' +
      'what when where while than then they them their there these those also into onto over under about after ' +
      'before its his her our your you are not but for all any some very can may might must does did just only each both',
  ),
  ...'said says saying told such more most done other many much one two mr mrs ms'.split(' '),
])

/** Stems are the first five letters: "exporting", "exports", "export" → "expor"; "Ukrainian" → "ukrai". */
const STEM = 5

/**
 * The distinct evidence keys of a text, in the order they first occur: synonym classes or stems of content
 * words, numbers without separators. Not sorted: the aligner sorts the ids the keys get, as numbers, which costs
 * less than sorting the strings.
 */
export function evidenceKeys(text: string, vocabulary = new EvidenceVocabulary()): string[] {
  return Array.from(evidenceKeyIds(text, vocabulary), (key) => vocabulary.name(key))
}

/** evidenceKeys as their numbers in `vocabulary` (what the aligner counts with: no string per key). */
export function evidenceKeyIds(text: string, vocabulary: EvidenceVocabulary): Int32Array {
  const normalised = normalisePhrases(text)
  const sentence = vocabulary.nextSentence()
  const out: number[] = []
  forEachToken(normalised, (start, end) => {
    const key = vocabulary.keyOf(normalised, start, end)
    if (key >= 0 && vocabulary.firstIn(key, sentence)) out.push(key)
  })
  return Int32Array.from(out)
}

/**
 * Token → evidence key, numbered, for one reference and the variants aligned with it (made by prepareReference,
 * as its BigramVocabulary is, and dropped with it). A reference and its variants say the same words again and
 * again ("Stoltenberg", "tanks"), so a token is remembered by its characters: an open-addressing table probed
 * with a hash computed over the text in place, and a token seen before costs no string of its own. Keys are
 * numbered, so a sentence lists each once by a stamp, not a Set. Which number a key gets changes no score: the
 * aligner renumbers them per alignment (EvidenceWeights) and only compares them.
 */
export class EvidenceVocabulary {
  // per slot, side by side: the token's hash and its key id + 2 (0: an empty slot, 1: a token that is no
  // evidence), so a probe reads one cache line and the token's characters only when the hash matches
  private entries = new Int32Array(2 << 12)
  private tokens: (string | undefined)[] = new Array<string | undefined>(1 << 12)
  private used = 0
  private readonly names: string[] = []
  private readonly ids = new Map<string, number>()
  private lastSeen = new Int32Array(1 << 10)
  private sentence = 0
  /** for EvidenceWeights: key → the alignment (generation) that last numbered it, and the number it got there */
  generation = 0
  stamps = new Int32Array(1 << 12)
  localIds = new Int32Array(1 << 12)

  /** The key id of text[start..end), -1 when the token is no evidence. */
  keyOf(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5 | 0
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
    const entries = this.entries
    const mask = this.tokens.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = entries[2 * slot + 1] as number
      if (stored === 0) return this.insert(text.slice(start, end), hash, slot)
      if (entries[2 * slot] === hash) {
        const token = this.tokens[slot] as string
        if (token.length === end - start && text.startsWith(token, start)) return stored - 2
      }
    }
  }

  name(key: number): string {
    return this.names[key] as string
  }

  /** Starts a sentence for firstIn. */
  nextSentence(): number {
    return ++this.sentence
  }

  /** True the first time `key` is met in `sentence`. */
  firstIn(key: number, sentence: number): boolean {
    if (key >= this.lastSeen.length) {
      const grown = new Int32Array(2 * Math.max(key, this.lastSeen.length))
      grown.set(this.lastSeen)
      this.lastSeen = grown
    }
    if (this.lastSeen[key] === sentence) return false
    this.lastSeen[key] = sentence
    return true
  }

  private insert(token: string, hash: number, slot: number): number {
    const name = keyOf(token)
    let key = -1
    if (name !== '') {
      key = this.ids.get(name) ?? this.names.length
      if (key === this.names.length) {
        this.names.push(name)
        this.ids.set(name, key)
      }
    }
    this.entries[2 * slot] = hash
    this.entries[2 * slot + 1] = key + 2
    this.tokens[slot] = token
    // a reference aligned with endless variants of new words starts the table afresh (key ids stay)
    if (++this.used > MAX_TOKENS) this.clear()
    else if (this.used * 2 > this.tokens.length) this.grow()
    return key
  }

  private clear(): void {
    this.entries = new Int32Array(2 << 12)
    this.tokens = new Array<string | undefined>(1 << 12)
    this.used = 0
  }

  private grow(): void {
    const { entries, tokens } = this
    this.entries = new Int32Array(2 * entries.length)
    this.tokens = new Array<string | undefined>(2 * tokens.length)
    const mask = this.tokens.length - 1
    tokens.forEach((token, old) => {
      if (token === undefined) return
      const hash = entries[2 * old] as number
      let slot = hash & mask
      while (this.tokens[slot] !== undefined) slot = (slot + 1) & mask
      this.entries[2 * slot] = hash
      this.entries[2 * slot + 1] = entries[2 * old + 1] as number
      this.tokens[slot] = token
    })
  }
}

const MAX_TOKENS = 1 << 20

/** One token's evidence key, '' for none. */
function keyOf(token: string): string {
  // "100,000" and "100000" are one number; a lone digit ("2" in "Leopard 2") is still evidence
  if (/^\d/.test(token)) return `#${token.replace(/[.,]/g, '')}`
  const word = token.toLowerCase().replace(/['’].*$/, '') // "Korea's" → "korea"
  if (word.length < 3 || STOPWORDS.has(word)) return ''
  return synonymClass(word) ?? word.slice(0, STEM)
}

/**
 * Keys numbered afresh for one alignment, in the order first registered (the variant's sentences first), with
 * their inverse document frequency over both texts' sentences. The vocabulary's key numbers are mapped to these
 * through two arrays of the vocabulary stamped with the alignment's generation, not a Map per alignment: a
 * reference is aligned with each of its variants, and each alignment looks up every key of every sentence.
 * Only the newest instance of a vocabulary may add: the alignments with one reference run one at a time.
 */
export class EvidenceWeights {
  private readonly generation: number
  private readonly df: number[] = []
  private documents = 0

  constructor(private readonly vocabulary: EvidenceVocabulary) {
    this.generation = ++vocabulary.generation
  }

  /** Registers one sentence's distinct keys (each sentence of both texts, once) and returns their ids, ascending. */
  add(keys: Int32Array): Int32Array {
    const vocabulary = this.vocabulary
    if (this.generation !== vocabulary.generation) throw new Error('EvidenceWeights: only the newest instance may add')
    this.documents++
    const ids = new Int32Array(keys.length)
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as number
      if (key >= vocabulary.stamps.length) grow(vocabulary, key)
      let id: number
      if (vocabulary.stamps[key] === this.generation) id = vocabulary.localIds[key] as number
      else {
        id = this.df.length
        vocabulary.stamps[key] = this.generation
        vocabulary.localIds[key] = id
        this.df.push(0)
      }
      this.df[id] = (this.df[id] as number) + 1
      ids[k] = id
    }
    return ids.sort()
  }

  /** Weights by id, after every sentence was added: log(1 + N / df), so a key in every sentence weighs ~0.7. */
  weights(): Float64Array {
    const weights = new Float64Array(this.df.length)
    for (let id = 0; id < weights.length; id++) weights[id] = Math.log(1 + this.documents / (this.df[id] as number))
    return weights
  }
}

function grow(vocabulary: EvidenceVocabulary, key: number): void {
  const size = 2 * Math.max(key + 1, vocabulary.stamps.length)
  const stamps = new Int32Array(size)
  const localIds = new Int32Array(size)
  stamps.set(vocabulary.stamps)
  localIds.set(vocabulary.localIds)
  vocabulary.stamps = stamps
  vocabulary.localIds = localIds
}

/** Sum of the weights of a sorted id list. */
export function weightOf(ids: Int32Array, weights: Float64Array): number {
  let total = 0
  for (const id of ids) total += weights[id] as number
  return total
}
