// detect-language: sentences → + {lang, langScore}. franc alone is unreliable on short English: it calls
// "He met top South Korean officials Sunday" English only narrowly ahead of Hawaiian and Afrikaans, and
// anything under 10 characters 'und'. So the call combines three kinds of evidence:
//   1. script — a Han, Cyrillic, Greek... sentence in an English story is untranslated whatever franc says;
//   2. English function words — "the", "of", "and"... make up a fifth of running English text;
//   3. franc's trigram ranking (francAll), trusted only when the sentence is long enough.
// franc's own answer, computed from its own models with one lookup per trigram (./franc-fast.ts) instead of
// one per trigram and model
import { MAX_LENGTH as FRANC_SAMPLE, francAllFast as francAll, francFast as franc } from './franc-fast.js'
import type { Sentence } from '../types.js'
import type { BareSentence } from '../segment/segment.js'
import { functionWordSubset } from '../text/english-words.js'
import { classesOf, isJoiner, isWordCharacter, LATIN_LETTER, LETTER, NUMBER } from '../text/words.js'

/**
 * The words that make up a fifth of running English, as language evidence: the most frequent function words,
 * and three content words as frequent in news copy ("said", "more", "one").
 */
export const FREQUENT_ENGLISH_WORDS: ReadonlySet<string> = new Set([
  ...functionWordSubset(
    'the of and to a in is that for on with as was it by at from he his her she they their its be are were has ' +
      'have had not but or this which who will would an after also been than when about into over our we ' +
      'you i them there if can could should did do does no so up out all what him while because before',
  ),
  'said',
  'more',
  'one',
])
// a longer word cannot be one of them: lower case never makes a text shorter (checked on every code point)
const LONGEST_FUNCTION_WORD = Math.max(...[...FREQUENT_ENGLISH_WORDS].map((w) => w.length))

// The function words as a trie over the letters a–z, for telling whether a word is one without slicing it out
// and lower-casing it, a string made per word of every sentence only to be looked up. Node k's child for letter x (0–25) is TRIE[26 k + x], 0 = none; FUNCTION_WORD_END[k] = 1 when
// the letters down to node k spell a function word. Every function word is spelled in a–z alone (checked
// here), so a word with any other ASCII unit (a digit, an apostrophe) is none of them.
const TRIE: number[] = new Array<number>(26).fill(0)
const FUNCTION_WORD_END: number[] = [0]
for (const word of FREQUENT_ENGLISH_WORDS) {
  if (!/^[a-z]+$/.test(word)) throw new Error(`function word not in a–z: ${word}`)
  let node = 0
  for (const letter of word) {
    const slot = 26 * node + letter.charCodeAt(0) - 97
    if (TRIE[slot] === 0) {
      TRIE[slot] = FUNCTION_WORD_END.length
      FUNCTION_WORD_END.push(0)
      TRIE.push(...new Array<number>(26).fill(0))
    }
    node = TRIE[slot]!
  }
  FUNCTION_WORD_END[node] = 1
}
const FUNCTION_WORD_TRIE = Int32Array.from(TRIE)
const IS_FUNCTION_WORD_END = Uint8Array.from(FUNCTION_WORD_END)

/** Whether text[start, end) in lower case is an English function word. */
function isFunctionWord(text: string, start: number, end: number): boolean {
  if (end - start > LONGEST_FUNCTION_WORD) return false
  let node = 0
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i)
    // beyond ASCII, lower case has surprises (the Kelvin sign "K" lower-cases to "k"): ask the set itself
    if (unit >= 128) return FREQUENT_ENGLISH_WORDS.has(text.slice(start, end).toLowerCase())
    const letter = (unit | 32) - 97 // "A" and "a" alike; anything else lands outside 0–25
    if (letter < 0 || letter > 25) return false
    node = FUNCTION_WORD_TRIE[26 * node + letter]!
    if (node === 0) return false
  }
  return IS_FUNCTION_WORD_END[node] === 1
}
const MIN_FRANC_LETTERS = 40 // below this franc's ranking is close to noise on news English

export interface LanguageCall {
  readonly lang: string
  readonly langScore: number
}

export function detectLanguage(text: string): LanguageCall {
  // One pass over the code points, each classified once: the words (as forEachWord reads them), the English
  // function words among them, the letters and the Latin ones among those (every letter is inside a word).
  // forEachWord with a loop over each word's letters would classify every letter twice;
  // tests/language/language.test.ts holds the two to the same counts.
  let words = 0
  let functionWords = 0
  let letters = 0
  let latinLetters = 0
  const length = text.length
  let i = 0
  while (i < length) {
    let cp = text.codePointAt(i)!
    let classes = classesOf(cp)
    if ((classes & (LETTER | NUMBER)) === 0) {
      i += cp > 0xffff ? 2 : 1
      continue
    }
    const start = i
    for (;;) {
      // a run of letters and digits
      do {
        if (classes & LETTER) letters++
        if (classes & LATIN_LETTER) latinLetters++
        i += cp > 0xffff ? 2 : 1
        if (i === length) break
        cp = text.codePointAt(i)!
        classes = classesOf(cp)
      } while (classes & (LETTER | NUMBER))
      // "Korea's", "Sok-gil": a joiner continues the word only when a letter or digit follows it
      if (i + 1 < length && isJoiner(text.charCodeAt(i)) && isWordCharacter(text.codePointAt(i + 1)!)) {
        i++
        cp = text.codePointAt(i)!
        classes = classesOf(cp)
      } else {
        break
      }
    }
    words++
    if (isFunctionWord(text, start, i)) functionWords++
  }
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
  // the fields named rather than both objects spread (a spread enumerates each object's keys, per sentence);
  // a required field added to Sentence fails to compile here until it is named too
  return sentences.map((s) => {
    const { lang, langScore } = detectLanguage(s.text)
    return { index: s.index, start: s.start, end: s.end, text: s.text, zone: s.zone, paragraph: s.paragraph, lang, langScore }
  })
}

/** The document's language: franc on the body text at large, where it is reliable. */
export function detectDocumentLanguage(sentences: readonly BareSentence[]): string {
  // the body text joined only as far as franc reads it: a whole document joined (and flattened to be read)
  // would allocate a copy of text franc never looks at
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
