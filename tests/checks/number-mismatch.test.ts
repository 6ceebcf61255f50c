import { describe, expect, it } from 'vitest'
import check from '../../src/checks/number-mismatch.js'
import { findingsOf, seedText, spanText } from '../helpers.js'
import { REWRITE_PAIRS, SELF_PAIRS } from '../rewrites.js'

const REFERENCE = seedText('reference')
const fixture = (name: string) => REWRITE_PAIRS.find(([n]) => n === name)![1]
// Any aligner links a sentence best inside a story (the reorder-robust one scores a pair against the sentences
// around it), so each case is one sentence changed in a whole text, or one pair between shared sentences.
const story = (sentence: string) =>
  `The ministry published the figures on its website late on Thursday. ${sentence} Officials declined to comment further on the report, which runs to forty pages.`

describe('number-mismatch', () => {
  it.each([
    ['a count in a seed sentence', REFERENCE, '31 Abrams tanks', '13 Abrams tanks', '13', '31'],
    ['a count written in words', REFERENCE, '31 Abrams tanks', 'thirteen Abrams tanks', 'thirteen', '31'],
    ['a weekday', REFERENCE, 'and on Monday urged Seoul', 'and on Tuesday urged Seoul', 'Tuesday', 'Monday'],
    ['a score', fixture('cup-final.txt'), 'beating Manchester United 2-1', 'beating Manchester United 2-0', '2-0', '2-1'],
    ['a percentage', fixture('markets-close.txt'), 'or 1.29%', 'or 12.9%', '12.9%', '1.29%'],
    ['an amount of money', fixture('flood-aid.txt'), 'an initial 20 million euros', 'an initial €200 million', '€200 million', '20 million euros'],
    ['a calendar date', fixture('court-ruling.txt'), 'first reported on March 14, 2019', 'first reported on 4 March 2019', '4 March', 'March 14'],
    ['a year', fixture('court-ruling.txt'), 'imposed the fine in November 2021', 'imposed the fine in November 2012', '2012', '2021'],
  ])('flags %s', (_, reference, from, to, shown, expected) => {
    const text = reference.replace(from, to)
    // other copies that give the reference's figure show that this copy, not the story, changed it
    const findings = findingsOf(check, text, { reference, others: [reference, reference] })
    expect(findings.map((f) => spanText(text, f))).toEqual([shown])
    expect(findings[0]!.severity).toBe('minor')
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
    expect(findingsOf(check, story(text), { reference: story(reference) })).toEqual([])
  })

  it('is major in sentence-parallel input, where every copy translates the same sentence', () => {
    const reference = 'The ministry published the figures on Thursday.\nThe United States will send 31 Abrams tanks to Ukraine.\nOfficials declined to comment.'
    const text = reference.replace('31 Abrams', '13 Abrams')
    const findings = findingsOf(check, text, { reference, segmented: true })
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual([['13', 'major']])
  })

  it('notes a figure other copies also give as a story-version difference, at severity neutral', () => {
    // a writethrough: the toll rose from 120 to 135 between the reference and the version two copies follow
    const reference = story('The toll rose to 120 dead after rescuers reached the village.')
    const text = story('The toll rose to 135 dead after rescuers reached the village.')
    const agree = story('Rescuers reached the village and the toll climbed to 135 dead.')
    const differ = story('The toll rose to 120 dead, officials said.')
    const version = findingsOf(check, text, { reference, others: [differ, agree, agree] })
    expect(version.map((f) => [spanText(text, f), f.severity])).toEqual([['135', 'neutral']])
    expect(version[0]!.message).toContain('version difference')
    // an English copy alone is a version of the story; one other machine translation alone is not
    expect(findingsOf(check, text, { reference, others: [differ, { text: agree, sourceLang: 'en' }] }).map((f) => f.severity)).toEqual(['neutral'])
    expect(findingsOf(check, text, { reference, others: [differ, differ] }).map((f) => f.severity)).toEqual(['minor'])
    // nothing settles it: a rewrite may follow another version, so it is a note to check, not a charge
    const unsettled = findingsOf(check, text, { reference, others: [differ, agree] })
    expect(unsettled.map((f) => f.severity)).toEqual(['neutral'])
    expect(unsettled[0]!.message).toContain('no other copy settles')
  })

  it('counts one discrepancy once, however often the copy repeats the figure', () => {
    const reference = story('The storm killed 120 people. Authorities confirmed that 120 people died in the storm.')
    const text = story('The storm killed 210 people. Authorities confirmed that 210 people died in the storm.')
    expect(findingsOf(check, text, { reference }).map((f) => spanText(text, f))).toEqual(['210'])
  })

  it('never pairs a whole number with a decimal: "300 injured" is no rendering of "magnitude 6.1"', () => {
    const reference = story('The magnitude 6.1 quake injured people in the town.')
    const text = story('The quake injured 300 people in the town.')
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
