// The stop words (articles, pronouns, conjunctions, auxiliaries) of the languages wire copy is most often
// machine-translated from, as the stopwords-iso package lists them, less every word English also has: the
// evidence that lower-case words in an English sentence were left untranslated ("bu kadar iyi" is Turkish
// because "bu" and "kadar" are Turkish stop words and neither is English). Read on the first question, once.
import { createRequire } from 'node:module'
import { isEnglishWord } from '../../text/english-lexicon.js'

// Latin-script languages only: text in another script is told by its script.
const LANGUAGES = ['fr', 'es', 'it', 'pt', 'de', 'nl', 'tr', 'id', 'ms', 'ro', 'ca', 'pl', 'sv', 'da', 'no', 'cs', 'hu'] as const

// Particles that open names in English text as well ("Charles de Gaulle", "Lula da Silva", "Ursula von der
// Leyen", "Hassan al-Bashir", "Recep Tayyip Erdoğan bin"): no evidence, wherever they stand.
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de da do dos das del della dei degli di du des la le lo los las van von der den ter ten al el ul bin ibn abu ben bint y e et zu'.split(' '),
)

let table: ReadonlyMap<string, readonly string[]> | undefined

function load(): ReadonlyMap<string, readonly string[]> {
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

const NONE: readonly string[] = []

/** The languages (ISO 639-1) a lower-case word is a stop word of and English is not: "kadar" → ["tr"]. */
export function foreignStopWordOf(word: string): readonly string[] {
  const langs = (table ??= load()).get(word)
  // the English test only for the few words that are stop words somewhere: checking every listed word when the
  // table is built cost as much as reading the English lexicon
  return langs && !isEnglishWord(word) ? langs : NONE
}
