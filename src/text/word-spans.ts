// The words of a text as WORD (src/text/lines.ts) finds them — runs of letters and digits with inner apostrophes
// and hyphens ("Korea's", "Sok-gil", "100") — read by a scanner over code points, and a sentence's words listed
// once: name-drift, repeated-fragment and untranslated-text each matched WORD over every sentence, up to three
// times a sentence, and the Unicode classes made the pattern the largest single cost of the checks (nt21, measured).
// tests/text/word-spans.test.ts compares the scanner with the pattern on real and random text.
import type { Sentence } from '../types.js'

export interface WordSpan {
  readonly word: string
  /** offset of the word in the text it was read from */
  readonly index: number
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u
// per code point below 65536: 0 not yet known, 1 letter or number, 2 neither
const CLASS = new Uint8Array(65536)

function isLetterOrNumber(cp: number): boolean {
  if (cp < 65536) {
    let c = CLASS[cp]!
    if (c === 0) CLASS[cp] = c = LETTER_OR_NUMBER.test(String.fromCharCode(cp)) ? 1 : 2
    return c === 1
  }
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp))
}

const APOSTROPHE = 39
const RIGHT_QUOTE = 0x2019
const HYPHEN = 45

/** The end of the run of letters and numbers starting at `i` (i itself when there is none). */
function runEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!
    if (!isLetterOrNumber(cp)) break
    i += cp > 0xffff ? 2 : 1
  }
  return i
}

/** The words of `text` with their offsets, as `text.matchAll(WORD)` finds them. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = []
  let i = 0
  while (i < text.length) {
    const end = runEnd(text, i)
    if (end === i) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1
      continue
    }
    let j = end
    for (;;) {
      const sep = text.charCodeAt(j)
      if (sep !== APOSTROPHE && sep !== RIGHT_QUOTE && sep !== HYPHEN) break
      const after = runEnd(text, j + 1)
      if (after === j + 1) break
      j = after
    }
    spans.push({ word: text.slice(i, j), index: i })
    i = j
  }
  return spans
}

// Sentences are never changed after analyze(): the list is keyed on the object and goes when it does.
const bySentence = new WeakMap<Sentence, readonly WordSpan[]>()

/** The words of a sentence, offsets into its text; computed once per sentence (the array is shared: do not change it). */
export function sentenceWords(sentence: Sentence): readonly WordSpan[] {
  let words = bySentence.get(sentence)
  if (!words) bySentence.set(sentence, (words = wordSpans(sentence.text)))
  return words
}
