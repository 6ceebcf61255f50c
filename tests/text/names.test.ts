import { describe, expect, it } from 'vitest'
import { random } from '../../bench/align-eval/generate.js'
import { hasWord } from '../../src/text/names.js'
import { wordSpans } from '../../src/text/word-spans.js'
import { shippedTexts } from '../shipped-texts.js'

// what hasWord stands for: reading every word of the text and looking for this one
const byReadingAll = (text: string, word: string) => wordSpans(text).some((w) => w.word === word)

describe('hasWord', () => {
  it('finds a word only where forEachWord reads it whole', () => {
    expect(hasWord('The co-chair spoke', 'chair')).toBe(false)
    expect(hasWord('The co-chair spoke', 'co-chair')).toBe(true)
    expect(hasWord("reporters' notes, reporters", 'reporters')).toBe(true)
    expect(hasWord('chairs and chair-', 'chair')).toBe(true)
    expect(hasWord('𝐀chair 𝐀-chair', 'chair')).toBe(false)
    expect(hasWord('-chair', 'chair')).toBe(true)
  })

  it('answers as reading all the words does, for every word of every shipped text', () => {
    for (const [, text] of shippedTexts()) {
      const words = new Set(wordSpans(text).map((w) => w.word))
      for (const word of words) expect(hasWord(text, word.toLowerCase())).toBe(byReadingAll(text, word.toLowerCase()))
    }
  })

  it('answers as reading all the words does on 3,000 random strings, their words, pieces of them and other strings', () => {
    const next = random(17)
    const alphabet = ['a', 'b', 'é', '\u0301', '7', "'", '’', '-', ' ', '.', '𝐀', '芳', '\ud800', '\udc00', '\u00a0']
    const pick = (length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]!).join('')
    for (let k = 0; k < 3000; k++) {
      const text = pick(Math.floor(next() * 24))
      // the text's words, pieces of them and of the text around them, and strings it may not hold
      const from = Math.floor(next() * text.length)
      const piece = text.slice(from, from + 1 + Math.floor(next() * 4))
      const words = [...wordSpans(text).flatMap((w) => [w.word, w.word.slice(1), w.word.slice(0, -1)]), piece, pick(1 + Math.floor(next() * 3))]
      for (const word of words) expect(hasWord(text, word)).toBe(byReadingAll(text, word))
    }
  })
})
