// The stop words (articles, pronouns, conjunctions, auxiliaries) of the languages wire copy is most often
// machine-translated from, as the stopwords-iso package lists them, less every word English also has: the
// evidence that lower-case words in an English sentence were left untranslated ("bu kadar iyi" is Turkish
// because "bu" and "kadar" are Turkish stop words and neither is English). Read on the first question, once, from
// the table the build writes (src/prebuilt/build.ts): the package is one JSON of 58 languages, and parsing it
// all for these 17 cost more than the rest of the question's first answer.
import { createRequire } from 'node:module'
import { isEnglishWord } from '../../text/english-lexicon.js'
import { packageVersion, readPrebuilt } from '../../prebuilt/files.js'

// Latin-script languages only: text in another script is told by its script.
const LANGUAGES = ['fr', 'es', 'it', 'pt', 'de', 'nl', 'tr', 'id', 'ms', 'ro', 'ca', 'pl', 'sv', 'da', 'no', 'cs', 'hu'] as const

// Particles that open names in English text as well ("Charles de Gaulle", "Lula da Silva", "Ursula von der
// Leyen", "Hassan al-Bashir", "Recep Tayyip Erdoğan bin"): no evidence, wherever they stand.
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de da do dos das del della dei degli di du des la le lo los las van von der den ter ten al el ul bin ibn abu ben bint y e et zu'.split(' '),
)

let table: ReadonlyMap<string, readonly string[]> | undefined

/** word → the languages it is a stop word of, in LANGUAGES' order, from the package's lists */
export function stopWordLanguages(): Map<string, string[]> {
  const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, readonly string[]>
  const languagesOf = new Map<string, string[]>()
  for (const lang of LANGUAGES) {
    for (const raw of lists[lang] ?? []) {
      const word = raw.toLowerCase()
      // one letter ("a", "o", "w") says nothing; English homographs ("on", "son", "per") are let go when asked
      if (word.length < 2 || NAME_PARTICLES.has(word)) continue
      const langs = languagesOf.get(word)
      if (!langs) languagesOf.set(word, [lang])
      else if (!langs.includes(lang)) langs.push(lang)
    }
  }
  return languagesOf
}

// The table the build writes (dist/data/foreign-stopwords.txt): the stamp line, then a line a word, its languages
// after a tab ("kadar\ttr", "por qué\tes": a listed word may hold a space, never a tab or a line break).
export const FOREIGN_STOPWORDS_FILE = 'foreign-stopwords.txt'

export function foreignStopwordsStamp(): string {
  return `mtaudit-foreign-stopwords/1 stopwords-iso@${packageVersion('stopwords-iso')} ${LANGUAGES.join(',')}`
}

export function foreignStopwordsTable(languagesOf: ReadonlyMap<string, readonly string[]>, stamp: string): string {
  for (const word of languagesOf.keys()) if (/[\t\n]/.test(word)) throw new Error(`stopwords-iso lists ${JSON.stringify(word)}: a tab or a line break the table cannot hold`)
  return `${stamp}\n${[...languagesOf].map(([word, langs]) => `${word}\t${langs.join(',')}\n`).join('')}`
}

/** The table's map, or undefined when it is stamped for other lists. */
export function stopWordsOfTable(text: string): Map<string, string[]> | undefined {
  const lines = text.split('\n')
  if (lines[0] !== foreignStopwordsStamp()) return undefined
  const languagesOf = new Map<string, string[]>()
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '') continue
    const tab = lines[i]!.indexOf('\t')
    languagesOf.set(lines[i]!.slice(0, tab), lines[i]!.slice(tab + 1).split(','))
  }
  return languagesOf
}

function load(): ReadonlyMap<string, readonly string[]> {
  const prebuilt = readPrebuilt(FOREIGN_STOPWORDS_FILE)
  // not built (the tests run from the sources), or built from other lists: the same map, made here
  return (prebuilt && stopWordsOfTable(prebuilt.toString('utf8'))) ?? stopWordLanguages()
}

const NONE: readonly string[] = []

/** The languages (ISO 639-1) a lower-case word is a stop word of and English is not: "kadar" → ["tr"]. */
export function foreignStopWordOf(word: string): readonly string[] {
  const langs = (table ??= load()).get(word)
  // the English test only for the few words that are stop words somewhere: checking every listed word when the
  // table is built cost as much as reading the English lexicon
  return langs && !isEnglishWord(word) ? langs : NONE
}
