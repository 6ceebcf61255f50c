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
    ['And one of Ukraine’s biggest military backers – Poland – last year signed a major arms deal with South Korea for hundreds of tanks and howitzers and dozens of military planes. chase.', 'chase.'],
    // 002: "after the invasion of Russia" cut after "invasion"
    ['States changed their policy of not sending weapons to belligerent countries after the invasion. of Russia on Ukrainian territory on February 24, 2022.', 'of Russia on Ukrainian territory on February 24, 2022.'],
    // inside a quotation the fragment starts after the opening quote
    ['He said the talks had failed. “and we will not return,” he added.', '“and we will not return,” he added.'],
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
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual([[word, 'minor']])
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
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual([['Of chase.', 'major']])
    // a split whose second half is a sentence of its own is a rewrite, not garble
    const whole = 'Poland signed a deal with South Korea for tanks and howitzers. It also bought dozens of fighter jets.'
    expect(runChecks({ ...contextFor(whole, { reference }), alignment: [split] }, [check])).toEqual([])
  })

  it('finds every break of the seed variants 002 and 004', () => {
    const greek = seedText('greek')
    expect(findingsOf(check, greek).map((f) => spanText(greek, f).slice(0, 16))).toEqual([
      'of Russia on Ukr',
      'in belligerent s',
      'they want by for',
    ])
    const french = seedText('french')
    expect(findingsOf(check, french).map((f) => spanText(french, f))).toEqual(['chase.'])
  })

  it.each([
    ['a lost break before "The"', 'Two homes collapsed in the old quarter The fire brigade said the search would go on.', 'quarter The fire'],
    ['a lost break before "It"', 'The storm moved north towards the port It said ferries would stop.', 'port It said'],
    ['a lost break after a relative pronoun', 'Volunteers helped the families who They carried out of the mud.', 'who They carried'],
    ['a lost break after a name', 'Floods also hit Varna Those living near the river left.', 'Varna Those living'],
    ['an attribution cut off as a sentence', 'Most of the rain fell in two hours. According to the weather office.', 'According to the weather office.'],
    ['a lost break before a named subject', 'Two homes flooded in the harbour district The Port Authority said ferries would stop.', 'district The Port Authority said'],
  ])('flags %s, as minor', (_, text, flagged) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual([[flagged, 'minor']])
  })

  it.each([
    ['titles and names', 'He told The Associated Press he had read The Lost City, filed from The Hague.'],
    ['a title after a preposition or the noun it names', 'A reporter for The Courier said so, and the newspaper The Clarion reported it.'],
    ['a title set in capitals', 'Fans queued for tickets to the show In The Heights on Friday.'],
    ['a quoted title', 'She sang “It Was a Very Good Year” and “The way you look tonight”.'],
    ['an attribution that qualifies', 'According to the weather office, most of the rain fell in two hours.'],
    ['a preposition at the end', 'It is not clear what the money will be used for. Nobody knows who he came with.'],
    ['an embedded post link', 'The warning was raised to “black”. pic.example.com/Ab12Cd'],
    // the segmenter breaks after two initials before any word, and after a listed abbreviation before a capital
    // (Brown Corpus press texts, `npm run bench -- native`)
    ['a break after two initials', 'The Yankees meet the champions in tomorrow’s 8 P.M. contest at the stadium.'],
    ['a break after an initialism', 'He said it would be preferable if the U.N. troops came from African nations.'],
    ['a break after a listed abbreviation', 'The home is at 637 E. Pelham Rd. Henry Bowden was listed on the petition.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })
})
