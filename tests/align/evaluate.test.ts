import { describe, expect, it } from 'vitest'
import { scoreAlignments } from '../../bench/align-eval/evaluate.js'

// Worked by hand from vecalign's score.py: precision counts insertions/deletions, recall leaves them out.
describe('strict and lax precision/recall (vecalign score.py)', () => {
  const gold = [
    { variant: [0], reference: [0] },
    { variant: [1, 2], reference: [1] },
    { variant: [3], reference: [] },
    { variant: [], reference: [2] },
  ]
  it('is 1 everywhere for the gold itself', () => {
    expect(Object.values(scoreAlignments([gold], [gold]))).toEqual([1, 1, 1, 1, 1, 1])
  })
  it('counts a half-found split as a lax hit but a strict miss', () => {
    const test = [
      { variant: [0], reference: [0] },
      { variant: [1], reference: [1] }, // lax: shares variant 1 and reference 1 with the gold split
      { variant: [2], reference: [] }, // a wrong insertion: neither strict nor lax
      { variant: [3], reference: [] }, // right insertion: strict
      { variant: [], reference: [2] }, // right deletion: strict
    ]
    const s = scoreAlignments([gold], [test])
    expect(s.precisionStrict).toBeCloseTo(3 / 5)
    expect(s.precisionLax).toBeCloseTo(4 / 5)
    // recall: gold without insertions/deletions = 2 alignments; test without = 2; strict 1 of 2, lax 2 of 2
    expect(s.recallStrict).toBeCloseTo(1 / 2)
    expect(s.recallLax).toBeCloseTo(1)
    expect(s.f1Strict).toBeCloseTo((2 * 0.6 * 0.5) / 1.1)
  })
})
