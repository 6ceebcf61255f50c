// The words of a text as WORD (src/text/words.ts) finds them — runs of letters and digits with inner
// apostrophes and hyphens ("Korea's", "Sok-gil", "100") — read by words.ts's scanner over code points, and a
// sentence's words listed once per bundle of several variants: name-drift, repeated-fragment, untranslated-text
// and others read every sentence's words, of every variant, for each variant they check. A bundle of one variant
// has nothing to share, and its words are listed anew at each call: kept while a check ran, a long document's
// words were the largest thing the run held, and collecting them cost more than listing them again
// (docs/benchmarks.md, "Issue 14, a fourth pass").
// tests/text/word-spans.test.ts compares the scanner with the pattern on real and random text.
import type { BundleContext, Sentence } from '../types.js'
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

/** The words of a sentence, offsets into its text; kept for a shared bundle context (the array is shared: do not change it). */
export function sentenceWords(bundle: BundleContext, sentence: Sentence): readonly WordSpan[] {
  return bundle.shared ? bundle.derived(sentence, wordsOfSentence) : wordsOfSentence(sentence)
}

const wordsOfSentence = (sentence: Sentence): WordSpan[] => wordSpans(sentence.text)
