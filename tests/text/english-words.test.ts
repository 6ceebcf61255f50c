import { describe, expect, it } from 'vitest'
import { ENGLISH_FUNCTION_WORDS, functionWordSubset } from '../../src/text/english-words.js'
import { FREQUENT_ENGLISH_WORDS } from '../../src/language/language.js'

describe('the one English function-word list', () => {
  it('gives a named subset of its own words', () => {
    expect([...functionWordSubset('the of and')]).toEqual(['the', 'of', 'and'])
  })

  it('refuses a subset word it does not hold, naming it', () => {
    expect(() => functionWordSubset('the said of')).toThrow(/: said$/)
  })

  it('holds every function word the language evidence counts; the rest are the three content words named there', () => {
    expect([...FREQUENT_ENGLISH_WORDS].filter((w) => !ENGLISH_FUNCTION_WORDS.has(w)).sort()).toEqual(['more', 'one', 'said'])
  })
})
