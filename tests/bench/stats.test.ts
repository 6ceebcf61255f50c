import { describe, expect, it } from 'vitest'
import { countPairs, kendallTauB, kendallTauLike, mean, pearson } from '../../bench/stats.js'

// Anscombe's quartet: sets I and IV look nothing alike yet share r ≈ 0.816; expected values from scipy 1.10
// (scipy.stats.pearsonr / kendalltau, whose default is tau-b).
const ANSCOMBE_X1 = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5]
const ANSCOMBE_Y1 = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68]
const ANSCOMBE_X4 = [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8]
const ANSCOMBE_Y4 = [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89]

describe('pearson', () => {
  it('matches scipy on Anscombe I and IV', () => {
    expect(pearson(ANSCOMBE_X1, ANSCOMBE_Y1)).toBeCloseTo(0.81642051634484, 12)
    expect(pearson(ANSCOMBE_X4, ANSCOMBE_Y4)).toBeCloseTo(0.816521436888503, 12)
  })
  it('is ±1 on exact lines and undefined for a constant side', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12)
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12)
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNaN()
  })
  it('refuses unpaired input', () => {
    expect(() => pearson([1, 2], [1])).toThrow(RangeError)
  })
})

describe('kendallTauB', () => {
  it('matches scipy on its documented example, which has ties on both sides', () => {
    expect(kendallTauB([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-0.4714045207910316, 12)
  })
  it('matches scipy on Anscombe I (no ties) and IV (ten tied x values)', () => {
    expect(kendallTauB(ANSCOMBE_X1, ANSCOMBE_Y1)).toBeCloseTo(0.6363636363636364, 12)
    expect(kendallTauB(ANSCOMBE_X4, ANSCOMBE_Y4)).toBeCloseTo(0.42640143271122083, 12)
  })
  it('is 1 for the same order, -1 for the reverse, NaN when one side is all ties', () => {
    expect(kendallTauB([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1)
    expect(kendallTauB([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1)
    expect(kendallTauB([1, 2, 3], [0, 0, 0])).toBeNaN()
  })
})

describe('kendallTauLike (WMT DARR convention)', () => {
  // metric [1,2,2,3] vs gold [1,2,3,3], worked by hand over the 6 pairs:
  // (0,1) (0,2) (0,3) (1,3) concordant; (1,2) metric tie on a gold-separated pair → discordant;
  // (2,3) gold tie → skipped. tau-like = (4 − 1) / 5 = 0.6, whereas tau-b = 4 / √((4+1)·(4+1)) = 0.8.
  const metric = [1, 2, 2, 3]
  const gold = [1, 2, 3, 3]
  it('counts metric ties as discordant and skips gold ties', () => {
    expect(countPairs(metric, gold)).toEqual({ concordant: 4, discordant: 0, tiedX: 1, tiedY: 1, tiedBoth: 0 })
    expect(kendallTauLike(metric, gold)).toBeCloseTo(0.6, 12)
    expect(kendallTauB(metric, gold)).toBeCloseTo(0.8, 12)
  })
  it('gives a metric that ties everything -1, not 0', () => {
    expect(kendallTauLike([5, 5, 5], [1, 2, 3])).toBe(-1)
  })
})

describe('mean', () => {
  it('averages, and is NaN for nothing', () => {
    expect(mean([1, 2, 6])).toBe(3)
    expect(mean([])).toBeNaN()
  })
})
