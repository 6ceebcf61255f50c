import { describe, expect, it } from 'vitest'
import check from '../../src/checks/number-format.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { findingsOf, seedText, spanText } from '../helpers.js'

describe('number-format', () => {
  it.each([
    ['a count of people', 'The floods have forced more than 4.000 people from their homes.', '4.000', '4,000'],
    ['a sum after a currency sign', 'Each family will receive €1.500 from the regional fund.', '1.500', '1,500'],
    ['two groups', 'The region counts 1.250.000 inhabitants, the census said.', '1.250.000', '1,250,000'],
    ['a distance', 'The convoy drove 2.300 kilometres to reach the border.', '2.300', '2,300'],
    ['a decimal comma before a unit', 'A 5,8 magnitude quake shook the coast at dawn.', '5,8', '5.8'],
    ['a decimal comma before a percent sign', 'Unemployment fell to 7,4% in the spring.', '7,4', '7.4'],
  ])('flags %s', (_, text, flagged, fixed) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity, f.category])).toEqual([[flagged, 'minor', 'Accuracy/Mistranslation']])
    expect(findings[0]!.message).toContain(fixed)
  })

  it.each([
    ['a magnitude and a decimal', 'A 5.5 magnitude quake struck; the index rose 1.375 points to 7.125.'],
    ['a sum in billions', 'The deal is worth $1.375 billion, or €1.250 bn.'],
    ['a precise time', 'She won by 2.125 seconds in 1:52.300.'],
    ['a time and a date', 'Polls close at 10.30 p.m. on 12.03.2024.'],
    ['a version and an address', 'Version 2.100 ships today; the server is at 10.100.200.300.'],
    ['comma-grouped counts', 'More than 5,000 people and 1,250,000 euros.'],
    ['numbers in a list', 'See pages 10,11 and 12; items 1,2 were lost, 3,250 people left and 4,500 km were driven.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it('stays silent on the seed variants', () => {
    for (const name of ['greek', 'indonesian', 'french'] as const) expect(findingsOf(check, seedText(name))).toEqual([])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })
})
