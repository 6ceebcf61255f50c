import { describe, expect, it } from 'vitest'
import { chrfProfile, chrfStatistics, chrfStatisticsOnce } from '../../src/score/chrf-profile.js'

// The trie profile must count exactly what sacreBLEU's Counter of slices counts. An independent, naive
// version (a Map of n-gram strings over code points, as Python slices) is the oracle here.
function naiveStatistics(hyp: string, ref: string, order = 6): number[] {
  const grams = (text: string, n: number) => {
    const chars = Array.from(text.replace(/[\t\n\v\f\r \x85\xa0\u3000]+/g, ''))
    const counts = new Map<string, number>()
    for (let i = 0; i + n <= chars.length; i++) {
      const g = chars.slice(i, i + n).join('')
      counts.set(g, (counts.get(g) ?? 0) + 1)
    }
    return { counts, total: Math.max(0, chars.length - n + 1) }
  }
  const stats: number[] = []
  for (let n = 1; n <= order; n++) {
    const h = grams(hyp, n)
    const r = grams(ref, n)
    let match = 0
    for (const [g, c] of h.counts) match += Math.min(c, r.counts.get(g) ?? 0)
    stats.push(r.counts.size ? h.total : 0, r.total, match)
  }
  return stats
}

/** Deterministic pseudo-random text over a small alphabet, so n-grams repeat and collide in the hash table. */
function randomText(seed: number, length: number): string {
  const alphabet = ['a', 'b', 'c', ' ', 'é', '😀', '中', '\u3000']
  let x = seed
  let out = ''
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out += alphabet[(x >>> 16) % alphabet.length]
  }
  return out
}

describe('chrfProfile / chrfStatistics', () => {
  it('counts repeated n-grams with their multiplicity', () => {
    // "aaa" vs "aa": 1-grams 3 vs 2, 2 match; 2-grams 2 vs 1, 1 match; 3-grams: the reference has none,
    // so the hypothesis's one 3-gram is not counted; 4- to 6-grams: none on either side.
    expect(chrfStatistics(chrfProfile('aaa'), chrfProfile('aa'))).toEqual([3, 2, 2, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
  })

  it('agrees with a naive string-keyed count on 200 random pairs, short and long', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const hyp = randomText(seed, (seed * 7) % 300)
      const ref = randomText(seed * 31 + 7, (seed * 13) % 400)
      expect(chrfStatistics(chrfProfile(hyp), chrfProfile(ref))).toEqual(naiveStatistics(hyp, ref))
      // the hypothesis as text, read down the reference's trie without a profile of its own
      expect(chrfStatistics(hyp, chrfProfile(ref))).toEqual(naiveStatistics(hyp, ref))
    }
  })

  it('gives the same statistics with the reference profiled in scratch space, call after call', () => {
    // long and short references in turn: what a longer one left in the scratch space must not reach the next
    for (let seed = 1; seed <= 200; seed++) {
      const hyp = randomText(seed, (seed * 7) % 300)
      const ref = randomText(seed * 31 + 7, seed % 2 === 0 ? (seed * 13) % 400 : seed % 5)
      expect(chrfStatisticsOnce(hyp, ref)).toEqual(chrfStatistics(hyp, chrfProfile(ref)))
      expect(chrfStatisticsOnce(hyp, ref, 2)).toEqual(chrfStatistics(hyp, chrfProfile(ref, 2), 2))
    }
  })

  it('honours a lower maximum order', () => {
    const stats = chrfStatistics(chrfProfile('abcd', 2), chrfProfile('abce', 2))
    expect(stats).toEqual([4, 4, 3, 3, 3, 2])
    expect(chrfStatistics('abcd', chrfProfile('abce'), 2)).toEqual([4, 4, 3, 3, 3, 2])
  })

  it('reads a hypothesis whose matches overlap, end at the text\'s end and run past the longest order', () => {
    // the suffix links carry each position's match over to the next: "abcdefgh" against itself matches all
    // 6-grams, then the shorter n-grams at the end; "xabcdefghx" breaks the path at each end
    expect(chrfStatistics('abcdefgh', chrfProfile('abcdefgh'))).toEqual(naiveStatistics('abcdefgh', 'abcdefgh'))
    expect(chrfStatistics('xabcdefghx', chrfProfile('abcdefgh'))).toEqual(naiveStatistics('xabcdefghx', 'abcdefgh'))
    expect(chrfStatistics('aaaaaaaaaa', chrfProfile('aaaa'))).toEqual(naiveStatistics('aaaaaaaaaa', 'aaaa'))
  })

  it('counts a hypothesis n-gram up to the reference count only, however often the hypothesis repeats it', () => {
    // "ab" three times in the hypothesis, once in the reference: 1 match, not 3
    expect(chrfStatistics('ababab', chrfProfile('abx'), 2)).toEqual([6, 3, 2, 5, 2, 1])
  })

  it('keeps a lone surrogate as one character, as a Python str does', () => {
    expect(chrfProfile('a\ud800b').totals[0]).toBe(3)
    expect(chrfProfile('a😀b').totals[0]).toBe(3)
  })
})
