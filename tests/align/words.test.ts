import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { synonymClass } from '../../src/align/synonyms.js'
import { tokens } from '../../src/align/tokens.js'
import { evidenceKeys } from '../../src/align/words.js'

const shared = (a: string, b: string) => evidenceKeys(a).filter((k) => evidenceKeys(b).includes(k)).sort()

describe('evidence keys read news-English synonyms as one', () => {
  it('finds what 002\'s quote shares with 000\'s summary line beyond "military"', () => {
    // "call on"/"asks", "Republic of Korea"/"South Korea", "escalate"/"step up", "assistance"/"support"
    expect(shared(
      '“I call on the Republic of Korea to continue and escalate military assistance,” Mr. Stoltenberg said.',
      "NATO Secretary General Jens Stoltenberg asks South Korea to 'step up' military support for Ukraine.",
    )).toEqual(['=aid', '=ask', '=increase', 'korea', 'milit', 'south', 'stolt'])
  })

  it('matches "arms … belligerent states" with "weapons … countries in conflict" (002 and 000)', () => {
    expect(shared(
      'several NATO allies who had a policy of never exporting arms to belligerent states have now changed their policy',
      'countries like Germany and Norway that had "long-standing policies not to export weapons to countries in conflict" which they revised',
    )).toEqual(['=arms', '=change', '=conflict', 'expor', 'polic'])
  })

  it('reads a country under its other names, but not North Korea\'s formal name as South Korea', () => {
    expect(shared('heavy armor from the United States, which sends 31 M1 Abrams tanks', 'US President Joe Biden promised 31 Abrams tanks'))
      .toEqual(['#31', 'abram', 'tanks', 'usa'])
    expect(evidenceKeys("the Democratic People's Republic of Korea")).not.toContain('south')
  })

  it('gives a verb that only attributes a quote no evidence, and leaves other words to their stems', () => {
    expect(evidenceKeys('“We are very clear,” he added.')).toEqual(['clear'])
    expect(synonymClass('escalating')).toBe('=increase')
    expect(synonymClass('countries')).toBeUndefined()
    expect(evidenceKeys('Stoltenberg stepped up his calls')).toEqual(['stolt', '=increase', 'calls'])
  })

  it('cuts the same tokens as the regular expression it replaces, on every seed text', () => {
    const TOKEN = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,]\d+)*/gu
    const dir = 'reference/nato-stoltenberg-seoul-2023-01-30/'
    // the seed texts, and marks, astral letters, separators with nothing after them
    const texts = [...readdirSync(dir).map((f) => readFileSync(dir + f, 'utf8')), "e\u0301te 𝐀𝐁c-𝐀 x'’y 1.2.3, 4,5. 6.. -a 'b 12a3 ǅx"]
    for (const text of texts) expect(tokens(text)).toEqual([...text.matchAll(TOKEN)].map((m) => m[0]))
  })

  it('cuts the same tokens as the regular expression on random strings of ASCII, accented, marked, astral and other-script characters', () => {
    const TOKEN = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,]\d+)*/gu
    const alphabet = ['a', 'Z', 'é', '\u0301', '𝐀', '1', '9', '.', ',', "'", '’', '-', ' ', '\n', '_', '@', '[', '`', '{', 'ǅ', '中', 'Ω', '٣']
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let k = 0; k < 5000; k++) {
      const text = Array.from({ length: Math.floor(next() * 20) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
      expect(tokens(text)).toEqual([...text.matchAll(TOKEN)].map((m) => m[0]))
    }
  })
})
