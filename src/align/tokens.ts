// Words and numbers of a text, as the regular expression
//   /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,]\d+)*/gu
// would find them — letters with inner apostrophes and hyphens ("Korea's", "Yoon Sok-gil"), numbers with
// separators ("100,000", "2.5") — read by a scanner over code points instead of the expression, whose Unicode
// property classes cost as much as everything else in the evidence keys.
// tests/align/words.test.ts compares the two on real text.
// The aligner's tokens, not the words of the rest of mtaudit (forEachWord, src/text/words.ts): an evidence key
// needs "100,000" and "2.5" as one number each, where the word scanner reads "100" and "000", and a letter run
// apart from digits ("M1 Abrams" → "M", "1", "Abrams"). Read by the word scanner, the keys and so the
// alignments would change.

import { classesOf, LETTER, MARK } from '../text/words.js'

/** 1 letter, 2 combining mark, 3 neither */
function classOf(cp: number): number {
  const classes = classesOf(cp)
  return classes & LETTER ? 1 : classes & MARK ? 2 : 3
}

const APOSTROPHE = 39
const RIGHT_QUOTE = 0x2019
const HYPHEN = 45

// A code point's class by its first UTF-16 unit: ASCII letters and digits answer at once, other characters
// from the table, a surrogate pair from the code point it makes. (A closure per character for codePointAt was
// a third of the scanner's time.)
const isDigit = (c: number) => c >= 48 && c <= 57

/** Class (1 letter, 2 mark, 3 neither) of the code point at text[i], and its width in `width`. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 3
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return classOf(text.codePointAt(i) as number)
  return classOf(c)
}

const widthAt = (text: string, i: number) => ((text.codePointAt(i) as number) > 0xffff ? 2 : 1)

/** The tokens of `text`, in order. */
export function tokens(text: string): string[] {
  const out: string[] = []
  forEachToken(text, (start, end) => out.push(text.slice(start, end)))
  return out
}

/** Calls `visit(start, end)` for each token text[start..end), in order, without cutting it out of the text. */
export function forEachToken(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isDigit(c)) {
      let j = i + 1
      while (j < n && isDigit(text.charCodeAt(j))) j++
      for (;;) {
        const sep = j < n ? text.charCodeAt(j) : -1
        if ((sep !== 46 && sep !== 44) || j + 1 >= n || !isDigit(text.charCodeAt(j + 1))) break
        j += 2
        while (j < n && isDigit(text.charCodeAt(j))) j++
      }
      visit(i, j)
      i = j
    } else if (c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : classAt(text, i) === 1) {
      let j = letters(text, i + (c < 128 ? 1 : widthAt(text, i)))
      for (;;) {
        const sep = j < n ? text.charCodeAt(j) : -1
        if ((sep !== APOSTROPHE && sep !== RIGHT_QUOTE && sep !== HYPHEN) || j + 1 >= n || classAt(text, j + 1) !== 1) break
        j = letters(text, j + 1 + widthAt(text, j + 1))
      }
      visit(i, j)
      i = j
    } else i += c < 128 ? 1 : widthAt(text, i) // white space and punctuation, mostly ASCII
  }
}

/** The end of a run of letters and marks starting at `i`. */
function letters(text: string, i: number): number {
  const n = text.length
  let j = i
  while (j < n) {
    const c = text.charCodeAt(j)
    // an ASCII letter at a glance (c | 32 folds A–Z onto a–z), the one character class of most of a word
    if (c < 128) {
      if ((c | 32) < 97 || (c | 32) > 122) return j
      j++
    } else if (classAt(text, j) <= 2) j += widthAt(text, j)
    else return j
  }
  return j
}
