import { describe, expect, it } from 'vitest'
import { chrfProfile, corpusChrf, sentenceChrf } from '../../src/score/chrf.js'

// Expected scores are sacreBLEU's own (its test/test_chrf.py), asserted there to 1e-4. Most of its cases use
// β = 3 and switch between its two smoothing modes, so they pin down counting and averaging separately.
const EPS = 1e-4

describe('sentenceChrf, sacreBLEU defaults (β = 2, effective order)', () => {
  it('scores identical text 100 and disjoint text 0', () => {
    expect(sentenceChrf('Niemand hat die Absicht', 'Niemand hat die Absicht')).toBe(100)
    expect(sentenceChrf('abcdefg', 'hijklmnop')).toBe(0)
    expect(sentenceChrf('', 'reference')).toBe(0)
    expect(sentenceChrf('hypothesis', '')).toBe(0)
  })

  it('matches a case worked by hand, where β = 2 weighs recall over precision', () => {
    // hyp "abc", ref "ab": 1-grams: 2 of hyp's 3 match, both of ref's 2 → P = 2/3, R = 1.
    // 2-grams: "ab" of {ab, bc} matches → P = 1/2, R = 1. 3-grams: ref has none, order left out.
    // avg P = 7/12, avg R = 1; F2 = 5PR / (4P + R) = (35/12) / (40/12) = 0.875.
    expect(sentenceChrf('abc', 'ab')).toBeCloseTo(87.5, 10)
    // The converse swaps P and R, and recall counts more: F2 = 5·(7/12) / (4 + 7/12) = 35/55.
    expect(sentenceChrf('ab', 'abc')).toBeCloseTo((100 * 35) / 55, 10)
  })

  it('drops whitespace as Python does: NEL U+0085 is a space, the BOM U+FEFF is not', () => {
    expect(sentenceChrf('a b  c', 'abc')).toBe(100)
    expect(sentenceChrf('a\u0085b\u3000c', 'abc')).toBe(100)
    expect(sentenceChrf('a\ufeffbc', 'abc')).toBeLessThan(100)
  })

  it('counts characters by code point, as Python slices strings', () => {
    // By code point: 1-grams P = R = 1/2, 2-grams "😀a" vs "😀b" 0 → 25. By UTF-16 unit the surrogate
    // halves would match too and give a higher score.
    expect(sentenceChrf('😀a', '😀b')).toBeCloseTo(25, 10)
  })

  it('takes a precomputed profile in place of either text, with the same result', () => {
    const hyp = 'Lapali po dechu, jejich životy skončily dřív.'
    const ref = 'Lapali po dechu a pak jejich život skončil - dřív.'
    expect(sentenceChrf(chrfProfile(hyp), chrfProfile(ref))).toBe(sentenceChrf(hyp, ref))
  })
})

describe('sentenceChrf with ε smoothing (sacreBLEU test_chrf_sentence_level, β = 2)', () => {
  const cases: [string, string, number][] = [
    [
      'Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.',
      'Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.',
      39.14078509,
    ],
    [
      'Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.',
      'A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.',
      31.22557079,
    ],
    [
      'Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.',
      'Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.',
      57.15704367,
    ],
  ]
  it.each(cases)('%s', (hyp, ref, expected) => {
    expect(Math.abs(sentenceChrf(hyp, ref, { epsSmoothing: true }) - expected)).toBeLessThan(EPS)
  })
})

describe('corpusChrf (sacreBLEU test_chrf, β = 3)', () => {
  const epsCases: [string[], string[], number][] = [
    [['abcdefg'], ['hijklmnop'], 0],
    [['a'], ['b'], 0],
    [[''], ['reference'], 0],
    [['aa'], ['ab'], 8.3333],
    [['a', 'b'], ['a', 'c'], 8.3333],
    [['a'], ['a'], 16.6667],
    [['a b c'], ['a b c'], 50],
    [['a b c'], ['abc'], 50],
    [
      [' risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .'],
      ['risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .'],
      63.36173,
    ],
    [
      [' Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. '],
      ['Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.'],
      64.1302698,
    ],
  ]
  it.each(epsCases)('ε smoothing: %j vs %j', (hyps, refs, expected) => {
    expect(Math.abs(corpusChrf(hyps, refs, { beta: 3, epsSmoothing: true }) - expected)).toBeLessThan(EPS)
  })

  const effectiveCases: [string[], string[], number][] = [
    [['a'], ['a'], 100],
    [[''], ['reference'], 0],
    [['a b c'], ['abc'], 100],
    [['a', 'b'], ['a', 'c'], 50],
    [['aa'], ['ab'], 25],
  ]
  it.each(effectiveCases)('effective order: %j vs %j', (hyps, refs, expected) => {
    expect(Math.abs(corpusChrf(hyps, refs, { beta: 3 }) - expected)).toBeLessThan(EPS)
  })

  it('sums statistics, not scores, and counts no hypothesis n-grams where the reference has none', () => {
    // Segment 2's reference "x" has no 2- or 3-grams, so "xyz"'s are not counted (sacreBLEU's rule).
    // Sums: 1-grams (6, 4, 4), 2-grams (2, 2, 2), 3-grams (1, 1, 1) → avg P = 8/9, avg R = 1,
    // F2 = 5·(8/9) / (4·8/9 + 1) = 40/41. Counting them would give avg P = 5/9 and 25/29 instead.
    expect(corpusChrf(['abc', 'xyz'], ['abc', 'x'])).toBeCloseTo((100 * 40) / 41, 10)
  })

  it('refuses streams of different lengths', () => {
    expect(() => corpusChrf(['a'], [])).toThrow(RangeError)
  })
})
