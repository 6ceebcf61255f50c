// Word evidence for alignment: the content words, numbers and names two sentences share, weighted by how rare
// they are in the two texts. Character bigrams alone cannot tell a rewrite's sentence from its neighbours:
// in the seed story every sentence is about "South Korea", "NATO", "weapons" and "Ukraine", so the bigram Dice
// of 004's "…sends 31 M1 Abrams tanks…" is 0.42 with its counterpart ("…promised 31 Abrams tanks…") and 0.44
// with an unrelated sentence. The rare tokens they share ("31", "abrams") are what a reader matches on.
// Words news English uses for one another ("weapons"/"arms", "step up"/"escalate") are one key (synonyms.ts).
import { normalisePhrases, synonymClass } from './synonyms.js'
import { tokens } from './tokens.js'

const STOPWORDS = new Set(
  ('the and that this with from have has had was were will would could should been being which who whom whose ' +
    'what when where while than then they them their there these those also into onto over under about after ' +
    'before said says saying told its his her our your you are not but for all any some such more most very ' +
    'can may might must does did done just only other each both many much one two mr mrs ms')
    .split(' '),
)

/** Stems are the first five letters: "exporting", "exports", "export" → "expor"; "Ukrainian" → "ukrai". */
const STEM = 5

/**
 * The distinct evidence keys of a text, in the order they first occur: synonym classes or stems of content
 * words, numbers without separators. (Not sorted: sorting ~15 strings a sentence was a sixth of the aligner's
 * time, and the ids they get are sorted as numbers anyway.)
 */
export function evidenceKeys(text: string): string[] {
  const keys = new Set<string>()
  for (const token of tokens(normalisePhrases(text))) {
    let key = KEY_OF.get(token)
    if (key === undefined) {
      if (KEY_OF.size > 200_000) KEY_OF.clear()
      key = keyOf(token)
      KEY_OF.set(token, key)
    }
    if (key !== '') keys.add(key)
  }
  return [...keys]
}

// A story says its words many times and a bench aligns the same texts again: the key of a token is computed
// once (stop words, lemmas and synonym classes are several lookups and slices each).
const KEY_OF = new Map<string, string>()

/** One token's evidence key, '' for none. */
function keyOf(token: string): string {
  // "100,000" and "100000" are one number; a lone digit ("2" in "Leopard 2") is still evidence
  if (/^\d/.test(token)) return `#${token.replace(/[.,]/g, '')}`
  const word = token.toLowerCase().replace(/['’].*$/, '') // "Korea's" → "korea"
  if (word.length < 3 || STOPWORDS.has(word)) return ''
  return synonymClass(word) ?? word.slice(0, STEM)
}

/** Interned keys with inverse document frequency over both texts' sentences. */
export class EvidenceWeights {
  private readonly ids = new Map<string, number>()
  private readonly df: number[] = []
  private documents = 0

  /** Registers one sentence's distinct keys (each sentence of both texts, once) and returns their ids, ascending. */
  add(keys: readonly string[]): Int32Array {
    this.documents++
    const ids = new Int32Array(keys.length)
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string
      let id = this.ids.get(key)
      if (id === undefined) {
        id = this.df.length
        this.ids.set(key, id)
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

/** Sum of the weights of a sorted id list. */
export function weightOf(ids: Int32Array, weights: Float64Array): number {
  let total = 0
  for (const id of ids) total += weights[id] as number
  return total
}
