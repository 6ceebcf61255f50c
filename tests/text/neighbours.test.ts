import { describe, expect, it } from 'vitest'
import { sentenceAt, storyMatches } from '../../src/text/neighbours.js'
import type { AnalyzedDocument, Sentence } from '../../src/types.js'

// a document of two story zones around an empty boilerplate one, and one sentence a story zone
function documentOf(text: string, cut: number): AnalyzedDocument {
  const sentence = (index: number, start: number, end: number) => ({ index, start, end, text: text.slice(start, end), zone: 'body', paragraph: index }) as unknown as Sentence
  return {
    doc: { id: 'test', text },
    zones: [
      { kind: 'body', start: 0, end: cut },
      { kind: 'boilerplate', start: cut, end: cut },
      { kind: 'body', start: cut, end: text.length },
    ],
    sentences: [sentence(0, 0, cut), sentence(1, cut, text.length)],
  } as unknown as AnalyzedDocument
}

describe('storyMatches', () => {
  it('finds what matchAll finds zone by zone, empty matches and surrogate pairs included', () => {
    const patterns = [/x*/gu, /(?:)/g, /a|/gu, /\s+/g, /😀?/gu, /(?<=a)b*/gy, /[.!?]\s+[,;:]/gu]
    const alphabet = ['a', 'b', 'x', ' ', '.', ',', '😀', '\n', '\uD800']
    let seed = 7
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n)
    for (let t = 0; t < 500; t++) {
      const text = Array.from({ length: random(30) }, () => alphabet[random(alphabet.length)]).join('')
      const document = documentOf(text, random(text.length + 1))
      for (const re of patterns) {
        const expected = document.zones
          .filter((z) => z.kind !== 'boilerplate')
          .flatMap((z) => [...text.slice(z.start, z.end).matchAll(re)].map((m) => [z.start + m.index, [...m]]))
        expect([...storyMatches(document, re)].map((m) => [m.start, [...m.match]])).toEqual(expected)
        expect(re.lastIndex).toBe(0)
      }
    }
  })

  it('reads the sentence at each offset as a scan of the sentences would', () => {
    const text = 'One. Two three. Four.'
    const document = documentOf(text, 5)
    for (let offset = -1; offset <= text.length + 1; offset++)
      expect(sentenceAt(document, offset)).toBe(document.sentences.find((s) => s.start <= offset && offset < s.end))
  })
})
