import { WORD } from '../text/lines.js'
import { adjacentSentences, excerpt } from '../text/neighbours.js'
import type { Check, Draft, Sentence } from '../types.js'

// Doubles that are English: "had had", "that that", "is is" (rare, but grammatical in "what it is is…").
const GRAMMATICAL_DOUBLES = new Set(['had', 'that', 'is', 'do', 'bye', 'no', 'very', 'so', 'ha', 'really', 'far', 'again'])
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'and', 'or', 'for', 'it', 'he', 'she', 'we', 'they', 'i', 'you'])

interface Token {
  readonly word: string
  readonly start: number
  readonly end: number
}

function tokens(sentence: Sentence): Token[] {
  return [...sentence.text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
  }))
}

const same = (a: readonly Token[], b: readonly Token[]) => a.length === b.length && a.every((t, i) => t.word === b[i]!.word)

/** "of the of the", "the the": an n-gram (n = 1–4) said twice in a row inside one sentence. */
function* repeatsInside(sentence: Sentence, text: string): Generator<Draft> {
  const words = tokens(sentence)
  for (let i = 0; i < words.length; i++) {
    for (let n = 4; n >= 1; n--) {
      const first = words.slice(i, i + n)
      const second = words.slice(i + n, i + 2 * n)
      if (second.length < n || !same(first, second)) continue
      if (n === 1 && (GRAMMATICAL_DOUBLES.has(first[0]!.word) || /^\d/.test(first[0]!.word))) continue
      // only what stands next to each other: "…said, said" is a repeat, "said he said" is not
      const between = text.slice(first.at(-1)!.end, second[0]!.start)
      if (!/^[\s,]*$/.test(between)) continue
      const shown = text.slice(first[0]!.start, first.at(-1)!.end)
      yield {
        message: `Repeated \`${shown}\`: the same words stand twice in a row; remove one occurrence.`,
        start: second[0]!.start,
        end: second.at(-1)!.end,
        sentence: sentence.index,
        severity: 'minor',
      }
      i += 2 * n - 1
      break
    }
  }
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
    '("of the of the") is minor. Grammatical doubles ("had had", "that that") are left alone.',
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
