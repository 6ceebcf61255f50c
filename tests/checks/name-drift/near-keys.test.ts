import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LONGEST, NearKeys } from '../../../src/checks/name-drift/near-keys.js'
import { levenshtein } from '../../../src/text/edit-distance.js'

// name-drift looks a long text's names up in NearKeys instead of testing each against the token: a key the index
// misses is a near miss never reported, so the index must return every key nearMiss could accept by similarity.
const key = fc.stringMatching(/^[a-e]{4,19}$/)

describe('NearKeys', () => {
  // 4: a quarter of the letters (editSimilarity 0.75, after a shared title); 6: a sixth (0.85, or one consonant dropped)
  it.each([4, 6])('returns every stored key of the same first letter within one edit in %i letters of the longer key', (lettersPerEdit) => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 40 }), key, (stored, t) => {
        const index = new NearKeys(lettersPerEdit)
        for (const u of stored) index.add(u)
        const found = index.near(t)
        for (const u of stored) {
          if (u[0] === t[0] && lettersPerEdit * levenshtein(t, u) <= Math.max(t.length, u.length)) expect(found.has(u)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('stores and looks up no key longer than any name, whatever its letters', () => {
    const index = new NearKeys(4)
    const long = 'm' + 'abcdefghijklmnopqrstuvwxyz'.slice(0, LONGEST)
    // all of a long key's deletion strings would be tens of millions; it is not stored, and not looked up
    index.add(long)
    index.add('mohammed')
    expect([...index.near(long)]).toEqual([])
    expect([...index.near('mohamed')]).toEqual(['mohammed'])
  })

  it('finds "stoltenberg" for "stoltenbreg" and "stoltenburg", not "seoul"', () => {
    const index = new NearKeys(4)
    for (const u of ['stoltenberg', 'seoul', 'stockholm']) index.add(u)
    expect([...index.near('stoltenbreg')]).toEqual(['stoltenberg'])
    expect([...index.near('stoltenburg')]).toEqual(['stoltenberg'])
  })
})
