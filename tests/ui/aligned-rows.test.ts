import { describe, expect, test } from 'vitest'
import { alignedRows } from '../../src/ui/model/aligned-rows.js'
import { analyzed, link, variantResult } from './fixtures/build-result.js'
import { french, reference, storyResult } from './fixtures/story.js'

const frenchResult = () => storyResult().bundles[0]!.variants[1]!

describe('aligned rows', () => {
  test('follow the variant order, with a dropped reference sentence after the row of the one before it', () => {
    const rows = alignedRows(frenchResult(), reference)
    expect(rows.map((r) => [r.kind, r.variant.map((s) => s.index), r.reference.map((s) => s.index)])).toEqual([
      ['match', [0], [0]],
      ['split', [1, 2], [3]],
      // reference 4 follows reference 3, which the variant shows in its second row
      ['dropped', [], [4]],
      ['match', [3], [2]],
      ['match', [4], [1]],
      ['added', [5], []],
    ])
  })

  test('put each finding on the row of its sentence', () => {
    const rows = alignedRows(frenchResult(), reference)
    expect(rows.map((r) => r.findings.map((f) => f.check))).toEqual([
      [],
      ['spurious-break', 'fragment'],
      [],
      ['stray-punctuation'],
      ['name-drift'],
      [],
    ])
  })

  test('show sentences the aligner left out as rows of their own, so no text goes missing', () => {
    const partial = variantResult({ doc: french, score: 50, alignment: [link('match', [1, 2], [3])] }, reference)
    const rows = alignedRows(partial, reference)
    const variantSentences = rows.flatMap((r) => r.variant.map((s) => s.index))
    const referenceSentences = rows.flatMap((r) => r.reference.map((s) => s.index)).sort()
    expect(variantSentences).toEqual([0, 1, 2, 3, 4, 5])
    expect(referenceSentences).toEqual([0, 1, 2, 3, 4])
    expect(rows.filter((r) => r.kind === 'unaligned')).toHaveLength(8)
  })

  test('without a reference, list the variant alone', () => {
    const alone = analyzed('v', 'variant', ['One.', 'Two.'])
    const rows = alignedRows(variantResult({ doc: alone, score: 90 }, null), null)
    expect(rows.map((r) => [r.kind, r.reference.length, r.variant[0]?.text])).toEqual([
      ['unaligned', 0, 'One.'],
      ['unaligned', 0, 'Two.'],
    ])
  })
})
