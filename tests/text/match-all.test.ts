import { describe, expect, it } from 'vitest'
import { allMatches } from '../../src/text/match-all.js'

describe('allMatches', () => {
  it('finds what matchAll finds, empty matches, surrogate pairs and a set lastIndex included', () => {
    const patterns = [/x*/gu, /(?:)/g, /a|/gu, /\s+/g, /😀?/gu, /(?<=a)b*/gy, /[.!?]\s+[,;:]/gu, /(a)(b)?/gi, new RegExp('.?', 'gv')]
    const alphabet = ['a', 'A', 'b', 'x', ' ', '.', ',', '😀', '\n', '\uD800']
    let seed = 11
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
    for (let t = 0; t < 500; t++) {
      const text = Array.from({ length: random(30) }, () => alphabet[random(alphabet.length)]).join('')
      for (const re of patterns) {
        re.lastIndex = random(3)
        const lastIndex = re.lastIndex
        const expected = [...text.matchAll(re)].map((m) => [m.index, [...m]])
        expect(allMatches(text, re).map((m) => [m.index, [...m]])).toEqual(expected)
        expect(re.lastIndex).toBe(lastIndex)
      }
    }
  })

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches('a', /a/)).toThrow(TypeError)
  })
})
