import { describe, expect, it } from 'vitest'
import check from '../../src/checks/quotation-drift.js'
import { findingsOf, seedText, spanText } from '../helpers.js'
import { REWRITE_PAIRS, SELF_PAIRS } from '../rewrites.js'

const VARIANTS = ['native', 'greek', 'indonesian', 'french'] as const
function seedFindings(name: (typeof VARIANTS)[number]) {
  const text = seedText(name)
  const others = VARIANTS.filter((o) => o !== name).map((o) => seedText(o))
  return findingsOf(check, text, { reference: seedText('reference'), others }).map((f) => [spanText(text, f), f.severity])
}

describe('quotation-drift', () => {
  it('flags the retranslated quote of 002 against the reference, with the reference wording, as minor', () => {
    const greek = seedText('greek')
    // 003 quotes the reference's "autocracy": the reference's words are the quote's, not one translation of it
    const findings = findingsOf(check, greek, { reference: seedText('reference'), others: [seedText('indonesian')] })
    expect(findings.map((f) => [spanText(greek, f), f.severity])).toEqual([
      ['If we don’t want authoritarianism and tyranny to win, (the Ukrainians) need weapons', 'minor'],
    ])
    expect(findings[0]!.message).toContain('`if we don\'t want autocracy and tyranny to win then they need weapons`')
    expect(spanText(seedText('reference'), findings[0]!.reference!)).toBe("if we don't want autocracy and tyranny to win then they need weapons")
  })

  it('stays silent on the quote three MT copies render three ways ("I urge the Republic of Korea…"): no copy is the authority', () => {
    expect(seedFindings('native')).toEqual([])
    for (const name of ['greek', 'indonesian', 'french'] as const) {
      expect(seedFindings(name).some(([span]) => span!.includes('Republic of Korea'))).toBe(false)
    }
  })

  const REFERENCE = 'He said there was an "urgent need for more ammunition". "We will not leave anyone behind," she said.'
  it.each([
    ['a shortened quote', 'He cited the “urgent need” for ammunition.'],
    ['the same words with other punctuation', 'There was an "urgent need for more ammunition."'],
    ['a quote that carries more of the speech', '"We will not leave anyone behind, not one village," she told reporters.'],
    ['a quote of other words', '"This is a special day for the club," he said.'],
    ['a one-word scare quote', 'He called it “wrong”.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text, { reference: REFERENCE })).toEqual([])
  })

  it.each([
    ['a paraphrase in quote marks, as major', '"Italy will rebuild the destroyed towns from scratch, house by house," she said.', 'major'],
    ['a lost negation, as major', '"We will leave anyone behind," she said.', 'major'],
    ['one word retranslated, as minor', 'She said: "We will not leave anybody behind."', 'minor'],
  ])('flags %s', (_, text, severity) => {
    const reference = '"We will not leave anyone behind," she said. "Italy will rebuild these towns, street by street."'
    const findings = findingsOf(check, text, { reference, others: [reference] })
    expect(findings.map((f) => f.severity)).toEqual([severity])
  })

  it('in a rewrite, notes a reworded quote no other copy settles as neutral: it may be another translation of the remark', () => {
    const reference = 'Sánchez said: "I have taken this decision in light of the results of the elections."'
    const text = 'Sánchez said: "I have taken this decision given the results of the elections."'
    const findings = findingsOf(check, text, { reference })
    expect(findings.map((f) => f.severity)).toEqual(['neutral'])
    expect(findings[0]!.message).toContain('another translation')
    // a lost negation turns the quote round, whoever translated it
    const negated = findingsOf(check, 'Sánchez said: "I have not taken this decision in light of the results of the elections."', { reference })
    expect(negated.map((f) => f.severity)).toEqual(['major'])
  })

  it('between variants without a reference: one other MT copy is no authority; an English copy or two MT copies that agree are', () => {
    const text = '"Polluters must pay, and today they paid the price," said Marie Lefebvre.'
    const other = '"Polluters must pay, and today they did," said Marie Lefebvre.'
    const otherMt = (sourceLang: string) => ({ text: other, sourceLang })
    expect(findingsOf(check, text, { others: [otherMt('fr')] })).toEqual([])
    expect(findingsOf(check, text, { others: [otherMt('en')] }).map((f) => f.severity)).toEqual(['minor'])
    expect(findingsOf(check, text, { others: [otherMt('fr'), otherMt('it')] }).map((f) => f.severity)).toEqual(['minor'])
    expect(findingsOf(check, other, { others: [otherMt('en')] })).toEqual([])
  })

  // nt21 (WMT21 zh→en): eight systems translate one Chinese quote, and the reference is one more translation
  it('stays silent on wording the other renderings of the quote share, and flags wording no one backs', () => {
    const reference = '"The scales of the fish are black, and their stomachs are black, too."'
    const text = '"The scales of the fish caught were black, and the inside was also black when cut open."'
    const others = [
      '"The scales of the fish caught are all black, and the inside is also black after being cut open."',
      '"The fish scales caught are black, and the inside is black after being cut open."',
    ]
    expect(findingsOf(check, text, { reference })).toHaveLength(1)
    expect(findingsOf(check, text, { reference, others })).toEqual([])
    const lone = '"The scales of the fish netted were black, and their stomachs are black, too."'
    expect(findingsOf(check, lone, { reference, others }).map((f) => spanText(lone, f))).toEqual(['The scales of the fish netted were black, and their stomachs are black, too'])
  })

  it.each(REWRITE_PAIRS)('stays silent on a native rewrite of %s', (_, reference, rewrite) => {
    expect(findingsOf(check, rewrite, { reference, others: [reference] })).toEqual([])
  })

  it.each(SELF_PAIRS)('stays silent on %s against itself', (_, text) => {
    expect(findingsOf(check, text, { reference: text, others: [text] })).toEqual([])
  })
})
