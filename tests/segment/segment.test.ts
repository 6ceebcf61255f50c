import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze.js'
import { doc, seedText } from '../helpers.js'

const sentences = (text: string) => analyze(doc(text), false).sentences.map((s) => s.text)

describe('segment', () => {
  it('does not end a sentence at an initial ("S. Korea", 000 headline) or a title', () => {
    expect(sentences("NATO chief asks S. Korea to 'step up' military support for Ukraine")).toHaveLength(1)
    expect(sentences('Dr. Kim met Gen. Lee on Jan. 5 in Seoul.')).toHaveLength(1)
  })

  it('keeps "a.m." inside a sentence when lower case follows, and splits when a capital follows', () => {
    expect(sentences('The figures came at 9 a.m. local time.')).toHaveLength(1)
    expect(sentences('The port opened at 9 a.m. The strike was over.')).toHaveLength(2)
  })

  it('splits the garbled break of 004 where the text has it', () => {
    expect(sentences(seedText('french'))).toContain('chase.')
  })

  it('keeps every span exact: sentence text is the slice of the document at its offsets', () => {
    for (const name of ['reference', 'native', 'greek', 'indonesian', 'french'] as const) {
      const text = seedText(name)
      for (const s of analyze(doc(text), false).sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
    }
  })
})
