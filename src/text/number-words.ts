// Numbers written in words, for comparing "fourteen vessels" with "14 vessels" and "one billion" with "1 billion".
// Vague quantities ("hundreds of tanks", "dozens of planes") are not numbers and are left out.
import { allMatches } from './match-all.js'

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12,
}

const WORD_NUMBER = new RegExp(
  `\\b(?:${Object.keys(UNITS).join('|')})(?:[ -](?:${[...Object.keys(UNITS), 'hundred', 'thousand', 'million', 'billion', 'and'].join('|')}))*\\b`,
  'gi',
)

/** "twenty-one" → 21, "two hundred and five" → 205, "one" → 1; undefined when the words are no number. */
export function wordsToNumber(phrase: string): number | undefined {
  let total = 0
  let current = 0
  let seen = false
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and') continue
    if (word in UNITS) {
      current += UNITS[word]!
      seen = true
    } else if (word === 'hundred') current = (current || 1) * 100
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word]!
      current = 0
    } else return undefined
  }
  return seen ? total + current : undefined
}

/** Spans of number words in a text: [start, end, value]. A trailing "and" is not part of the number. */
export function* numberWords(text: string): Generator<[number, number, number]> {
  for (const m of allMatches(text, WORD_NUMBER)) {
    const phrase = m[0].replace(/[ -]and$/i, '')
    const value = wordsToNumber(phrase)
    if (value !== undefined) yield [m.index, m.index + phrase.length, value]
  }
}
