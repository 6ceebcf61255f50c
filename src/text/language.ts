// detect-language: sentences → + {lang, langScore}. franc alone is unreliable on short English: it calls
// "He met top South Korean officials Sunday" English only narrowly ahead of Hawaiian and Afrikaans, and
// anything under 10 characters 'und'. So the call combines three kinds of evidence:
//   1. script — a Han, Cyrillic, Greek... sentence in an English story is untranslated whatever franc says;
//   2. English function words — "the", "of", "and"... make up a fifth of running English text;
//   3. franc's trigram ranking (francAll), trusted only when the sentence is long enough.
// franc's own answer, computed from its own models with one lookup per trigram (./franc-fast.ts): franc's
// call was a fifth of audit()'s time, most of it on the one call per document
import { MAX_LENGTH as FRANC_SAMPLE, francAllFast as francAll, francFast as franc } from './franc-fast.js'
import type { Sentence } from '../types.js'
import type { BareSentence } from './segment.js'
import { classesOf, forEachWord, LATIN_LETTER, LETTER } from './lines.js'

export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('the of and to a in is that for on with as was it by at from he his her she they their its be are were has ' +
    'have had not but or this which who will would said an after also been than more when about into over our we ' +
    'you i them there if can could should did do does no so up out one all what his him while because before')
    .split(' '),
)
// a longer word cannot be one of them: lower case never makes a text shorter (checked on every code point)
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length))
const MIN_FRANC_LETTERS = 40 // below this franc's ranking is close to noise on news English

export interface LanguageCall {
  readonly lang: string
  readonly langScore: number
}

export function detectLanguage(text: string): LanguageCall {
  // one pass over the words (every letter is inside one): their number, the English function words among
  // them, the letters (code points) and the Latin ones among those
  let words = 0
  let functionWords = 0
  let letters = 0
  let latinLetters = 0
  forEachWord(text, (start, end) => {
    words++
    if (end - start <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(text.slice(start, end).toLowerCase())) functionWords++
    for (let i = start; i < end; ) {
      const cp = text.codePointAt(i)!
      const classes = classesOf(cp)
      if (classes & LETTER) letters++
      if (classes & LATIN_LETTER) latinLetters++
      i += cp > 0xffff ? 2 : 1
    }
  })
  if (letters === 0) return { lang: 'und', langScore: 0 }
  const latinShare = latinLetters / letters
  if (latinShare < 0.5) {
    // another script: franc is reliable on script, even on short strings
    const lang = franc(text, 1)
    return { lang: lang === 'und' ? 'und' : lang, langScore: 1 - latinShare }
  }
  const functionShare = functionWords / Math.max(1, words)
  if (words >= 4 && functionShare >= 0.15) return { lang: 'eng', langScore: Math.min(1, 0.5 + functionShare * 2) }
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
  // the body text joined only as far as franc reads it: a whole document joined (and flattened to be read) was
  // a tenth of everything audit() allocated on nt21, for text franc never looks at
  const parts: string[] = []
  let length = -1
  for (const s of sentences) {
    if (s.zone === 'boilerplate') continue
    parts.push(s.text)
    length += s.text.length + 1
    if (length >= FRANC_SAMPLE) break
  }
  const body = parts.join(' ')
  return body.length >= MIN_FRANC_LETTERS ? franc(body, MIN_FRANC_LETTERS) : detectLanguage(body).lang
}
