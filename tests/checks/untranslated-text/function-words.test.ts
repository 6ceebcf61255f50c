import { describe, expect, it } from 'vitest'
import { functionWordOf } from '../../../src/checks/untranslated-text/function-words.js'

describe('functionWordOf', () => {
  it('names every language a word is a function word of, in the lexicon’s order', () => {
    expect(functionWordOf('que')).toEqual(['fra', 'spa'])
    expect(functionWordOf('entre')).toEqual(['spa', 'por'])
    expect(functionWordOf('yang')).toEqual(['ind'])
  })

  it('names none for English words, name particles and words of no lexicon', () => {
    for (const word of ['the', 'von', 'de', 'Seoul', '']) expect(functionWordOf(word)).toEqual([])
  })
})
