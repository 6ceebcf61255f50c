// detect-language: sentences → + {lang, langScore}. franc alone is unreliable on short English: it calls
// "He met top South Korean officials Sunday" English only narrowly ahead of Hawaiian and Afrikaans, and
// anything under 10 characters 'und'. So the call combines three kinds of evidence:
//   1. script — a Han, Cyrillic, Greek... sentence in an English story is untranslated whatever franc says;
//   2. English function words — "the", "of", "and"... make up a fifth of running English text;
//   3. franc's trigram ranking (francAll), trusted only when the sentence is long enough.
// franc's own answer, computed from its own models with one lookup per trigram (./franc-fast.ts): franc's
// call was a fifth of audit()'s time, most of it on the one call per document
import { francAllFast as francAll, francFast as franc } from './franc-fast.js'
import type { Sentence } from '../types.js'
import type { BareSentence } from './segment.js'
import { WORD } from './lines.js'

export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('the of and to a in is that for on with as was it by at from he his her she they their its be are were has ' +
    'have had not but or this which who will would said an after also been than more when about into over our we ' +
    'you i them there if can could should did do does no so up out one all what his him while because before')
    .split(' '),
)
const MIN_FRANC_LETTERS = 40 // below this franc's ranking is close to noise on news English
// counted with one match each, not a test per character: letters (code points), and the Latin ones among them
const LETTERS = /\p{L}/gu
const LATIN_LETTERS = /(?=\p{Script=Latin})\p{L}/gu

export interface LanguageCall {
  readonly lang: string
  readonly langScore: number
}

export function detectLanguage(text: string): LanguageCall {
  const words = text.match(WORD) ?? []
  const letters = text.match(LETTERS)?.length ?? 0
  if (letters === 0) return { lang: 'und', langScore: 0 }
  const latinShare = (text.match(LATIN_LETTERS)?.length ?? 0) / letters
  if (latinShare < 0.5) {
    // another script: franc is reliable on script, even on short strings
    const lang = franc(text, 1)
    return { lang: lang === 'und' ? 'und' : lang, langScore: 1 - latinShare }
  }
  const functionShare = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())).length / Math.max(1, words.length)
  if (words.length >= 4 && functionShare >= 0.15) return { lang: 'eng', langScore: Math.min(1, 0.5 + functionShare * 2) }
  if (letters < MIN_FRANC_LETTERS) return { lang: 'und', langScore: 0 }
  const ranked = francAll(text, MIN_FRANC_LETTERS)
  const [best, second] = ranked
  if (!best || best[0] === 'und') return { lang: 'und', langScore: 0 }
  // francAll scores are relative (best = 1): the margin to the runner-up is the confidence
  const margin = 1 - (second?.[1] ?? 0)
  return { lang: best[0], langScore: Math.max(0, Math.min(1, margin * 4)) }
}

export function detectSentenceLanguages(sentences: readonly BareSentence[]): Sentence[] {
  return sentences.map((s) => ({ ...s, ...detectLanguage(s.text) }))
}

/** The document's language: franc on the body text at large, where it is reliable. */
export function detectDocumentLanguage(sentences: readonly BareSentence[]): string {
  const body = sentences.filter((s) => s.zone !== 'boilerplate').map((s) => s.text).join(' ')
  return body.length >= MIN_FRANC_LETTERS ? franc(body, MIN_FRANC_LETTERS) : detectLanguage(body).lang
}
