import { describe, expect, it } from 'vitest'
import check from '../../src/checks/stray-punctuation.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { findingsOf, seedText, spanText } from '../helpers.js'

describe('stray-punctuation', () => {
  it.each([
    ['“Several NATO allies … have now changed that policy,” Stoltenberg said, citing NATO candidates Germany, Norway and Sweden. , like those who changed their arms export policy to help Ukraine.', '. ,'], // 004
    ['aimed at strengthening relations with US allies amid the war in Ukraine and escalating tensions with China. .', '. .'], // 002
    ['The ministers met in Seoul,, and agreed to talk again.', ',,'],
    ['It sent tanks to Germany , Norway and Sweden.', ' ,'],
    ['The minister ( ) said the deal was done.', '( )'],
  ])('flags %s', (text, flagged) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => spanText(text, f))).toEqual([flagged])
    expect(findings[0]).toMatchObject({ severity: 'minor', category: 'Fluency/Punctuation' })
  })

  it.each([
    ['an ellipsis', 'He paused... and went on.'],
    ['a spaced ellipsis', 'He paused . . . and went on.'],
    ['a decimal and a time', 'Prices rose 7.5% by 9 a.m. on Monday.'],
    ['a URL-like token', 'See https://example.org/a::b for details.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it('reports the stray marks of the seed variants', () => {
    const french = seedText('french')
    expect(findingsOf(check, french).map((f) => spanText(french, f))).toEqual(['. ,'])
    const greek = seedText('greek')
    expect(findingsOf(check, greek).map((f) => spanText(greek, f))).toEqual(['. .'])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })
})
