import { describe, expect, it } from 'vitest'
import check from '../../src/checks/spurious-sentence-break.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { runChecks } from '../../src/findings/run-checks.js'
import type { Link } from '../../src/types.js'
import { contextFor, findingsOf, seedText, spanText } from '../helpers.js'

const POLAND = 'And one of Ukraine’s biggest military backers – Poland – last year signed a major arms deal with South Korea for hundreds of tanks and howitzers and dozens of military planes.'

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

  it.each([
    ['Chase.', `${POLAND} Chase.`],
    ['Combat.', `${POLAND} Combat. The deal will allow Poland to replace many of its weapons.`],
  ])('flags a lone capitalised word after a full stop (%s), as minor', (word, text) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual([[`. ${word}`, 'minor']])
  })

  it.each([
    ['an answer', 'Asked whether Seoul would send weapons to Kyiv, the minister gave a short reply. No.'],
    ['an adverb', 'Stoltenberg said the alliance had never asked Seoul to break its own law. Exactly.'],
    ['an adjective', 'Germany announced it would send 14 of its Leopard 2 tanks within weeks. Unbelievable.'],
    ['a word in a quotation', '"We are grateful for everything South Korea has done so far," he said. "Thanks."'],
    ['a question', 'South Korean law bans the export of weapons to countries in conflict. Why?'],
    ['a short sentence with a verb', 'Seoul has signed deals to sell hundreds of tanks to Poland. Prices rose.'],
  ])('stays silent on a one-word sentence that is English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it('flags the tail of a split link that is a fragment, even when it starts with a capital', () => {
    const reference = 'Poland signed a deal with South Korea for hundreds of tanks, howitzers and dozens of fighter jets.'
    const text = 'Poland signed a deal with South Korea for hundreds of tanks and howitzers and dozens of military planes. Of chase.'
    const split: Link = { variant: [0, 1], reference: [0], kind: 'split', moved: false, similarity: 0.7 }
    const findings = runChecks({ ...contextFor(text, { reference }), alignment: [split] }, [check])
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual([['. Of chase.', 'major']])
    // a split whose second half is a sentence of its own is a rewrite, not garble
    const whole = 'Poland signed a deal with South Korea for tanks and howitzers. It also bought dozens of fighter jets.'
    expect(runChecks({ ...contextFor(whole, { reference }), alignment: [split] }, [check])).toEqual([])
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
