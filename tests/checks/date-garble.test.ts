import { describe, expect, it } from 'vitest'
import check from '../../src/checks/date-garble.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { findingsOf, seedText, spanText } from '../helpers.js'

describe('date-garble', () => {
  it.each([
    ['a day of the month in brackets', 'The dam gave way in the early hours of Thursday (14), officials said.', 'Thursday (14)', 'Thursday, the 14th'],
    ['a weekday that does not fall on its stated date', 'The talks opened on Tuesday, March 3, 2025, in Geneva.', 'Tuesday, March 3, 2025', 'was a Monday'],
    ['a weekday read against a dated stamp', '2025-03-05\n\nThe talks opened on Tuesday 3 March in Geneva.', 'Tuesday 3 March', 'March (2025) was a Monday'],
    ['a day the month lacks', 'The ceasefire was signed on September 31 after weeks of talks.', 'September 31', 'no day 31'],
    ['a time in the French form', 'The session resumed at 15h30 after a long break.', '15h30', '15:30'],
  ])('flags %s', (_, text, flagged, said) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual([[flagged, 'minor']])
    expect(findings[0]!.message).toContain(said)
  })

  it.each([
    ['right weekdays', 'The talks opened on Monday, March 3, 2025, and closed on Friday 7 March 2025.'],
    ['a weekday with no year near', 'Back then, on Tuesday, March 3, the talks had opened.'],
    ['a leap day', 'The count ended on February 29, 2024, a Thursday.'],
    ['an age and a count in brackets', 'Maria Silva (26) and her son, on Tuesday, lost 3 (three) homes.'],
    ['hours and model names', 'A 24h strike, the H100 chip and the 2h race began at 3:30 p.m.'],
    ['a date in another year than the stamp', '2025-03-05\n\nThe last talks, on Tuesday, March 3, 2020, failed.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it('stays silent on the seed story, whose "Monday" is right', () => {
    for (const name of ['reference', 'greek', 'indonesian', 'french'] as const) expect(findingsOf(check, seedText(name))).toEqual([])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })
})
