import { describe, expect, it } from 'vitest'
import { synonymClass } from '../../src/align/synonyms.js'
import { evidenceKeys } from '../../src/align/words.js'

const shared = (a: string, b: string) => evidenceKeys(a).filter((k) => evidenceKeys(b).includes(k))

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
    expect(evidenceKeys('Stoltenberg stepped up his calls')).toEqual(['=increase', 'calls', 'stolt'])
  })
})
