import { describe, expect, it } from 'vitest'
import { quoteWords } from '../../../src/checks/quotation-drift/quotes.js'

describe('quoteWords', () => {
  it('spells contractions out and leaves editorial insertions out, keeping offsets', () => {
    const text = 'We don’t want (the Ukrainians) to lose, it’s clear'
    expect(quoteWords(text).map((w) => [w.word, text.slice(w.start, w.end)])).toEqual([
      ['we', 'We'], ['do', 'don’t'], ['not', 'don’t'], ['want', 'want'], ['to', 'to'], ['lose', 'lose'], ['it', 'it’s'], ['is', 'it’s'], ['clear', 'clear'],
    ])
  })

  it('reads words that are also names of Object methods ("the constructor said", "toString")', () => {
    expect(quoteWords('the constructor said toString').map((w) => w.word)).toEqual(['the', 'constructor', 'said', 'tostring'])
  })
})
