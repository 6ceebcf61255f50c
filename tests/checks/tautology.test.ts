import { describe, expect, it } from 'vitest'
import check from '../../src/checks/tautology.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { findingsOf, seedText, spanText } from '../helpers.js'

describe('tautology', () => {
  it.each([
    ['a synonym that holds its adjective', 'Rescuers recovered four dead corpses from the river on Monday.', 'dead corpses'],
    ['an adjective its complement repeats', 'The regional governor of the region of Tuscany ordered the evacuation.', 'regional governor of the region'],
    ['…with two words between', 'The provincial emergency services chief of the province said roads were closed.', 'provincial emergency services chief of the province'],
    ['the presidential office of the president', 'A statement from the presidential office of the president denied the report.', 'presidential office of the president'],
  ])('flags %s', (_, text, flagged) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity, f.category])).toEqual([[flagged, 'minor', 'Style/Awkward']])
  })

  it.each([
    ['dead bodies', 'Rescuers recovered four dead bodies and two lifeless corpses from the river.'],
    ['an adjective and another noun', 'The regional governor of the island of Ischia ordered the evacuation.'],
    ['a native redundancy', 'Officials discussed future plans in close proximity to the border.'],
    ['the noun before the adjective', 'The region’s regional council met on Monday.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it('stays silent on the seed story', () => {
    for (const name of ['reference', 'native', 'greek', 'indonesian', 'french'] as const) expect(findingsOf(check, seedText(name))).toEqual([])
  })
})
