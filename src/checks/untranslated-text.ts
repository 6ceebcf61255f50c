import { ENGLISH_FUNCTION_WORDS } from '../text/language.js'
import { allMatches } from '../text/match-all.js'
import { excerpt } from '../text/neighbours.js'
import { sentenceWords } from '../text/word-spans.js'
import { countFunctionWords, familyOf, functionWordOf, isFunctionWord, type SourceLanguage } from '../text/function-words.js'
import type { Check, Draft, Sentence } from '../types.js'

// A run of letters of another script, with what may stand between them: "@芳芳一人食" (a WMT zh→en output),
// "στρατιωτική βοήθεια" (Greek). Digits and spaces inside the run keep it one finding.
const NOT_LATIN_LETTER = String.raw`(?:(?!\p{Script=Latin})\p{L})`
const FOREIGN_SCRIPT_RUN = new RegExp(`${NOT_LATIN_LETTER}(?:[\\p{M}\\p{N}\\s'’·・-]*${NOT_LATIN_LETTER})*`, 'gu')
const LETTER = /\p{L}/gu
const OTHER_SCRIPT_LETTER = new RegExp(String.raw`[\p{L}--\p{Script=Latin}]`, 'v')
const SHARED = new Set(['a', 'i', 'in', 'on', 'no', 'so', 'do', 'am', 'an', 'die'])
// A native writer may give a name in its own script as a gloss: "Xi Jinping (习近平)", "(Ελλάδα)"; not garble.
const IN_BRACKETS = /[(（]\s*$/u

interface Token {
  readonly word: string
  readonly start: number
  readonly end: number
}

function wordsOf(sentence: Sentence): Token[] {
  return sentenceWords(sentence).map(({ word, index }) => ({ word, start: sentence.start + index, end: sentence.start + index + word.length }))
}

/** Letters of another script: a whole sentence in Chinese is critical, a word or two inside English major. */
function* otherScript(sentence: Sentence, text: string): Generator<Draft, boolean> {
  const letters = sentence.text.match(LETTER)?.length ?? 0
  const runs = allMatches(sentence.text, FOREIGN_SCRIPT_RUN).filter((m) => (m[0].match(LETTER)?.length ?? 0) >= 2)
  const foreign = runs.reduce((n, m) => n + (m[0].match(LETTER)?.length ?? 0), 0)
  if (runs.length > 0 && foreign / letters >= 0.5) {
    yield {
      message: `Sentence \`${excerpt(sentence.text, 40)}\` is not in English (${sentence.lang}); translate it.`,
      start: sentence.start,
      end: sentence.end,
      sentence: sentence.index,
      severity: 'critical',
    }
    return true
  }
  for (const run of runs) {
    const before = text.slice(sentence.start, sentence.start + run.index)
    const after = sentence.text.slice(run.index + run[0].length)
    if (IN_BRACKETS.test(before) && /^\s*[)）]/u.test(after)) continue
    yield {
      message: `Untranslated text \`${run[0]}\` in another script; translate or transliterate it.`,
      start: sentence.start + run.index,
      end: sentence.start + run.index + run[0].length,
      sentence: sentence.index,
      severity: 'major',
    }
  }
  return false
}

function hasTwoFunctionWords(sentence: Sentence): boolean {
  let found = 0
  for (const { word } of sentenceWords(sentence)) if (isFunctionWord(word) && ++found === 2) return true
  return false
}

/**
 * A Latin-script sentence in another language: "Menteri mengatakan bahwa situasi ini sangat serius." The
 * evidence is the source language's function words written in lower case (names are capitalised and so count
 * for nothing), outnumbering English ones; franc's call is asked only to agree.
 */
function otherLanguage(sentence: Sentence): SourceLanguage | undefined {
  const spans = sentenceWords(sentence)
  if (spans.length < 4) return undefined
  const words = spans.map((w) => w.word)
  const lower = words.filter((w) => w === w.toLowerCase())
  // "a", "in", "no" are French, German, Spanish... words too ("Le ministre a déclaré"): no evidence either way
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase()) && !SHARED.has(w.toLowerCase())).length
  // half a sentence in Indonesian is untranslated words, not an untranslated sentence: English must be all but absent
  if (english * 20 >= words.length) return undefined
  const candidates = new Set(lower.flatMap(functionWordOf))
  for (const lang of candidates) {
    const own = countFunctionWords(lower, lang)
    const agrees = familyOf(sentence.lang) === lang
    if (own >= 2 && own / words.length >= (agrees ? 0.15 : 0.3)) return lang
  }
  return undefined
}

/** Three or more words in a row with two function words of one source language: "yang akan ditandatangani pada". */
function* foreignWords(sentence: Sentence): Generator<Draft> {
  const tokens = wordsOf(sentence)
  // each word's languages looked up once, not again for every language of every run it may extend
  const languages = tokens.map((t) => functionWordOf(t.word))
  let i = 0
  while (i < tokens.length) {
    const langs = languages[i]!
    if (langs.length === 0) {
      i++
      continue
    }
    // extend the run while no English function word interrupts it; end it at its last foreign function word
    let last = i
    let count = 1
    let j = i + 1
    for (; j < tokens.length && !ENGLISH_FUNCTION_WORDS.has(tokens[j]!.word.toLowerCase()); j++) {
      if (langs.some((l) => languages[j]!.includes(l))) {
        last = j
        count++
      }
    }
    if (count >= 2 && last - i >= 2) {
      const span = sentence.text.slice(tokens[i]!.start - sentence.start, tokens[last]!.end - sentence.start)
      yield {
        message: `Untranslated words \`${excerpt(span, 50)}\` (${langs[0]}) in an English sentence; translate them.`,
        start: tokens[i]!.start,
        end: tokens[last]!.end,
        sentence: sentence.index,
        severity: last - i >= 4 ? 'major' : 'minor',
      }
    }
    i = Math.max(j, i + 1)
  }
}

const untranslatedText: Check = {
  id: 'untranslated-text',
  category: 'Accuracy/Untranslated text',
  severity: 'major',
  needs: 'variant',
  description: 'Finds sentences or words left in another language or script.',
  explanation:
    'Machine translation sometimes passes text through untouched: a handle in Chinese characters ("open the ' +
    'account of @芳芳一人食 Douyin"), a whole sentence in Indonesian or French. A sentence mostly in another ' +
    'script, or in Latin script with the function words of another language ("yang", "dan", "untuk"; "que", ' +
    '"les", "dans") and franc agreeing, is critical, as WMT MQM weighs non-translation 25. A few words inside ' +
    'an English sentence are major (another script) or minor. Names count for nothing (they are capitalised), ' +
    'nor do name particles ("von der Leyen", "dos Santos") or a name in its own script given in brackets.',
  *run({ variant }) {
    const { text } = variant.doc
    for (const sentence of variant.sentences) {
      if (sentence.zone === 'boilerplate') continue
      // no letter of another script: one class test instead of the run pattern at every position
      if (OTHER_SCRIPT_LETTER.test(sentence.text) && (yield* otherScript(sentence, text))) continue
      // Both Latin-script findings need two function words of a source language at least, all lower case. An
      // English sentence has none or one ("die", "son" are left out of the lexicon), and is let go here, before
      // any word is lower-cased or listed (nt21: every one of its 2,528 sentences).
      if (!hasTwoFunctionWords(sentence)) continue
      const lang = otherLanguage(sentence)
      if (lang) {
        yield {
          message: `Sentence \`${excerpt(sentence.text, 40)}\` is not in English (${lang}); translate it.`,
          start: sentence.start,
          end: sentence.end,
          sentence: sentence.index,
          severity: 'critical',
        }
        continue
      }
      yield* foreignWords(sentence)
    }
  },
}
export default untranslatedText
