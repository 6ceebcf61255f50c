import { describe, expect, it } from 'vitest'
import { random } from '../../bench/align-eval/generate.js'
import { WORD } from '../../src/text/words.js'
import { wordSpans } from '../../src/text/word-spans.js'
import { shippedTexts } from '../shipped-texts.js'

const byPattern = (text: string) => [...text.matchAll(WORD)].map((m) => ({ word: m[0], index: m.index }))

describe('wordSpans', () => {
  it('finds the words and offsets of WORD on every shipped text', () => {
    for (const [, text] of shippedTexts()) expect(wordSpans(text)).toEqual(byPattern(text))
  })

  it('finds them on marks, astral letters and digits, separators with nothing after them, lone surrogates', () => {
    const text = "e\u0301te 𝐀𝐁c-𝐀 x'’y 1.2.3, 4,5. 6.. -a 'b 12a3 ǅx don’t Sok-gil- 芳芳一人食 ٣٤ \ud800x \udc00 𝟘-𝟙 a--b a'"
    expect(wordSpans(text)).toEqual(byPattern(text))
  })

  it('finds them on 2,000 random strings of letters, digits, separators and spaces', () => {
    const next = random(11)
    const alphabet = ["a", "Z", "é", "\u0301", "7", "'", "’", "-", " ", ".", "𝐀", "芳", "\ud800", "\u00a0", "Ⅻ"]
    for (let k = 0; k < 2000; k++) {
      const text = Array.from({ length: Math.floor(next() * 20) }, () => alphabet[Math.floor(next() * alphabet.length)]!).join('')
      expect(wordSpans(text)).toEqual(byPattern(text))
    }
  })
})
