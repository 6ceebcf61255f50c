import { readFileSync } from 'node:fs'
import stringSimilarity from 'string-similarity'
import { describe, expect, it } from 'vitest'
import { BigramVocabulary, bigramProfile, dice, joinProfiles } from '../../src/align/bigrams.js'
import { analyze } from '../../src/analyze.js'

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

  it('joins two sentences\' profiles into the profile of the two read as one (splits and merges are scored so)', () => {
    // 004's "…dozens of military planes." + "chase.", and every neighbouring pair of 000's sentences
    const pairs: [string, string][] = [['And one of Ukraine’s biggest military backers – Poland – last year signed a major arms deal with South Korea for hundreds of tanks and howitzers and dozens of military planes.', 'chase.']]
    const b = sentences('000_f38d99857537e291.txt')
    for (let i = 0; i + 1 < b.length; i++) pairs.push([b[i]!, b[i + 1]!])
    pairs.push(['', 'a b'], ['a', 'b'], ['Σ', 'Ä ä'])
    for (const [x, y] of pairs) {
      const v = new BigramVocabulary()
      const joined = joinProfiles(bigramProfile(x, v), bigramProfile(y, v), v)
      const direct = bigramProfile(`${x} ${y}`, v)
      expect({ ...joined, ids: [...joined.ids], counts: [...joined.counts] }).toEqual({ ...direct, ids: [...direct.ids], counts: [...direct.counts] })
    }
  })
})
