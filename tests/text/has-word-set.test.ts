// names.ts answers hasWord from a set of the text's words once it has been asked many different words (a text of
// 100,000 one-line sentences asked once a line): the set must answer what hasWord answers.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { forEachWord } from '../../src/text/words.js'
import { hasWord } from '../../src/text/names.js'

const alphabet = fc.constantFrom('a', 'b', 'B', '-', "'", '’', ' ', '.', '1', 'é', '\u0301', '𝐀', '_', '‐', '·', '\n', '&')
const string = (maxLength: number, minLength = 0) => fc.array(alphabet, { minLength, maxLength }).map((units) => units.join(''))

describe('the set of words forEachWord reads', () => {
  it('holds a word exactly when hasWord finds it', () => {
    fc.assert(
      fc.property(string(30), string(4, 1), (text, word) => {
        const words = new Set<string>()
        forEachWord(text, (start, end) => words.add(text.slice(start, end)))
        expect(words.has(word)).toBe(hasWord(text, word))
      }),
      { numRuns: 20_000 },
    )
  })
})
