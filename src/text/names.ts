// Proper names as they stand in a text: runs of capitalised words, with the titles before them kept as context.
// "South Korean President Yoon Suk-yeol" → the name "South Korean" and the name "Yoon Suk-yeol" (titles
// "president"); "NATO Secretary General Jens Stoltenberg" → "Jens Stoltenberg" (titles "secretary", "general").
import { WORD } from './lines.js'
import { perDocument } from './per-document.js'
import type { AnalyzedDocument, Sentence } from '../types.js'

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

/** A title word both mentions carry: "President Yoon Sok-gil" and "President Yoon Suk-yeol" share "president". */
export function sharedTitle(a: NameMention, b: NameMention): string | undefined {
  return a.titles.find((t) => TITLES.has(t) && b.titles.includes(t))
}

const TITLE_CASE_TELLS = new Set(['for', 'of', 'to', 'and', 'the', 'in', 'on', 'with', 'at', 'by', 'from', 'is', 'are', 'has', 'a', 'an'])

export function nameKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’-]/g, '')
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && !/^[\p{Lu}\d]+$/u.test(word) // not NATO, US, K2

/** Sentences that can hold names worth comparing: not headlines or chrome, and not Title Case Lines. */
function nameSentences(document: AnalyzedDocument): Sentence[] {
  return document.sentences.filter((s) => {
    if (s.zone === 'headline' || s.zone === 'boilerplate' || s.zone === 'byline') return false
    // "South Korea's Pressure Improve Military Assistance For Ukraine" (003): a Title Case line capitalises even
    // "For" and "Of"; a caption full of names ("Jens Stoltenberg with South Korean President…") keeps "with" small.
    const words = (s.text.match(WORD) ?? []).slice(1)
    return !words.some((w) => /^\p{Lu}\p{Ll}*$/u.test(w) && TITLE_CASE_TELLS.has(w.toLowerCase()))
  })
}

/** The document's name mentions, in order; computed once per document (the array is shared: do not change it). */
export const nameMentions: (document: AnalyzedDocument) => readonly NameMention[] = perDocument(findNameMentions)

function findNameMentions(document: AnalyzedDocument): NameMention[] {
  const mentions: NameMention[] = []
  const { text } = document.doc
  const lowerWords = new Set((text.match(WORD) ?? []).filter((w) => /^\p{Ll}/u.test(w)))
  for (const sentence of nameSentences(document)) {
    const words = [...sentence.text.matchAll(WORD)]
    let run: NameToken[] = []
    let titles: string[] = []
    const flush = () => {
      if (run.length > 0) {
        const start = run[0]!.start
        const end = run.at(-1)!.end
        mentions.push({ tokens: run, text: text.slice(start, end), start, end, sentence: sentence.index, titles })
      }
      run = []
    }
    words.forEach((m, i) => {
      const word = m[0]
      const start = sentence.start + m.index
      const gap = i === 0 ? '' : sentence.text.slice(words[i - 1]!.index + words[i - 1]![0].length, m.index)
      if (!/^\s*$/.test(gap)) flush() // "Germany, Sweden and Norway" are three names
      const lower = word.toLowerCase()
      if (TITLES.has(lower)) {
        flush()
        titles = [...titles, lower].slice(-4)
        return
      }
      // "But South Korean law…": a sentence opener, or a word the text also writes in lower case elsewhere
      const opener = i === 0 && (SENTENCE_OPENERS.has(lower) || lowerWords.has(lower))
      if (!isCapitalised(word) || opener) {
        flush()
        if (!/^[\p{Lu}\d]+$/u.test(word)) titles = [...titles, lower].slice(-4)
        return
      }
      const bare = word.replace(/['’]s$/, '')
      run.push({ text: bare, key: nameKey(bare), start, end: start + bare.length })
      if (bare !== word) flush() // a possessive ends the name: "Stoltenberg’s visit"
    })
    flush()
  }
  return mentions
}
