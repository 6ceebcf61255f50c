// Proper names as they stand in a text: runs of capitalised words, with the titles before them kept as context.
// "South Korean President Yoon Suk-yeol" → the name "South Korean" and the name "Yoon Suk-yeol" (titles
// "president"); "NATO Secretary General Jens Stoltenberg" → "Jens Stoltenberg" (titles "secretary", "general").
import { PHOTO_CAPTION } from '../zone/chrome.js'
import { functionWordSubset } from './english-words.js'
import { forEachWord, isJoiner, isWordCharacter } from './words.js'
import { sentenceWords, type WordSpan } from './word-spans.js'
import type { AnalyzedDocument, BundleContext, Sentence } from '../types.js'

export interface NameToken {
  /** as written, possessive removed: "Stoltenberg" from "Stoltenberg’s" */
  readonly text: string
  /** the comparison key: lower case, no accents, no hyphens or apostrophes ("sukyeol") */
  readonly key: string
  readonly start: number
  readonly end: number
}

export interface NameMention {
  readonly tokens: readonly NameToken[]
  /** the mention as written, e.g. "Yoon Suk-yeol" */
  readonly text: string
  readonly start: number
  readonly end: number
  readonly sentence: number
  /** lower-case titles and words just before the name: ["south", "korean", "president"] */
  readonly titles: readonly string[]
}

// Words that stand before a name and describe the person rather than name them. They split a capitalised run
// ("Defense Minister Lee Jong-sup") and are kept as context: two spellings after the same title are one person.
const TITLES = new Set(
  ('president prime minister secretary general secretary-general chancellor king queen prince princess mr mrs ms ' +
    'miss dr sir lord lady pope senator governor mayor judge justice chief director ambassador foreign defense ' +
    'defence interior finance deputy vice spokesman spokeswoman spokesperson commander general admiral colonel ' +
    'captain sergeant premier emperor sheikh crown former acting leader head coach manager striker midfielder ' +
    'defender goalkeeper chairman chairwoman analyst economist')
    .split(' '),
)
// Capitalised only because a sentence starts with them.
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i you but and or so if in on at as by for from to with after before while when though although however earlier last this that these those his her its their our there here then yet still also meanwhile'.split(' '),
)

/** Whether a mention carries a title word, as sharedTitle needs of both: "President Yoon Suk-yeol" does. */
export function hasTitle(mention: NameMention): boolean {
  return mention.titles.some((t) => TITLES.has(t))
}

/** A title word both mentions carry: "President Yoon Sok-gil" and "President Yoon Suk-yeol" share "president". */
export function sharedTitle(a: NameMention, b: NameMention): string | undefined {
  return a.titles.find((t) => TITLES.has(t) && b.titles.includes(t))
}

const TITLE_CASE_TELLS = functionWordSubset('for of to and the in on with at by from is are has a an')

export function nameKey(word: string): string {
  // plain ASCII letters have no marks, apostrophes or hyphens to take out
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase()
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’-]/g, '')
}

// Most words start with a lower-case ASCII letter: that much is told without a Unicode class.
const startsLowerAscii = (word: string) => {
  const c = word.charCodeAt(0)
  return c >= 97 && c <= 122
}
const startsLower = (word: string) => startsLowerAscii(word) || /^\p{Ll}/u.test(word)
const isCapitalised = (word: string) => {
  if (startsLowerAscii(word)) return false
  // "Seoul": an ASCII capital then a small letter is capitalised and no acronym, told without a Unicode class
  const first = word.charCodeAt(0)
  const second = word.charCodeAt(1)
  if (first >= 65 && first <= 90 && second >= 97 && second <= 122) return true
  return /^\p{Lu}/u.test(word) && !/^[\p{Lu}\d]+$/u.test(word) // not NATO, US, K2
}

// "Stoltenberg’s", "Korea's" (what /['’]s$/ matches, without a pattern run for every name word)
const endsPossessive = (word: string) => {
  const mark = word.charCodeAt(word.length - 2)
  return word.charCodeAt(word.length - 1) === 115 && (mark === 39 || mark === 0x2019)
}

/** Whether a sentence's zone can hold names worth comparing: not headlines or chrome. */
const inNameZone = (s: Sentence) => s.zone !== 'headline' && s.zone !== 'boilerplate' && s.zone !== 'byline'

/** Whether a sentence's words are a Title Case Line, whose capitals say nothing of names. */
function isTitleCase(words: readonly WordSpan[]): boolean {
  // "South Korea's Pressure Improve Military Assistance For Ukraine" (003): a Title Case line capitalises even
  // "For" and "Of"; a caption full of names ("Jens Stoltenberg with South Korean President…") keeps "with" small.
  // A tell is lower-case ASCII, so one capitalised starts with A–Z (of the other capitals only "K", the Kelvin
  // sign, lower-cases to an ASCII letter, and no tell starts with k): most words are out before any string is made.
  // The tells have four letters at most, and lower-casing never shortens a string: "Stoltenberg" is out by its
  // length, without a lower-case copy made of it.
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.word
    const first = w.charCodeAt(0)
    if (first >= 65 && first <= 90 && w.length <= 4 && TITLE_CASE_TELLS.has(w.toLowerCase()) && /^\p{Lu}\p{Ll}*$/u.test(w)) return true
  }
  return false
}

/** The code point that ends at `end` (a surrogate pair read as one, as forEachWord reads it). */
function codePointBefore(text: string, end: number): number {
  const unit = text.charCodeAt(end - 1)
  if (unit >= 0xdc00 && unit <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(end - 2)!
  }
  return unit
}

/**
 * Whether forEachWord reads `word` as a whole word of `text` somewhere: found by indexOf and its edges checked as
 * the scanner decides them (a letter or digit, or a joiner with one beyond it, would extend the word: "co-chair"
 * holds no word "chair"). Asked once for the first word of a sentence ("Reporters" → "reporters"): reading every
 * word of the document into a set to answer one question a sentence would cost more than finding the names.
 */
export function hasWord(text: string, word: string): boolean {
  let whole = 0
  forEachWord(word, (start, end) => (whole += start === 0 && end === word.length ? 1 : 2))
  if (whole !== 1) return false
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length
    const joinedBefore =
      at > 0 && (isWordCharacter(codePointBefore(text, at)) || (isJoiner(text.charCodeAt(at - 1)) && at > 1 && isWordCharacter(codePointBefore(text, at - 1))))
    const joinedAfter =
      end < text.length && (isWordCharacter(text.codePointAt(end)!) || (isJoiner(text.charCodeAt(end)) && end + 1 < text.length && isWordCharacter(text.codePointAt(end + 1)!)))
    if (!joinedBefore && !joinedAfter) return true
  }
  return false
}

/**
 * hasWord(text, word) for one text asked many times: each answer kept, and past WORDS_BEFORE_SET different words
 * every word of the text read into a set once. Each hasWord reads the text up to the word, the whole text when it
 * is absent: 100,000 one-line sentences each opening with a capital ("Line 1 says…") read it once a sentence.
 */
function writtenWords(text: string): { has(word: string): boolean } {
  const known = new Map<string, boolean>()
  let all: Set<string> | undefined
  return {
    has(word) {
      let answer = known.get(word)
      if (answer !== undefined) return answer
      if (all === undefined && known.size >= WORDS_BEFORE_SET) {
        const words = new Set<string>()
        forEachWord(text, (start, end) => words.add(text.slice(start, end)))
        all = words
      }
      answer = all === undefined ? hasWord(text, word) : all.has(word)
      known.set(word, answer)
      return answer
    },
  }
}
const WORDS_BEFORE_SET = 64

/** The document's name mentions, in order; computed once per document and bundle (the array is shared: do not change it). */
export function nameMentions(bundle: BundleContext, document: AnalyzedDocument): readonly NameMention[] {
  return bundle.derived(document, findNameMentions)
}

function findNameMentions(document: AnalyzedDocument, bundle: BundleContext): NameMention[] {
  const mentions: NameMention[] = []
  const { text } = document.doc
  const wordsOf = writtenWords(text)
  // whether the text writes a word in lower case elsewhere: "But" is, "Reporters" may be
  const writtenLower = (lower: string) => startsLower(lower) && wordsOf.has(lower)
  // a photo caption is set aside as boilerplate, yet it spells the names of the people in the picture
  const captions = document.zones.filter((z) => z.kind === 'boilerplate' && z.why === PHOTO_CAPTION)
  const inCaption = (s: Sentence) => captions.some((z) => z.start <= s.start && s.end <= z.end)
  for (const sentence of document.sentences) {
    if (!inNameZone(sentence) && !(captions.length > 0 && inCaption(sentence))) continue
    const words = sentenceWords(bundle, sentence)
    if (isTitleCase(words)) continue
    let run: NameToken[] = []
    // The words before each name that can be its titles, as written; a mention keeps the last four, in lower case.
    // Lower-cased only then: most words are never among a mention's last four ("the", "said", "on"…).
    const context: string[] = []
    const flush = () => {
      if (run.length > 0) {
        const start = run[0]!.start
        const end = run.at(-1)!.end
        const titles = context.slice(-4).map((word) => word.toLowerCase())
        mentions.push({ tokens: run, text: text.slice(start, end), start, end, sentence: sentence.index, titles })
        run = []
      }
    }
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!.word
      const index = words[i]!.index
      // "Germany, Sweden and Norway" are three names; most gaps are one space
      if (i > 0) {
        const from = words[i - 1]!.index + words[i - 1]!.word.length
        const oneSpace = index === from + 1 && sentence.text.charCodeAt(from) === 32
        if (!oneSpace && !/^\s*$/.test(sentence.text.slice(from, index))) flush()
      }
      // Most words start with a small letter: whether a title ("president") or not ("said"), such a word ends the
      // name before it and is context, so neither the titles nor the text are looked up for it.
      if (startsLowerAscii(word)) {
        flush()
        context.push(word)
        continue
      }
      const lower = word.toLowerCase()
      if (TITLES.has(lower)) {
        flush()
        context.push(word)
        continue
      }
      // "But South Korean law…": a sentence opener, or a word the text also writes in lower case elsewhere
      const opener = i === 0 && (SENTENCE_OPENERS.has(lower) || writtenLower(lower))
      if (!isCapitalised(word) || opener) {
        flush()
        if (!/^[\p{Lu}\d]+$/u.test(word)) context.push(word)
        continue
      }
      const bare = endsPossessive(word) ? word.slice(0, -2) : word
      const start = sentence.start + index
      run.push({ text: bare, key: nameKey(bare), start, end: start + bare.length })
      if (bare !== word) flush() // a possessive ends the name: "Stoltenberg’s visit"
    }
    flush()
  }
  return mentions
}
