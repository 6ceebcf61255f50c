import { describe, expect, it } from 'vitest'
import { allMatches } from '../../../src/text/match-all.js'
import { DIGITS, digitMatches, quantities } from '../../../src/checks/number-mismatch/quantities.js'
import { seedText } from '../../helpers.js'
import { REWRITE_PAIRS } from '../../rewrites.js'

describe('digitMatches', () => {
  it('finds what the DIGITS pattern finds, on random text of digits, separators, letters and currency signs', () => {
    const alphabet = ['1', '2', '0', '9', ',', '.', ' ', '\u00a0', '-', '$', 'US$', 'U', 'S', '€', '£', '¥', 'k', 'm', 'bn', 'th', 'st', 'a', 'É', '%']
    let seed = 7
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
    for (let t = 0; t < 3000; t++) {
      const text = Array.from({ length: random(24) }, () => alphabet[random(alphabet.length)]).join('')
      expect(digitMatches(text).map((m) => [m.index, [...m]])).toEqual(allMatches(text, DIGITS).map((m) => [m.index, [...m]]))
    }
  })

  it('finds what the DIGITS pattern finds on the shipped texts', () => {
    for (const text of [seedText('reference'), ...REWRITE_PAIRS.flatMap(([, reference, rewrite]) => [reference, rewrite])]) {
      expect(digitMatches(text).map((m) => [m.index, [...m]])).toEqual(allMatches(text, DIGITS).map((m) => [m.index, [...m]]))
    }
  })
})

describe('quantities', () => {
  it('reads a model number after a name as no quantity, and a number after a sentence-initial word as one', () => {
    expect(quantities('The Leopard 2 and the M1 Abrams arrived.').map((q) => q.value)).toEqual([])
    expect(quantities('Kyiv asked for 31 Abrams tanks in March 2023.').map((q) => [q.kind, q.value])).toEqual([['count', 31], ['year', 2023]])
    expect(quantities('Around 300 people came.').map((q) => [q.kind, q.value, q.approximate])).toEqual([['count', 300, true]])
  })
})
