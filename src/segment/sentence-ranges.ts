// The ranges of the Sentence nodes sentence-splitter's split() returns, read in one pass over the text. The
// library walks a text one character at a time through parser and marker objects, testing each character
// against regular expressions and its lists of abbreviations, which makes it the costliest step of segmenting
// a line with a full stop inside ("Gen. Kim met Mr. Yoon in Seoul. He said…"), the only lines it is given.
// This follows the library's rules as its sources state them (sentence-splitter 5: split(), SeparatorParser,
// SpaceParser, NewLineParser, AnyValueParser, AbbrMarker, PairMaker) with the library's own abbreviation lists,
// so the library stays the definition: tests/segment/sentence-ranges.test.ts compares the two on every shipped
// line and on thousands of random lines built from the cases each rule names, and bench/speed-stages.ts on every
// line of the bench sets.
import { English } from 'sentence-splitter/lang'
import { isWhiteSpace } from '../text/words.js'

const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()))
// AbbrMarker compares words with its lists case-insensitively
const EXCLAMATION_WORDS = lower(English.EXCLAMATION_WORDS)
const PREPOSITIVE_ABBREVIATIONS = lower(English.PREPOSITIVE_ABBREVIATIONS)
const ABBREVIATIONS = lower(English.ABBREVIATIONS)

// PairMaker's marks: inside one, no separator ends a sentence
const PAIR_MARKS: readonly (readonly [string, string])[] = [
  ['"', '"'], ['[', ']'], ['(', ')'], ['{', '}'], ['「', '」'], ['（', '）'], ['『', '』'], ['｛', '｝'], ['［', '］'], ['〚', '〛'], ['【', '】'], ['《', '》'],
]
const PAIR_OF = new Map<string, readonly [string, string]>(PAIR_MARKS.flatMap((pair) => [[pair[0], pair], [pair[1], pair]]))

const SEPARATORS = new Set(['.', '．', '。', '?', '!', '？', '！'])
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
// per UTF-16 unit (the library reads the text split(""), one unit at a time): 0 unknown, 1 CJK, 2 not
const CJK_UNIT = new Uint8Array(65536)
function isCJK(unit: number): boolean {
  // Hangul Jamo (U+1100) is the first character of the four scripts
  if (unit < 0x1100) return false
  let known = CJK_UNIT[unit] as number
  if (known === 0) CJK_UNIT[unit] = known = CJK.test(String.fromCharCode(unit)) ? 1 : 2
  return known === 1
}
const isNewLine = (unit: number) => unit === 10 || unit === 13
const ALL_INITIALS = /^([a-zA-Z]\.){3,}$/
const NUMBERED = /^\d+\.$/
const INITIAL = /^\p{Uppercase_Letter}\./u
const isCapitalized = (word: string) => /^\p{Uppercase_Letter}/u.test(word)

/** [start, end) of each sentence sentence-splitter finds in `text`, in order. */
export function sentenceRanges(text: string): [number, number][] {
  const n = text.length
  const sentences: [number, number][] = []
  // AbbrMarker's marked words (no separator inside them) and PairMaker's open marks
  const marked: [number, number][] = []
  const open: (readonly [string, string])[] = []
  // Marks are made at increasing positions and never overlap, and every question asks about a position at or
  // after the last mark's start, so only the last mark can hold it: "Mr. " × 50,000 made 50,000 marks, and testing
  // them all for each character made the scan quadratic.
  const isMarked = (p: number) => {
    const last = marked.at(-1)
    return last !== undefined && last[0] <= p && p < last[1]
  }
  const at = (p: number) => (p >= 0 && p < n ? text.charCodeAt(p) : -1)

  const isSeparator = (p: number): boolean => {
    if (open.length > 0 || isMarked(p)) return false
    const c = text[p] as string
    if (!SEPARATORS.has(c)) return false
    // a full stop ends a sentence only before white space or at the end
    return c !== '.' || p + 1 >= n || isWhiteSpace(at(p + 1))
  }

  // AbbrMarker.getWord: from p + from to the next white space or CJK character; '' unless p starts a word
  const wordAt = (p: number, from: number): string => {
    const before = at(p - 1)
    if (before >= 0 && !isWhiteSpace(before) && !isCJK(before)) return ''
    let end = p + from
    while (end < n && !isWhiteSpace(at(end)) && !isCJK(at(end))) end++
    return text.slice(p + from, Math.max(p + from, end))
  }
  // AbbrMarker.getPrevWord: back over white space, then over the word before it (at the start: the word itself)
  const previousWord = (p: number): string => {
    let k = p - 1
    while (k >= 0 && isWhiteSpace(at(k))) k--
    while (k >= 0 && !isWhiteSpace(at(k))) k--
    return wordAt(p, k + 1 - p)
  }

  // "J." between two capitalised words ("John J. Smith")
  const isInitialBetweenNames = (p: number, word: string) =>
    INITIAL.test(word) && isCapitalized(previousWord(p)) && isCapitalized(wordAt(p, word.length + 1))

  const markAbbreviation = (p: number) => {
    if (isMarked(p)) return
    const word = wordAt(p, 0)
    if (word === '') return
    const key = word.toLowerCase()
    if (ALL_INITIALS.test(word) || EXCLAMATION_WORDS.has(key) || PREPOSITIVE_ABBREVIATIONS.has(key) || NUMBERED.test(word) ||
      isInitialBetweenNames(p, word) || (ABBREVIATIONS.has(key) && !isCapitalized(wordAt(p, word.length + 1)))) {
      marked.push([p, p + word.length])
    }
  }

  const markPair = (p: number) => {
    const c = text[p] as string
    const pair = PAIR_OF.get(c)
    if (!pair) return
    const inside = open.lastIndexOf(pair)
    if (inside < 0) {
      if (c === pair[0]) open.push(pair)
    } else if (c === pair[1]) open.splice(inside, 1)
  }

  let sentence = -1
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isNewLine(c)) {
      // a line break is white space inside the sentence, not its end
      while (i < n && isNewLine(at(i))) i++
    } else if (isWhiteSpace(c)) {
      while (i < n && isWhiteSpace(at(i)) && !isNewLine(at(i))) i++
    } else if (isSeparator(i)) {
      while (i < n && isSeparator(i)) i++
      if (sentence >= 0) sentences.push([sentence, i])
      sentence = -1
    } else {
      if (sentence < 0) sentence = i
      // one run of text up to a line break or a separator, every character shown to the markers
      while (i < n && !isNewLine(at(i)) && !isSeparator(i)) {
        markAbbreviation(i)
        markPair(i)
        i++
      }
    }
  }
  if (sentence >= 0) sentences.push([sentence, n])
  return sentences
}
