import { adjacentSentences, excerpt } from '../text/neighbours.js'
import { sentenceWords } from '../text/word-spans.js'
import type { Check, Draft, Sentence } from '../types.js'

// Doubles that are English: "had had", "that that", "is is" (rare, but grammatical in "what it is is…").
const GRAMMATICAL_DOUBLES = new Set(['had', 'that', 'is', 'do', 'bye', 'no', 'very', 'so', 'ha', 'really', 'far', 'again'])
// a decoder loop can repeat a whole clause: "the history of the people who lived in the country, …" (9 words)
const MAX_NGRAM = 10
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'and', 'or', 'for', 'it', 'he', 'she', 'we', 'they', 'i', 'you'])

interface Token {
  readonly word: string
  readonly start: number
  readonly end: number
}

// A sentence is read inside and across both its breaks: its tokens are listed once.
const tokensOf = new WeakMap<Sentence, readonly Token[]>()
function tokens(sentence: Sentence): readonly Token[] {
  let found = tokensOf.get(sentence)
  if (!found) {
    found = sentenceWords(sentence).map(({ word, index }) => ({ word: word.toLowerCase(), start: sentence.start + index, end: sentence.start + index + word.length }))
    tokensOf.set(sentence, found)
  }
  return found
}

const same = (a: readonly Token[], b: readonly Token[]) => a.length === b.length && a.every((t, i) => t.word === b[i]!.word)

/**
 * "of the of the", "the the": an n-gram said twice in a row inside one sentence (minor). Said three times or
 * more it is a decoder loop — "…the bank's financial products, the bank's financial products, the bank's
 * financial products, …" (WMT23 zh→en systems, which human raters marked Non-translation, weight 25): critical.
 */
function* repeatsInside(sentence: Sentence, text: string): Generator<Draft> {
  const words = tokens(sentence)
  for (let i = 0; i < words.length; i++) {
    for (let n = MAX_NGRAM; n >= 1; n--) {
      let times = 1
      while (adjacentRepeat(words, i + (times - 1) * n, n, text)) times++
      if (times < 2 || (n > 4 && times < 3)) continue
      const first = words.slice(i, i + n)
      if (n === 1 && times === 2 && (GRAMMATICAL_DOUBLES.has(first[0]!.word) || /^\d/.test(first[0]!.word))) continue
      // reduplicated names are names: "Fang Fang" (芳芳), "Bora Bora", "Walla Walla"
      if (n === 1 && times === 2 && isCapitalised(text, first[0]!) && isCapitalised(text, words[i + 1]!)) continue
      const last = words[i + times * n - 1]!
      const shown = excerpt(text.slice(first[0]!.start, first.at(-1)!.end), 50)
      const loop = times >= 3 && n >= 2
      yield {
        message: loop
          ? `Repeated \`${shown}\` ${times} times: the translation loops; retranslate the sentence.`
          : `Repeated \`${shown}\`: the same words stand twice in a row; remove one occurrence.`,
        start: words[i + n]!.start,
        end: last.end,
        sentence: sentence.index,
        severity: loop ? 'critical' : 'minor',
      }
      i += times * n - 1
      break
    }
  }
}

const isCapitalised = (text: string, token: Token) => /^\p{Lu}/u.test(text.slice(token.start, token.end))

/** Whether words[at + n .. at + 2n) repeat words[at .. at + n) with only spaces or a comma between. */
function adjacentRepeat(words: readonly Token[], at: number, n: number, text: string): boolean {
  // compared in place, not as slices: this runs ten times for every word of every sentence
  if (at + 2 * n > words.length) return false
  for (let k = 0; k < n; k++) if (words[at + k]!.word !== words[at + n + k]!.word) return false
  // only what stands next to each other: "…said, said" is a repeat, "said he said" is not
  return /^[\s,;]*$/.test(text.slice(words[at + n - 1]!.end, words[at + n]!.start))
}

/** "…that they can take what they want. they want by force." (002): the words before a break said again after it. */
function repeatAcross(previous: Sentence, current: Sentence, text: string): Draft | undefined {
  const before = tokens(previous)
  const after = tokens(current)
  for (let n = Math.min(4, before.length, after.length); n >= 1; n--) {
    const tail = before.slice(-n)
    const head = after.slice(0, n)
    if (!same(tail, head)) continue
    // one repeated word across a break is garble only if it carries meaning ("Sweden. Sweden"), not "the. The"
    if (n === 1 && (FUNCTION_WORDS.has(tail[0]!.word) || tail[0]!.word.length < 4)) return undefined
    const shown = text.slice(head[0]!.start, head.at(-1)!.end)
    return {
      message: `Fragment \`${shown}\` is repeated across the sentence break \`${excerpt(text.slice(tail[0]!.start, head.at(-1)!.end), 50)}\`; remove the repetition and the break.`,
      start: head[0]!.start,
      end: head.at(-1)!.end,
      sentence: current.index,
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
  *run({ variant }) {
    const { text } = variant.doc
    for (const sentence of variant.sentences) if (sentence.zone !== 'boilerplate') yield* repeatsInside(sentence, text)
    for (const [previous, current] of adjacentSentences(variant)) {
      const draft = repeatAcross(previous, current, text)
      if (draft) yield draft
    }
  },
}
export default repeatedFragment
