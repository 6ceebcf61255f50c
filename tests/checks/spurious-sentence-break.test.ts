import { describe, expect, it } from 'vitest'
import check from '../../src/checks/spurious-sentence-break.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { findingsOf, seedText, spanText } from '../helpers.js'

describe('spurious-sentence-break', () => {
  it.each([
    // 004: French "avions de chasse" (fighter jets) cut in two
    ['And one of Ukraine’s biggest military backers – Poland – last year signed a major arms deal with South Korea for hundreds of tanks and howitzers and dozens of military planes. chase.', '. chase.'],
    // 002: "after the invasion of Russia" cut after "invasion"
    ['States changed their policy of not sending weapons to belligerent countries after the invasion. of Russia on Ukrainian territory on February 24, 2022.', '. of Russia on Ukrainian territory on February 24, 2022.'],
    // inside a quotation the fragment starts after the opening quote
    ['He said the talks had failed. “and we will not return,” he added.', '. “and we will not return,” he added.'],
  ])('flags a fragment after a full stop: %s', (text, flagged) => {
    const findings = findingsOf(check, text)
    expect(findings).toHaveLength(1)
    expect(spanText(text, findings[0]!)).toBe(flagged)
    expect(findings[0]!.severity).toBe('major')
  })

  it.each([
    ['a new sentence in capitals', 'The deal was signed. Poland will receive the tanks next year.'],
    ['an ellipsis continued in lower case', 'The ground could not absorb the rain ... and so it ran off into rivers.'],
    ['a brand spelled in lower case', 'Apple recalled the adapters. iPhone sales were not affected.'],
    ['a break between paragraphs', 'The deal was signed.\n\nand that was that, officials said.'],
    ['an initial, not a sentence end', 'NATO chief asks S. Korea to step up support.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it('finds every break of the seed variants 002 and 004', () => {
    const greek = seedText('greek')
    expect(findingsOf(check, greek).map((f) => spanText(greek, f).slice(0, 16))).toEqual([
      '. of Russia on U',
      '. in belligerent',
      '. they want by f',
    ])
    const french = seedText('french')
    expect(findingsOf(check, french).map((f) => spanText(french, f))).toEqual(['. chase.'])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })
})
