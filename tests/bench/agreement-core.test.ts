import { describe, expect, it } from 'vitest'
import { agreement, agreementFigures } from '../../bench/agreement-core.js'
import { makeJudged } from './make-judged.js'

// Three systems over two documents of different length (1 and 3 lines). Human MQM per segment:
// good: 0 | 0 0 0 → 0/seg · fair: 4 | 1 1 2 → 2/seg · poor: 0 | 4 4 4 → 3/seg.
// Note "poor" is better than "fair" on document 1: only a line-weighted system mean ranks it last.
const judged = [
  makeJudged('d1', 'good', ['a'], [0]),
  makeJudged('d1', 'fair', ['a'], [4]),
  makeJudged('d1', 'poor', ['a'], [0]),
  makeJudged('d2', 'good', ['a', 'b', 'c'], [0, 0, 0]),
  makeJudged('d2', 'fair', ['a', 'b', 'c'], [1, 1, 2]),
  makeJudged('d2', 'poor', ['a', 'b', 'c'], [4, 4, 4]),
]

describe('agreement', () => {
  it('weights each document by its lines on both sides, and negates MQM (lower MQM is better)', () => {
    // A metric that is the human judgement itself, as a variant mean and per-line −MQM.
    const outputs = judged.map((j) => ({
      score: -j.mqm.reduce((a, b) => a + b, 0) / j.mqm.length,
      sentences: j.mqm.map((m) => -m),
    }))
    const a = agreement(judged, outputs)
    const rounded = a.table.map((r) => [r.system, +r.metric.toFixed(9) || 0, +r.mqm.toFixed(9)])
    expect(rounded).toEqual([
      ['fair', -2, 2],
      ['good', 0, 0],
      ['poor', -3, 3],
    ])
    expect(a.systemPearson).toBeCloseTo(1, 12)
    expect(a.systemKendall).toBeCloseTo(1, 12)
    expect(a.segmentKendall).toBeCloseTo(1, 12)
    expect(a.segments).toBe(12)
  })

  it('reports a metric that ranks systems backwards as negative', () => {
    const outputs = judged.map((j) => ({ score: j.mqm.reduce((a, b) => a + b, 0), sentences: [...j.mqm] }))
    const a = agreement(judged, outputs)
    expect(a.systemKendall).toBeCloseTo(-1, 12)
    expect(a.segmentKendall).toBeCloseTo(-1, 12)
  })

  it('refuses outputs that do not fit the variants', () => {
    expect(() => agreement(judged, [])).toThrow(RangeError)
    const short = judged.map(() => ({ score: 0, sentences: [0] }))
    expect(() => agreement(judged, short)).toThrow(/d2 \/ good: 1 sentence values for 3 lines/)
  })

  it('rounds figures to 3 decimals and writes undefined correlations as null', () => {
    const flat = judged.map((j) => ({ score: 50, sentences: j.lines.map(() => 50) }))
    const figures = agreementFigures(agreement(judged, flat))
    expect(figures).toMatchObject({ systems: 3, segments: 12, systemPearson: null, segmentKendall: null })
    expect(figures['segmentTauLike']).toBe(-1)
  })
})
