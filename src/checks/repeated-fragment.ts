import { excerpt } from '../text/neighbours.js'
import { allMatches } from '../text/match-all.js'
import { sentenceWords, wordSpans, type WordSpan } from '../text/word-spans.js'
import { ENGLISH_FUNCTION_WORDS, functionWordSubset } from '../text/english-words.js'
import type { Check, Draft, Sentence } from '../types.js'

// Doubles that are English: "had had", "that that", "is is" (rare, but grammatical in "what it is is…").
const GRAMMATICAL_DOUBLES = new Set(['had', 'that', 'is', 'do', 'bye', 'no', 'very', 'so', 'ha', 'really', 'far', 'again'])
// a decoder loop can repeat a whole clause: "the history of the people who lived in the country, …" (9 words)
const MAX_NGRAM = 10
const FUNCTION_WORDS = functionWordSubset('a an the of to in on and or for it he she we they i you')

interface Token {
  readonly word: string
  readonly start: number
  readonly end: number
}

/** A sentence, its words' spans and its words lower-cased. */
interface Words {
  readonly sentence: Sentence
  readonly spans: readonly WordSpan[]
  readonly words: readonly string[]
}

// A sentence is read inside and across both its breaks: its words are lower-cased once. Tokens, with their
// offsets, are made only for the few words a finding or a break compares: nearly every sentence has no repeat,
// and an object for each of its words would cost more than looking for one.
function lowerCased(sentence: Sentence, words: readonly WordSpan[]): string[] {
  // ASCII lower-cases letter by letter, so the words can be cut from the sentence lower-cased once rather than
  // with a call a word; elsewhere case can depend on context (Greek final sigma), so per word
  const { text } = sentence
  if (NON_ASCII.test(text)) return words.map(({ word }) => word.toLowerCase())
  const lower = text.toLowerCase()
  return words.map(({ word, index }) => lower.slice(index, index + word.length))
}
const NON_ASCII = /[^\0-\x7f]/

/** The sentence's word at `at`, from its spans and its words lower-cased. */
function token(sentence: Sentence, spans: readonly WordSpan[], words: readonly string[], at: number): Token {
  const { word, index } = spans[at]!
  const start = sentence.start + index
  return { word: words[at]!, start, end: start + word.length }
}

const tokens = (sentence: Sentence, spans: readonly WordSpan[], words: readonly string[], from: number, to: number) =>
  Array.from({ length: to - from }, (_, k) => token(sentence, spans, words, from + k))

/** Whether a[from .. from + n) and b[at .. at + n) are the same words. */
function sameWords(a: readonly string[], from: number, b: readonly string[], at: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a[from + k] !== b[at + k]) return false
  return true
}

/**
 * "of the of the", "the the": an n-gram said twice in a row inside one sentence (minor). Said three times or
 * more it is a decoder loop — "…the bank's financial products, the bank's financial products, the bank's
 * financial products, …" (WMT23 zh→en systems, which human raters marked Non-translation, weight 25): critical.
 * Added to `found`: a list for all the sentences of a document, not a generator a sentence (nearly all find nothing).
 */
function repeatsInside(sentence: Sentence, spans: readonly WordSpan[], words: readonly string[], text: string, found: Draft[]): void {
  for (let i = 0; i < words.length; i++) {
    // an n-gram at i repeats only if the word n after it is words[i] again: most words have no such n, and
    // the ten n-gram lengths are tried only for those that do
    if (!recursWithin(words, i)) continue
    for (let n = MAX_NGRAM; n >= 1; n--) {
      let times = 1
      while (adjacentRepeat(sentence, words, spans, i + (times - 1) * n, n)) times++
      if (times < 2 || (n > 4 && times < 3)) continue
      const first = tokens(sentence, spans, words, i, i + n)
      if (n === 1 && times === 2 && (GRAMMATICAL_DOUBLES.has(first[0]!.word) || /^\d/.test(first[0]!.word))) continue
      // a reduplication followed by its own linking word is no repeat: "bigger and bigger and then…", "face to
      // face to discuss", "year after year after the war" read [bigger and] twice only by accident
      if (n === 2 && times === 2 && LINKERS.has(first[1]!.word)) continue
      // across a comma, grammar alone said twice is two clauses or an object and a possessive: "…the illness
      // he had, he had been admitted…", "as a man lifts her, her cord still attached"
      if (times === 2 && hasComma(sentence, spans, i, n) && first.every((t) => ENGLISH_FUNCTION_WORDS.has(t.word))) continue
      // reduplicated names are names: "Fang Fang" (芳芳), "Bora Bora", "Walla Walla"
      if (n === 1 && times === 2 && isCapitalised(text, first[0]!) && isCapitalised(text, token(sentence, spans, words, i + 1))) continue
      const last = token(sentence, spans, words, i + times * n - 1)
      const shown = excerpt(text.slice(first[0]!.start, first.at(-1)!.end), 50)
      const loop = times >= 3 && n >= 2
      found.push({
        message: loop
          ? `Repeated \`${shown}\` ${times} times: the translation loops; retranslate the sentence.`
          : `Repeated \`${shown}\`: the same words stand twice in a row; remove one occurrence.`,
        start: token(sentence, spans, words, i + n).start,
        end: last.end,
        sentence: sentence.index,
        severity: loop ? 'critical' : 'minor',
      })
      i += times * n - 1
      break
    }
  }
}

/** Whether a comma stands between the n-gram at `at` and its repeat. */
function hasComma(sentence: Sentence, spans: readonly WordSpan[], at: number, n: number): boolean {
  const before = spans[at + n - 1]!
  return sentence.text.slice(before.index + before.word.length, spans[at + n]!.index).includes(',')
}

/** Whether words[at] comes again within the next MAX_NGRAM words. */
function recursWithin(words: readonly string[], at: number): boolean {
  const word = words[at]
  const to = Math.min(at + MAX_NGRAM, words.length - 1)
  for (let k = at + 1; k <= to; k++) if (words[k] === word) return true
  return false
}

const isCapitalised = (text: string, token: Token) => /^\p{Lu}/u.test(text.slice(token.start, token.end))

/**
 * Whether words[at + n .. at + 2n) repeat words[at .. at + n) with only spaces or a comma between. The sentence's
 * words, lower-cased and as spans, are handed in: this runs for every n-gram length of every word that recurs.
 */
function adjacentRepeat(sentence: Sentence, words: readonly string[], spans: readonly WordSpan[], at: number, n: number): boolean {
  if (at + 2 * n > words.length) return false
  // compared in place, not as slices
  if (!sameWords(words, at, words, at + n, n)) return false
  // only what stands next to each other: "…said, said" is a repeat, "said he said" is not
  const before = spans[at + n - 1]!
  return /^[\s,;]*$/.test(sentence.text.slice(before.index + before.word.length, spans[at + n]!.index))
}

const LINKERS = new Set(['and', 'to', 'by', 'after', 'upon', 'for', 'or', 'in'])

// "X and X" that English says on purpose: intensifiers ("again and again", "more and more", "on and on"), spans
// ("years and years", "miles and miles"); comparatives ("bigger and bigger") are told by their ending
const AND_DOUBLES = new Set(
  ('again more less over on round through by out up down back worse further farther ages years months weeks days ' +
    'hours minutes miles tons thousands hundreds millions billions dozens lots rows layers times piles round ' +
    'forever ever and so such neck side bye')
    .split(' '),
)

/**
 * "…the party's mayors and mayors…": one word joined to itself by "and", where the source language had two
 * forms (Spanish "alcaldes y alcaldesas", male and female mayors) and the translation one. Minor: a reader can
 * tell what was meant.
 */
function andRepeats(sentence: Sentence, spans: readonly WordSpan[], words: readonly string[], text: string, found: Draft[]): void {
  for (let i = 0; i + 2 < words.length; i++) {
    const word = words[i]!
    if (words[i + 1] !== 'and' || words[i + 2] !== word || word.length < 3 || !/^\p{Ll}+$/u.test(spans[i]!.word)) continue
    if (AND_DOUBLES.has(word) || ENGLISH_FUNCTION_WORDS.has(word) || /(?:er|est)$/u.test(word)) continue
    // only spaces between: "…mayors, and mayors…" or "mayors (and mayors)" are something else
    const gap = sentence.text.slice(spans[i]!.index + spans[i]!.word.length, spans[i + 2]!.index)
    if (gap !== ' and ') continue
    const start = sentence.start + spans[i]!.index
    const end = sentence.start + spans[i + 2]!.index + spans[i + 2]!.word.length
    found.push({
      message: `Repeated \`${text.slice(start, end)}\`: a word joined to itself by "and", where the source likely had two forms (male and female, singular and plural); say it once or name both.`,
      start,
      end,
      sentence: sentence.index,
      severity: 'minor',
    })
    i += 2
  }
}

// a bracket and what it holds, on one line; nested brackets are read from the innermost
const BRACKET = /\(([^()\n]{1,80})\)/gu

/**
 * A bracket that says again what stands before it: "…said the ministry (the ministry)…", or glosses a name with
 * the same name in full, "…Rossi (Anna Rossi) won…", as some presses do for transliterated names. An expansion
 * or a translation in brackets says something new ("the European Union (EU)", "Kyiv (Kiev)") and is left alone.
 */
function bracketRepeats(sentence: Sentence, text: string, found: Draft[]): void {
  for (const match of allMatches(sentence.text, BRACKET)) {
    const inside = wordSpans(match[1]!)
    if (inside.length === 0 || inside.length > 5) continue
    const from = Math.max(0, match.index - 120)
    const before = wordSpans(sentence.text.slice(from, match.index))
    if (before.length === 0) continue
    const lower = (w: WordSpan) => w.word.toLowerCase()
    const same = before.length >= inside.length && inside.every((w, k) => lower(w) === lower(before[before.length - inside.length + k]!))
    // between the words and the bracket only a space: "…the ministry, (the ministry)" is a list, not a repeat
    const adjacent = /^\s*$/u.test(sentence.text.slice(from + before.at(-1)!.index + before.at(-1)!.word.length, match.index))
    const gloss =
      inside.length >= 2 &&
      inside.length <= 4 &&
      inside.every((w) => /^\p{Lu}/u.test(w.word)) &&
      lower(inside.at(-1)!) === lower(before.at(-1)!) &&
      /^\p{Lu}/u.test(before.at(-1)!.word)
    if (!adjacent || (!same && !gloss)) continue
    const start = sentence.start + match.index
    const end = start + match[0].length
    found.push({
      message: same
        ? `Repeated \`${text.slice(start, end)}\`: the bracket repeats the words before it; remove it.`
        : `Repeated \`${text.slice(start, end)}\`: the bracket repeats the name before it in full; give the full name once.`,
      start,
      end,
      sentence: sentence.index,
      severity: 'minor',
    })
  }
}

/**
 * "…that they can take what they want. they want by force." (002): the words before a break said again after it.
 * `previous` and `current` are the two sentences with their words.
 */
function repeatAcross(previous: Words, current: Words, text: string): Draft | undefined {
  const before = previous.words
  const after = current.words
  for (let n = Math.min(4, before.length, after.length); n >= 1; n--) {
    if (!sameWords(before, before.length - n, after, 0, n)) continue
    const tail = tokens(previous.sentence, previous.spans, before, before.length - n, before.length)
    const head = tokens(current.sentence, current.spans, after, 0, n)
    // A new sentence that picks up the last words of the one before is English: "…joined by Sweden. Sweden had
    // applied…", "…criticised the ministry. The ministry said…", "…said Anna Rossi. Anna Rossi, 54, …". Garble is
    // a repeat that runs on in lower case, "…what they want. they want by force." (major); with a capital, only a
    // longer run of content words, not a name and not led by grammar, is read as a repeat (minor).
    const lower = /^\p{Ll}/u.test(text.slice(head[0]!.start, head[0]!.end))
    if (n === 1 && (FUNCTION_WORDS.has(tail[0]!.word) || tail[0]!.word.length < 4)) return undefined
    if (!lower && (n < 3 || ENGLISH_FUNCTION_WORDS.has(head[0]!.word) || head.every((t) => /^\p{Lu}/u.test(text.slice(t.start, t.end))))) return undefined
    const shown = text.slice(head[0]!.start, head.at(-1)!.end)
    return {
      message: `Fragment \`${shown}\` is repeated across the sentence break \`${excerpt(text.slice(tail[0]!.start, head.at(-1)!.end), 50)}\`; remove the repetition and the break.`,
      start: head[0]!.start,
      end: head.at(-1)!.end,
      sentence: current.sentence.index,
      ...(!lower && { severity: 'minor' as const }),
    }
  }
  return undefined
}

const repeatedFragment: Check = {
  id: 'repeated-fragment',
  category: 'Fluency/Grammar',
  severity: 'major',
  needs: 'variant',
  description: 'Finds words or fragments said twice: "the the" inside a sentence, or "they want. they want" across a break.',
  explanation:
    'When machine translation re-segments a sentence it can repeat its end after a spurious break: "…that they ' +
    'can take what they want. they want by force." (002) — major. Inside a sentence a doubled word or phrase ' +
    '("of the of the") is minor; a phrase said three times or more is a decoder loop, critical (WMT MQM raters ' +
    'mark such loops Non-translation). Grammatical doubles ("had had", "that that") and reduplicated names ' +
    '("Fang Fang", "Bora Bora") are left alone.',
  *run({ variant, bundle }) {
    const { text } = variant.doc
    const inside: Draft[] = []
    const across: Draft[] = []
    // one pass: a sentence's words lower-cased serve the repeats inside it and across the break before it, then the
    // break after it, and are let go (kept for the whole document, they were most of what the check held). The
    // pairs across a break are adjacentSentences': the same paragraph, no boilerplate.
    let previous: Words | undefined
    for (const sentence of variant.sentences) {
      if (sentence.zone === 'boilerplate') {
        previous = undefined
        continue
      }
      const spans = sentenceWords(bundle, sentence)
      const current = { sentence, spans, words: lowerCased(sentence, spans) }
      repeatsInside(sentence, spans, current.words, text, inside)
      andRepeats(sentence, spans, current.words, text, inside)
      bracketRepeats(sentence, text, inside)
      if (previous !== undefined && previous.sentence.paragraph === sentence.paragraph) {
        const draft = repeatAcross(previous, current, text)
        if (draft) across.push(draft)
      }
      previous = current
    }
    yield* inside
    yield* across
  },
}
export default repeatedFragment
