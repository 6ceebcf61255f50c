import { describe, expect, it } from 'vitest'
import check from '../../src/checks/number-mismatch.js'
import { findingsOf, seedText, spanText } from '../helpers.js'
import { REWRITE_PAIRS, SELF_PAIRS } from '../rewrites.js'

const REFERENCE = seedText('reference')
const BIDEN = 'Earlier this week, US President Joe Biden promised 31 Abrams tanks, one of the most powerful and sophisticated weapons in the US army, to help Kyiv fight off Moscow\'s invasion.'

describe('number-mismatch', () => {
  it.each([
    ['a count in a seed sentence', BIDEN, BIDEN.replace('31 Abrams', '13 Abrams'), '13', '31'],
    ['a count written in words', BIDEN, BIDEN.replace('31 Abrams', 'thirteen Abrams'), 'thirteen', '31'],
    ['a weekday', 'He met top South Korean officials Sunday, and on Monday urged Seoul to do more to help Kyiv.', 'He met top South Korean officials Sunday, and on Tuesday urged Seoul to do more to help Kyiv.', 'Tuesday', 'Monday'],
    ['a score', 'Manchester City beat Manchester United 2-1 at Wembley on Saturday to win the FA Cup.', 'Manchester City beat Manchester United 2-0 at Wembley on Saturday to win the FA Cup.', '2-0', '2-1'],
    ['a percentage', 'The Dow Jones Industrial Average fell 1.29% to 33,002.38 points on Tuesday.', 'The Dow Jones Industrial Average fell 12.9% to 33,002.38 points on Tuesday.', '12.9%', '1.29%'],
    ['an amount of money', 'Meloni promised an initial 20 million euros in emergency funds for the flooded region.', 'Meloni promised an initial €200 million in emergency funds for the flooded region.', '€200 million', '20 million euros'],
    ['a calendar date', 'The spill was first reported on March 14, 2019, the Commission said.', 'The spill was first reported on 4 March 2019, the Commission said.', '4 March', 'March 14'],
    ['a year', 'The treaty was ratified in 2014 to tightly control who gets weapons.', 'The treaty was ratified in 2004 to tightly control who gets weapons.', '2004', '2014'],
  ])('flags %s', (_, reference, text, shown, expected) => {
    const findings = findingsOf(check, text, { reference })
    expect(findings.map((f) => spanText(text, f))).toEqual([shown])
    expect(findings[0]!.severity).toBe('major')
    expect(spanText(reference, findings[0]!.reference!)).toBe(expected)
    expect(findings[0]!.message).toContain(`\`${expected}\``)
  })

  it.each([
    ['digits for words', 'At least fourteen vessels diverted to Antwerp during the strike.', 'At least 14 vessels diverted to Antwerp during the strike.'],
    ['thousands written three ways', 'Washington intends to buy 100,000 artillery rounds from South Korean makers.', 'Washington intends to buy 100 000 artillery rounds from South Korean makers, or 100k rounds.'],
    ['percent in words', 'Wages rise by 7.5% over two years under the deal, the union said.', 'Wages rise by 7.5 per cent over two years under the deal, the union said.'],
    ['US$ and dollars', 'Brent crude settled at $90.92 a barrel on Tuesday, down more than 1%.', 'Brent crude settled at US$90.92 a barrel on Tuesday, down more than one percent.'],
    ['a rounded figure', 'The Dow fell 1.29% to 33,002.38 as a crowd of 83,179 watched.', 'The Dow fell 1.3% to 33,002 as more than 83,000 watched.'],
    ['a day-month date for a month-day date', 'The spill was first reported on March 14, 2019.', 'The spill was first reported on 14 March 2019.'],
    ['a weekday beside a calendar date', 'Stoltenberg asked South Korea on Monday to step up military support.', 'Stoltenberg asked South Korea on January 30 to step up military support.'],
    ['an added fact of the same kind', 'Biden promised 31 Abrams tanks to help Kyiv.', 'The United States sends 31 M1 Abrams tanks and the United Kingdom has pledged 14 Challenger tanks to help Kyiv.'],
    ['a model number', 'Germany will send 14 of its Leopard tanks.', 'Germany will send 14 of its Leopard 2 tanks.'],
    ['a score read the other way round', 'City beat United 2-1 in the final.', 'United lost 1-2 to City in the final.'],
  ])('stays silent on %s', (_, reference, text) => {
    expect(findingsOf(check, text, { reference })).toEqual([])
  })

  it('stays silent on the seed variants against 000', () => {
    for (const name of ['native', 'greek', 'indonesian', 'french'] as const) expect(findingsOf(check, seedText(name), { reference: REFERENCE })).toEqual([])
  })

  it.each(REWRITE_PAIRS)('stays silent on a native rewrite of %s', (_, reference, rewrite) => {
    expect(findingsOf(check, rewrite, { reference })).toEqual([])
  })

  it.each(SELF_PAIRS)('stays silent on %s against itself', (_, text) => {
    expect(findingsOf(check, text, { reference: text })).toEqual([])
  })
})
