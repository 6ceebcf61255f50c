// The one word scanner: what a word is for every stage but the aligner's evidence keys (src/align/tokens.ts),
// the matches of WORD ("Korea's", "Sok-gil", "100") found by a scan over code points, with the character
// classes it and its neighbours ask about.

/** Words as editors count them: runs of letters/digits, with inner apostrophes and hyphens. */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

// What the text stage asks of a code point, as bits: is it a letter (\p{L}), a number (\p{N}), a Latin letter
// (\p{Script=Latin} and \p{L}), a combining mark (\p{M}). Below 65536 kept per code point as first seen; the bit
// KNOWN marks an entry filled in: a regular expression's property class, asked per character, would cost more
// than all else detect-language does.
export const LETTER = 1
export const NUMBER = 2
export const LATIN_LETTER = 4
const KNOWN = 8
export const MARK = 16
const CLASSES = new Uint8Array(65536)
const IS_LETTER = /\p{L}/u
const IS_NUMBER = /\p{N}/u
const IS_LATIN = /\p{Script=Latin}/u
const IS_MARK = /\p{M}/u

function lookUpClasses(cp: number): number {
  const ch = String.fromCodePoint(cp)
  const letter = IS_LETTER.test(ch)
  return (letter ? LETTER : 0) | (IS_NUMBER.test(ch) ? NUMBER : 0) | (letter && IS_LATIN.test(ch) ? LATIN_LETTER : 0) |
    (IS_MARK.test(ch) ? MARK : 0)
}

export function classesOf(cp: number): number {
  if (cp >= 65536) return lookUpClasses(cp)
  let classes = CLASSES[cp]!
  if (classes === 0) CLASSES[cp] = classes = lookUpClasses(cp) | KNOWN
  return classes & ~KNOWN
}

/** A letter or a digit: what WORD's runs are made of. */
export const isWordCharacter = (cp: number) => (classesOf(cp) & (LETTER | NUMBER)) !== 0
/** An apostrophe or hyphen, which joins two runs into one word ("Korea's", "Sok-gil"). */
export const isJoiner = (unit: number) => unit === 39 || unit === 0x2019 || unit === 45 // ' ’ -

/** A–Z, a–z, 0–9 (c | 32 folds A–Z onto a–z; digits already have that bit). */
const isAsciiWordCharacter = (c: number) => ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57)

/** UTF-16 units of the code point at text[i]. */
const widthAt = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1)

/**
 * Calls `visit(start, end)` for each word, in order: the matches of WORD, found by a scanner over code points
 * (tests/text/words.test.ts compares the two on every shipped text and on random strings).
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length
  let i = 0
  while (i < length) {
    const unit = text.charCodeAt(i)
    // ASCII at a glance (most of an English text): white space and punctuation skipped without the class table
    if (unit < 128 ? !isAsciiWordCharacter(unit) : !isWordCharacter(text.codePointAt(i)!)) {
      i += unit >= 0xd800 && unit <= 0xdbff ? widthAt(text, i) : 1
      continue
    }
    const start = i
    for (;;) {
      for (; i < length; ) {
        const next = text.charCodeAt(i)
        if (next < 128) {
          if (!isAsciiWordCharacter(next)) break
          i++
        } else {
          const cp = text.codePointAt(i)!
          if (!isWordCharacter(cp)) break
          i += cp > 0xffff ? 2 : 1
        }
      }
      // "Korea's", "Sok-gil": a joiner continues the word only when a letter or digit follows it
      if (i + 1 < length && isJoiner(text.charCodeAt(i)) && isWordCharacter(text.codePointAt(i + 1)!)) i++
      else break
    }
    visit(start, i)
  }
}

export function countWords(text: string): number {
  let count = 0
  forEachWord(text, () => count++)
  return count
}

/** JavaScript's \s for one UTF-16 unit, without a regular expression (one call per character in hot loops). */
export function isWhiteSpace(c: number): boolean {
  if (c > 32 && c < 160) return false
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}
