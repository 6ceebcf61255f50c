import { readFileSync } from 'node:fs'
import stringSimilarity from 'string-similarity'
import { describe, expect, it } from 'vitest'
import { BigramVocabulary, bigramProfile, dice } from '../../src/text/bigrams.js'
import { analyze } from '../../src/text/analyze.js'

const dir = 'reference/nato-stoltenberg-seoul-2023-01-30/'
const sentences = (file: string) =>
  analyze({ id: file, role: 'variant', text: readFileSync(dir + file, 'utf8') }, false).sentences.map((s) => s.text)

describe('Dice from bigram profiles', () => {
  it('equals string-similarity compareTwoStrings on every pair of real seed sentences (004 × 000)', () => {
    const a = sentences('004_bee3415c867dfb0a.txt')
    const b = sentences('000_f38d99857537e291.txt')
    const vocabulary = new BigramVocabulary()
    const pa = a.map((t) => bigramProfile(t, vocabulary))
    const pb = b.map((t) => bigramProfile(t, vocabulary))
    let compared = 0
    a.forEach((x, i) =>
      b.forEach((y, j) => {
        expect(dice(pa[i]!, pb[j]!)).toBeCloseTo(stringSimilarity.compareTwoStrings(x, y), 12)
        compared++
      }),
    )
    expect(compared).toBeGreaterThan(500)
  })

  it('keeps the library edge cases: identical texts 1, a one-letter text 0, repeated bigrams counted once each', () => {
    const v = new BigramVocabulary()
    for (const [x, y] of [['chase.', 'chase.'], ['a', 'ab'], ['aaaa', 'aa'], ['', ''], ['Kyiv', 'Kiev'], ['S. Korea', 'S.Korea']])
      expect(dice(bigramProfile(x!, v), bigramProfile(y!, v))).toBeCloseTo(stringSimilarity.compareTwoStrings(x!, y!), 12)
  })
})
