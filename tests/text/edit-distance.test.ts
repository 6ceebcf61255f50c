import { describe, expect, it } from 'vitest'
import { random } from '../../bench/align-eval/generate.js'
import { levenshtein, localAlignment } from '../../src/text/edit-distance.js'

// Smith–Waterman as first written (a row array each, a record per better cell, unshift in the trace back): the
// flat-matrix version in src must give the same pairs, ties and all, since quotation-drift reports from them.
function plainLocalAlignment(a: readonly string[], b: readonly string[]) {
  const score = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1))
  let best = { score: 0, i: 0, j: 0 }
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const diagonal = score[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 6 : -2)
      const value = Math.max(0, diagonal, score[i - 1]![j]! - 1, score[i]![j - 1]! - 1)
      score[i]![j] = value
      if (value > best.score) best = { score: value, i, j }
    }
  }
  const pairs: [number, number][] = []
  let { i, j } = best
  while (i > 0 && j > 0 && score[i]![j]! > 0) {
    const here = score[i]![j]!
    if (a[i - 1] === b[j - 1] && here === score[i - 1]![j - 1]! + 6) {
      pairs.unshift([i - 1, j - 1])
      i--
      j--
    } else if (here === score[i - 1]![j - 1]! - 2) {
      i--
      j--
    } else if (here === score[i - 1]![j]! - 1) i--
    else j--
  }
  return pairs
}

describe('localAlignment', () => {
  it('aligns a retranslated quote on the words both renderings share', () => {
    const a = 'if we do not want authoritarianism and tyranny to win they need weapons'.split(' ')
    const b = 'if we do not want autocracy and tyranny to win then they need weapons'.split(' ')
    const alignment = localAlignment(a, b)
    expect(alignment.gaps).toEqual([{ a: [5, 6], b: [5, 6] }, { a: [10, 10], b: [10, 11] }])
    expect([alignment.a, alignment.b, alignment.matched]).toEqual([[0, 13], [0, 14], 12])
  })

  it('finds the pairs of the plain implementation on 3,000 random pairs of word lists, ties included', () => {
    // a vocabulary of five words makes ties between the paths common
    const next = random(7)
    const words = (n: number) => Array.from({ length: n }, () => 'abcde'[Math.floor(next() * 5)]!)
    for (let k = 0; k < 3000; k++) {
      const a = words(Math.floor(next() * 14))
      const b = words(Math.floor(next() * 14))
      expect(localAlignment(a, b).pairs).toEqual(plainLocalAlignment(a, b))
    }
  })
})

describe('levenshtein', () => {
  // the textbook recurrence, a fresh row each time, for the reused rows of src to be held against
  function plainLevenshtein(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
    for (let i = 1; i <= a.length; i++) {
      const current = [i]
      for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1))
      previous = current
    }
    return previous[b.length]!
  }

  it('measures name tokens: "stoltenburg" / "stoltenberg" is 1, "sukyeol" / "sokgil" is 4', () => {
    expect(levenshtein('stoltenburg', 'stoltenberg')).toBe(1)
    expect(levenshtein('sukyeol', 'sokgil')).toBe(4)
    expect(levenshtein('', 'kyiv')).toBe(4)
  })

  it('gives the plain recurrence\'s distance on 3,000 random pairs, short and past the reused rows\' first size', () => {
    const next = random(5)
    const word = () => Array.from({ length: Math.floor(next() * (next() < 0.05 ? 150 : 12)) }, () => 'abcé'[Math.floor(next() * 4)]!).join('')
    for (let k = 0; k < 3000; k++) {
      const [a, b] = [word(), word()]
      expect(levenshtein(a, b)).toBe(plainLevenshtein(a, b))
    }
  })
})
