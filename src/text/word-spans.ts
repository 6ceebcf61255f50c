// The words of a text as WORD (src/text/words.ts) finds them — runs of letters and digits with inner
// apostrophes and hyphens ("Korea's", "Sok-gil", "100") — read by words.ts's scanner over code points.
// tests/text/word-spans.test.ts compares the scanner with the pattern on real and random text.
import type { Sentence } from '../types.js'
import { forEachWord } from './words.js'

export interface WordSpan {
  readonly word: string
  /** offset of the word in the text it was read from */
  readonly index: number
}

/** The words of `text` with their offsets, as `text.matchAll(WORD)` finds them (read by forEachWord). */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = []
  forEachWord(text, (start, end) => spans.push({ word: text.slice(start, end), index: start }))
  return spans
}

/**
 * The words of a sentence, offsets into its text, listed anew at each call. Kept for the bundle they were an
 * object and a string a word for every sentence of every document, alive from the first check that asked to the
 * last — a long document's largest derivation — where the scan costs less than the checks' reading of its result.
 */
export function sentenceWords(sentence: Sentence): WordSpan[] {
  return wordSpans(sentence.text)
}
