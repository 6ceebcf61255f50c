// Part-of-speech tags for one sentence, from wink-nlp and its English model (wink-eng-lite-web-model). Chosen over
// compromise for this check (bench/pos.ts measures both): it tags garbled English as written — "the figures
// shows" comes out NOUN VERB — where compromise reads "figures" as the verb and hides the error; it is also the
// faster of the two (figures in docs/fluency.md). The library and its model load on the first sentence tagged, synchronously
// (both are CommonJS), so a run that never reaches this check never pays for them.
import { createRequire } from 'node:module'
import { englishModel } from './wink-model.js'

export interface Token {
  /** the token as written */
  readonly text: string
  readonly lemma: string
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, DET, PRON, NUM, CCONJ, SCONJ, PART, PUNCT, SYM, X… */
  readonly pos: string
  /** [start, end) in the sentence text; -1 when the tokeniser rewrote the token and it cannot be found */
  readonly start: number
  readonly end: number
}

interface WinkDoc {
  tokens(): { out(what: unknown): string[] }
}
interface Wink {
  readDoc(text: string): WinkDoc
  its: { value: unknown; lemma: unknown; pos: unknown }
}

// A constant built once on first use, never mutated after: the loaded tagger.
let wink: Wink | undefined

function load(): Wink {
  if (!wink) {
    const require = createRequire(import.meta.url)
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink
    wink = winkNLP(englishModel(), ['pos'])
  }
  return wink
}

export function tag(sentence: string): Token[] {
  const nlp = load()
  const tokens = nlp.readDoc(sentence).tokens()
  const texts = tokens.out(nlp.its.value)
  const lemmas = tokens.out(nlp.its.lemma)
  const tags = tokens.out(nlp.its.pos)
  const out: Token[] = []
  let cursor = 0
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!
    const at = sentence.indexOf(text, cursor)
    const start = at < 0 || sentence.slice(cursor, at).trim() !== '' ? -1 : at
    if (start >= 0) cursor = start + text.length
    out.push({ text, lemma: lemmas[i]!, pos: tags[i]!, start, end: start < 0 ? -1 : start + text.length })
  }
  return out
}
