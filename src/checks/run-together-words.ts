import { englishKind } from '../text/english-lexicon.js'

/** A word the en_US dictionary lists, in any case, or a regular form of one ("prefects", "Paris"). */
const isEnglishWord = (word: string) => englishKind(word) !== undefined
import type { WordSpan } from '../text/word-spans.js'
import { forEachWord } from '../text/words.js'
import type { AnalyzedDocument, Check, Draft } from '../types.js'

// Function words that MT output and scrapers glue to a neighbour when a space is lost. Short prepositions ("in",
// "on", "to", "at", "by") are left out: English compounds with them freely ("inflow", "onsite", "atop", "byline").
const GLUED_BEFORE = ['the', 'of', 'and', 'with', 'from', 'that', 'which', 'their']
const GLUED_AFTER = ['the', 'with', 'and', 'from', 'that', 'which', 'who', 'was', 'has', 'had', 'said', 'of', 'for', 'his', 'her']

interface Split {
  readonly left: string
  readonly right: string
}

/**
 * How a word that is no English word reads as two run together: "theprefect" → "the prefect", "flooded
 * withwater" → "with water", "Rossiwith" → "Rossi with" — a function word and a word that is English, or, for a
 * capitalised word, a name the text uses on its own elsewhere ("Rossi") and a function word.
 */
function split(word: string, names: ReadonlySet<string>): Split | undefined {
  const lower = word.toLowerCase()
  if (/^\p{Ll}+$/u.test(word)) {
    for (const glue of GLUED_BEFORE) {
      const rest = lower.slice(glue.length)
      if (lower.startsWith(glue) && rest.length >= 4 && isEnglishWord(rest)) return { left: glue, right: rest }
    }
    for (const glue of GLUED_AFTER) {
      const rest = lower.slice(0, -glue.length)
      if (lower.endsWith(glue) && rest.length >= 4 && isEnglishWord(rest)) return { left: rest, right: glue }
    }
    return undefined
  }
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined
  for (const glue of GLUED_AFTER) {
    const name = word.slice(0, -glue.length)
    if (lower.endsWith(glue) && name.length >= 4 && names.has(name)) return { left: name, right: glue }
  }
  return undefined
}

/** Every word of the story with how often it occurs, as written: a glued pair is said once, a real word again. */
function wordCounts(document: AnalyzedDocument): Map<string, number> {
  const counts = new Map<string, number>()
  for (const sentence of document.sentences) {
    if (sentence.zone === 'boilerplate') continue
    const { text } = sentence
    forEachWord(text, (start, end) => {
      const word = text.slice(start, end)
      counts.set(word, (counts.get(word) ?? 0) + 1)
    })
  }
  return counts
}

const runTogetherWords: Check = {
  id: 'run-together-words',
  category: 'Fluency/Spelling',
  severity: 'minor',
  needs: 'variant',
  description: 'Finds two words run together where a space was lost: "theprefect", "Rossiwith".',
  explanation:
    'Machine translation and scrapers lose spaces at tag and line boundaries: "…said theprefect of the province…", ' +
    '"…the surgeon Anna Rossiwith her team…". A word is reported when it is no English word (dictionary-en, with ' +
    'its regular endings), occurs once, and splits into a function word ("the", "with", "and", "of", …) and an ' +
    'English word, or, capitalised, into a name the text also uses on its own and a function word. New compounds ' +
    '("livestream") and short prepositions glued as English does ("onsite", "atop") are left alone.',
  *run({ variant }) {
    const counts = wordCounts(variant)
    // names the text uses on their own, as whole words: "Rossi" beside "Rossiwith"
    const names = new Set([...counts.keys()].filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w)))
    const { text } = variant.doc
    for (const sentence of variant.sentences) {
      if (sentence.zone === 'boilerplate') continue
      // the words said once and long enough to hold two: the only ones read further (listing every word of every
      // sentence as an object, twice, cost this check more than its tests)
      const once: WordSpan[] = []
      forEachWord(sentence.text, (start, end) => {
        if (end - start < 7) return
        const word = sentence.text.slice(start, end)
        if (counts.get(word) === 1) once.push({ word, index: start })
      })
      for (const { word, index } of once) {
        if (!/^\p{L}+$/u.test(word) || isEnglishWord(word)) continue
        const parts = split(word, names)
        if (!parts) continue
        const start = sentence.start + index
        const draft: Draft = {
          message: `Words run together in \`${text.slice(start, start + word.length)}\`: read "${parts.left} ${parts.right}"; put the space back.`,
          start,
          end: start + word.length,
          sentence: sentence.index,
        }
        yield draft
      }
    }
  },
}
export default runTogetherWords
