import { FREQUENT_ENGLISH_WORDS } from '../language/language.js'
import { allMatches } from '../text/match-all.js'
import { excerpt } from '../text/neighbours.js'
import { sentenceWords } from '../text/word-spans.js'
import { countFunctionWords, familyOf, functionWordOf, isFunctionWord, type SourceLanguage } from './untranslated-text/function-words.js'
import type { BundleContext, Check, Draft, Sentence } from '../types.js'
import { isEnglishWord } from '../text/english-lexicon.js'
import { foreignStopWordOf, NAME_PARTICLES } from './untranslated-text/foreign-words.js'
import { nameKey } from '../text/names.js'
import type { AnalyzedDocument, CheckContext } from '../types.js'

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

function wordsOf(bundle: BundleContext, sentence: Sentence): Token[] {
  return sentenceWords(bundle, sentence).map(({ word, index }) => ({ word, start: sentence.start + index, end: sentence.start + index + word.length }))
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

function hasTwoFunctionWords(bundle: BundleContext, sentence: Sentence): boolean {
  let found = 0
  for (const { word } of sentenceWords(bundle, sentence)) if (isFunctionWord(word) && ++found === 2) return true
  return false
}

/**
 * A Latin-script sentence in another language: "Menteri mengatakan bahwa situasi ini sangat serius." The
 * evidence is the source language's function words written in lower case (names are capitalised and so count
 * for nothing), outnumbering English ones; franc's call is asked only to agree.
 */
function otherLanguage(bundle: BundleContext, sentence: Sentence): SourceLanguage | undefined {
  const spans = sentenceWords(bundle, sentence)
  if (spans.length < 4) return undefined
  const words = spans.map((w) => w.word)
  const lower = words.filter((w) => w === w.toLowerCase())
  // "a", "in", "no" are French, German, Spanish... words too ("Le ministre a déclaré"): no evidence either way
  const english = words.filter((w) => FREQUENT_ENGLISH_WORDS.has(w.toLowerCase()) && !SHARED.has(w.toLowerCase())).length
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
function* foreignWords(bundle: BundleContext, sentence: Sentence): Generator<Draft> {
  const tokens = wordsOf(bundle, sentence)
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
    for (; j < tokens.length && !FREQUENT_ENGLISH_WORDS.has(tokens[j]!.word.toLowerCase()); j++) {
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


type WordKind = 'english' | 'foreign' | 'name' | 'skip'

interface Classified extends Token {
  readonly kind: WordKind
  /** a foreign stop word ("kadar", "nesta") or a letter English does not write ("yapıldı"): evidence, not doubt */
  readonly evidence: boolean
  /** a foreign stop word: stronger evidence than an accent, which loan words keep ("crème brûlée") */
  readonly stop?: boolean
}

const TWO_LETTER_ENGLISH = new Set('me my us go ok oh ah ex hi ox ad am an as at be by do he if in is it no of on or so to up we tv uk pm'.split(' '))

// Letters of the Latin script that English words never carry (a naïve café is in the lexicon already)
const NON_ENGLISH_LETTER = /[^\p{Script=Latin}]|[^a-zA-Z'’-]/u
const DIGIT = /\d/
// glued to a dot, slash, at or hash on either side: part of a link or handle ("pic.twitter.com/x", "@afp")
const IN_LINK = /[./@#_=&]/

/** isEnglishWord, answered once a word for one variant: a story repeats its words ("rescuers", "rubble") */
type English = (word: string) => boolean

function englishOnce(): English {
  const known = new Map<string, boolean>()
  return (word) => {
    let english = known.get(word)
    if (english === undefined) known.set(word, (english = isEnglishWord(word)))
    return english
  }
}

/**
 * Whether a sentence has two lower-case words at least that may not be English: what foreignRuns needs before
 * anything, told without classifying the words (most sentences have none: "Rescuers pulled a girl from the rubble").
 */
function twoDoubtful(bundle: BundleContext, sentence: Sentence, isEnglish: English): boolean {
  let doubtful = 0
  for (const { word } of sentenceWords(bundle, sentence)) {
    const c = word.charCodeAt(0)
    // a capital (a name, or the first word) is judged only in a sentence that has doubtful small words anyway
    if ((c >= 65 && c <= 90) || FREQUENT_ENGLISH_WORDS.has(word) || DIGIT.test(word)) continue
    if (c < 128 && /^[a-z]+$/.test(word) && isEnglish(word)) continue
    // "rain-soaked", "don't": English when each part is
    if (c < 128 && /^[a-z'’-]+$/.test(word) && word.split(/['’-]/).every((p) => p.length <= 1 || p === 'll' || p === 're' || p === 've' || FREQUENT_ENGLISH_WORDS.has(p) || isEnglish(p))) continue
    if (!(c < 128) && /^\p{Lu}/u.test(word)) continue
    if (++doubtful === 2) return true
  }
  return false
}

function classify(sentence: Sentence, tokens: readonly Token[], text: string, isEnglishWord: English): Classified[] {
  return tokens.map((token, i) => {
    const { word } = token
    const before = text[token.start - 1] ?? ' '
    const after = text[token.end] ?? ' '
    const skip = DIGIT.test(word) || IN_LINK.test(before) || (IN_LINK.test(after) && /\p{L}/u.test(text[token.end + 1] ?? ''))
    if (skip || /^[\p{Lu}\d]+$/u.test(word) && word.length > 1) return { ...token, kind: 'skip', evidence: false }
    const lower = word.toLowerCase()
    const capitalised = lower !== word
    // a capital inside the sentence makes a name; the first word's capital says nothing, so it is judged as written small
    if (capitalised && (i > 0 || NAME_PARTICLES.has(lower))) return { ...token, kind: 'name', evidence: false }
    if (NAME_PARTICLES.has(lower)) return { ...token, kind: 'name', evidence: false }
    if (FREQUENT_ENGLISH_WORDS.has(lower)) return { ...token, kind: 'english', evidence: false }
    // The lexicon lists two-letter abbreviations ("bu", "ed", "da") that no English sentence writes as words: a
    // two-letter word is English only if it is one of the few real ones, foreign if a stop word, otherwise nothing
    if (lower.length === 2 && !TWO_LETTER_ENGLISH.has(lower)) {
      const stop = foreignStopWordOf(lower).length > 0 || functionWordOf(lower).length > 0
      return { ...token, kind: stop ? 'foreign' : 'name', evidence: stop, stop }
    }
    const parts = lower.split(/['’-]/).filter((p) => p.length > 0 && p !== 's')
    const english = parts.every((p) => p.length === 1 || FREQUENT_ENGLISH_WORDS.has(p) || isEnglishWord(p)) || isEnglishWord(lower)
    if (english) return { ...token, kind: 'english', evidence: false }
    const stop = parts.some((p) => foreignStopWordOf(p).length > 0)
    const evidence = stop || parts.some((p) => NON_ENGLISH_LETTER.test(p))
    // a first word that is no English word, no stop word and no foreign spelling is most likely a name ("Hatay")
    if (capitalised && !evidence) return { ...token, kind: 'name', evidence: false }
    return { ...token, kind: 'foreign', evidence, stop }
  })
}

/**
 * Lower-case words that are not English, with evidence of a source language among them: "the patient is
 * hastane ve tedavi altında" (Turkish: "ve" is a stop word, "altında" has a dotless i). A run of such words
 * (names may stand inside it) needs two stop words, or three words with a stop word and an accent, or four with
 * any evidence: a loan phrase ("fait accompli", "raison d'être", "crème brûlée") has less. A sentence made of
 * them is not in English at all.
 */
export function* foreignRuns(bundle: BundleContext, sentence: Sentence, text: string, isEnglish: English): Generator<Draft> {
  if (!twoDoubtful(bundle, sentence, isEnglish)) return
  const words = classify(sentence, wordsOf(bundle, sentence), text, isEnglish)
  const counted = words.filter((w) => w.kind !== 'skip')
  const foreign = counted.filter((w) => w.kind === 'foreign')
  if (foreign.length < 2) return
  const englishWords = counted.filter((w) => w.kind === 'english' && !SHARED.has(w.word.toLowerCase())).length
  const evidence = foreign.filter((w) => w.evidence).length
  // evidence is not needed when five words or more are none of English's and no English word stands among them
  const sure = evidence >= 1 || (foreign.length >= 5 && englishWords === 0)
  if (counted.length >= 4 && foreign.length >= 3 && sure && foreign.length >= 0.6 * counted.length && englishWords <= counted.length / 10) {
    yield {
      message: `Sentence \`${excerpt(sentence.text, 40)}\` is not in English: \`${excerpt(foreign.map((w) => w.word).join(' '), 40)}\` are no English words; translate it.`,
      start: sentence.start,
      end: sentence.end,
      sentence: sentence.index,
      severity: 'critical',
    }
    return
  }
  let i = 0
  while (i < words.length) {
    if (words[i]!.kind !== 'foreign') {
      i++
      continue
    }
    let j = i
    let last = i
    for (; j < words.length && (words[j]!.kind === 'foreign' || words[j]!.kind === 'name'); j++) if (words[j]!.kind === 'foreign') last = j
    const run = words.slice(i, last + 1).filter((w) => w.kind === 'foreign')
    const proof = run.filter((w) => w.evidence).length
    const stops = run.filter((w) => w.stop).length
    // a loan phrase keeps its accents ("crème brûlée", "pâte à choux") but seldom more than one stop word
    if ((run.length >= 3 && proof >= 2 && stops >= 1) || (run.length >= 2 && stops >= 2) || (run.length >= 4 && proof >= 1)) {
      const span = text.slice(words[i]!.start, words[last]!.end)
      yield {
        message: `Untranslated words \`${excerpt(span, 50)}\` in an English sentence: ${run.map((w) => `"${w.word}"`).slice(0, 4).join(', ')} are no English words; translate them.`,
        start: words[i]!.start,
        end: words[last]!.end,
        sentence: sentence.index,
        severity: run.length >= 4 && proof >= 2 ? 'major' : 'minor',
      }
    }
    i = j
  }
}

// Prepositions and conjunctions of Romance and other source languages that English never writes between words:
// "the party PSOE de Sánchez" (Sánchez's PSOE), "Luca Rossi ed Anna Bianchi", "Lula e Bolsonaro". As name
// particles they stand between two parts of one name ("Charles de Gaulle") or open a surname ("said da Silva",
// "under de Klerk"), so a preposition counts only after an acronym, and a conjunction only between two
// capitalised words.
const FOREIGN_PREPOSITIONS = new Set(['de', 'del', 'da', 'di', 'do', 'du', 'des', 'della', 'dos', 'das'])
// "y" is left out: Spanish compound surnames keep it in English ("Santiago Ramón y Cajal")
const FOREIGN_CONJUNCTIONS = new Set(['e', 'ed', 'et', 'und', 've', 'dan', 'och', 'og', 'ou', 'oder'])
const ACRONYM = /^[\p{Lu}\d]{2,}$/u
const CAPITALISED = /^\p{Lu}\p{Ll}/u

export function* foreignConnectives(bundle: BundleContext, sentence: Sentence, text: string): Generator<Draft> {
  const words = wordsOf(bundle, sentence)
  for (let i = 1; i + 1 < words.length; i++) {
    const { word } = words[i]!
    const prev = words[i - 1]!
    const next = words[i + 1]!
    // one space each side: "Alpha, e Beta" or "A/de B" are something else
    if (text.slice(prev.end, words[i]!.start) !== ' ' || text.slice(words[i]!.end, next.start) !== ' ') continue
    if (!CAPITALISED.test(next.word)) continue
    let why: string | undefined
    if (FOREIGN_PREPOSITIONS.has(word) && ACRONYM.test(prev.word)) {
      why = `a foreign preposition between \`${prev.word}\` and the name \`${next.word}\``
    } else if (FOREIGN_CONJUNCTIONS.has(word) && CAPITALISED.test(prev.word) && !(word === 'et' && next.word === 'al')) {
      why = `a foreign conjunction between the names \`${prev.word}\` and \`${next.word}\``
    }
    if (!why) continue
    yield {
      message: `Untranslated \`${word}\` in \`${text.slice(prev.start, next.end)}\`: ${why}; translate it ("of", "'s", "and").`,
      start: words[i]!.start,
      end: words[i]!.end,
      sentence: sentence.index,
      severity: 'minor',
    }
  }
}

// A word with an accent is a foreign spelling in an English copy when the texts it is compared with write the
// same word another way: "JINDÉRIS" where the reference writes "Jinderis", "Merchán" in a text that also writes
// "Merchan", "Mbappè" for "Mbappé". Dropping an accent ("Erdogan" for "Erdoğan") is house style, not this.
const HAS_MARK = /\p{M}/u

/** The document's words with an accent or another letter folding changes, by their folded key → spellings (lower case). */
function spellings(bundle: BundleContext, doc: AnalyzedDocument): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>()
  for (const sentence of doc.sentences) {
    if (sentence.zone === 'boilerplate') continue
    for (const { word } of sentenceWords(bundle, sentence)) {
      if (!/^\p{Lu}/u.test(word)) continue
      const lower = word.toLowerCase()
      const key = nameKey(lower)
      if (key.length < 3) continue
      let set = byKey.get(key)
      if (!set) byKey.set(key, (set = new Set()))
      set.add(lower.replace(/['’]s$/, '').replace(/['’-]/g, ''))
    }
  }
  return byKey
}

export function* accentedNames({ variant, reference, others, bundle }: CheckContext): Generator<Draft> {
  const ours = spellings(bundle, variant)
  const accented = [...ours].filter(([, forms]) => [...forms].some((f) => HAS_MARK.test(f.normalize('NFD'))))
  if (accented.length === 0) return
  const ref = reference ? spellings(bundle, reference) : undefined
  const rest = others.map((o) => spellings(bundle, o))
  const reported = new Set<string>()
  for (const sentence of variant.sentences) {
    if (sentence.zone === 'boilerplate') continue
    for (const token of wordsOf(bundle, sentence)) {
      const lower = token.word.toLowerCase().replace(/['’]s$/, '').replace(/['’-]/g, '')
      if (!/^\p{Lu}/u.test(token.word) || !HAS_MARK.test(lower.normalize('NFD')) || reported.has(lower)) continue
      const key = nameKey(lower)
      const forms = ours.get(key)
      const own = forms ? [...forms].filter((f) => f !== lower) : []
      const inReference = ref?.get(key)
      const usedElsewhere = rest.filter((s) => s.get(key)?.has(lower)).length + (inReference?.has(lower) ? 1 : 0)
      const otherwise = rest.filter((s) => s.get(key) && !s.get(key)!.has(lower)).length
      // the text's own other spelling, or the reference's (with another text agreeing), when no text writes ours
      let other: string | undefined
      let where = ''
      if (own.length > 0) [other, where] = [own[0], 'this text also writes']
      else if (usedElsewhere === 0 && inReference && (otherwise >= 1 || rest.length === 0)) [other, where] = [[...inReference][0], 'the reference writes']
      if (!other) continue
      reported.add(lower)
      const end = token.start + token.word.replace(/['’]s$/, '').length
      yield {
        message: `\`${variant.doc.text.slice(token.start, end)}\` keeps a foreign spelling with an accent where ${where} \`${other}\`; use the English spelling.`,
        start: token.start,
        end,
        sentence: sentence.index,
        severity: 'minor',
      }
    }
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
    'an English sentence are major (another script) or minor. Word by word, lower-case words the English lexicon ' +
    '(hunspell en_US with its affixes) does not have, with stop words of a source language or letters English does ' +
    'not write among them ("tedavi altında"), are untranslated words; a sentence of them is not in English. A ' +
    'foreign preposition or conjunction left between names ("the party PSOE de Sánchez", "Conti ed Ricci") and a ' +
    'name that keeps an accent the same text or the reference writes without ("JINDÉRIS" / "Jinderis") are minor. ' +
    'Names count for nothing (they are capitalised), nor do name particles ("von der Leyen", "dos Santos"), loan ' +
    'phrases ("fait accompli", "crème brûlée") or a name in its own script given in brackets.',
  *run(ctx) {
    const { variant, bundle } = ctx
    const { text } = variant.doc
    const isEnglish = englishOnce()
    for (const sentence of variant.sentences) {
      if (sentence.zone === 'boilerplate') continue
      // no letter of another script: one class test instead of the run pattern at every position
      if (OTHER_SCRIPT_LETTER.test(sentence.text) && (yield* otherScript(sentence, text))) continue
      // Both Latin-script findings need two function words of a source language at least, all lower case. An
      // English sentence has none or one ("die", "son" are left out of the lexicon), and is let go here, before
      // any word is lower-cased or listed ("Rescuers pulled a girl from the rubble" goes no further).
      const found: Draft[] = []
      if (hasTwoFunctionWords(bundle, sentence)) {
        const lang = otherLanguage(bundle, sentence)
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
        found.push(...foreignWords(bundle, sentence))
      }
      // word by word against the English lexicon: languages the function-word lists above do not cover
      // (Turkish, Polish...), and words that are no function word of any ("haberler", "tedavi")
      for (const draft of [...foreignRuns(bundle, sentence, text, isEnglish), ...foreignConnectives(bundle, sentence, text)]) {
        if (draft.severity === 'critical') {
          found.length = 0
          found.push(draft)
          break
        }
        if (!found.some((f) => f.start < draft.end && draft.start < f.end)) found.push(draft)
      }
      yield* found.sort((a, b) => a.start - b.start)
    }
    yield* accentedNames(ctx)
  },
}
export default untranslatedText
