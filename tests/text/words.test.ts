import { describe, expect, it } from 'vitest'
import { random } from '../../bench/align-eval/generate.js'
import { classesOf, countWords, forEachWord, LATIN_LETTER, LETTER, WORD } from '../../src/text/words.js'
import { shippedTexts } from '../shipped-texts.js'

const scanned = (text: string) => {
  const ranges: [number, number][] = []
  forEachWord(text, (start, end) => ranges.push([start, end]))
  return ranges
}
const matched = (text: string) => [...text.matchAll(WORD)].map((m): [number, number] => [m.index, m.index + m[0].length])

/** Letters and Latin letters by code point, as the scanner's classes count them. */
function letterCounts(text: string): [number, number] {
  let letters = 0
  let latin = 0
  for (const ch of text) {
    const classes = classesOf(ch.codePointAt(0)!)
    if (classes & LETTER) letters++
    if (classes & LATIN_LETTER) latin++
  }
  return [letters, latin]
}

// joiners at word edges and doubled, marks (which WORD does not take into a word), digits of other scripts,
// number letters (Ⅻ, ½), astral letters (𐐀 Deseret, 𝐀 mathematical bold), an emoji and a lone surrogate
const ALPHABET = [...'aZé ’\'--.,Ⅻ½٣中К\u0301\u212a', '𐐀', '𝐀', '😀', '\ud800']

function randomTexts(count: number): string[] {
  const next = random(11)
  return Array.from({ length: count }, () => {
    let text = ''
    for (let i = Math.floor(next() * 40); i > 0; i--) text += ALPHABET[Math.floor(next() * ALPHABET.length)]
    return text
  })
}

describe('forEachWord', () => {
  it('finds the words WORD matches on every shipped text and every line of them', () => {
    for (const [, text] of shippedTexts()) {
      expect(scanned(text)).toEqual(matched(text))
      for (const line of text.split('\n')) expect(countWords(line)).toBe(line.match(WORD)?.length ?? 0)
    }
  })

  it('finds the words WORD matches on random strings of joiners, marks, other digits and astral letters', () => {
    for (const text of randomTexts(2000)) expect(scanned(text)).toEqual(matched(text))
  })
})

describe('classesOf', () => {
  it('counts letters and Latin letters as \\p{L} and \\p{Script=Latin} do', () => {
    for (const text of [...randomTexts(500), ...shippedTexts().map(([, text]) => text)]) {
      const letters = text.match(/\p{L}/gu)?.length ?? 0
      const latin = text.match(/(?=\p{Script=Latin})\p{L}/gu)?.length ?? 0
      expect(letterCounts(text)).toEqual([letters, latin])
    }
  })
})
