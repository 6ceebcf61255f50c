import { describe, expect, it } from 'vitest'
import check from '../../src/checks/truncated-text.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { findingsOf, seedText, spanText } from '../helpers.js'

const FRENCH = seedText('french')
// 004 with its penultimate paragraph cut short and its end (before the site notice) cut mid-sentence
const cut = (text: string, from: string, to: string) => text.replace(from, to)

describe('truncated-text', () => {
  it('notes a story that ends mid-sentence, at its last word, as a neutral completeness note', () => {
    const text = cut(FRENCH, 'It would make the world more dangerous and us more vulnerable.”', 'It would make the world more dangerous and us')
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity, f.dimension])).toEqual([['us', 'neutral', 'completeness']])
  })

  it('in sentence-parallel input, takes a line that stops on "the" for garble of that sentence: major, fluency', () => {
    const text = 'Germany will send tanks to Kyiv.\nThe decision was welcomed by the\nOfficials declined to comment.'
    const findings = findingsOf(check, text, { segmented: true })
    expect(findings.map((f) => [spanText(text, f), f.severity, f.dimension])).toEqual([['the', 'major', 'fluency']])
  })

  it.each([
    ['and', 'Germany announced it would send 14 of its Leopard 2 tanks in Kyiv, while allowing other countries that have Leopards, including Norway, and'],
    ['the', 'Germany announced it would send 14 of its Leopard 2 tanks in Kyiv, while allowing the'],
    ['Norway,', 'Germany announced it would send 14 of its Leopard 2 tanks in Kyiv, while allowing other countries that have Leopards, including Norway,'],
  ])('flags a paragraph cut after `%s`', (tail, paragraph) => {
    const text = cut(FRENCH, /Military aid to Ukraine received a big boost[^\n]*/.exec(FRENCH)![0], `Military aid to Ukraine received a big boost last week when ${paragraph}`)
    expect(findingsOf(check, text).map((f) => spanText(text, f))).toEqual([tail])
  })

  it.each([
    ['a headline and a caption without full stops', seedText('indonesian')],
    ['a paragraph ending on a colon before a quotation', 'The regulator said:\n\n"Recalls are normal."'],
    ['a list whose items end in semicolons', 'Police gave three tips to readers this week.\n\n1. Check the website address before logging in;\n\n2. Install anti-virus software and update it regularly.'],
    ['one sentence a line (a WMT set), headline in the middle', 'The market rose on Monday.\nPension products go online\nInvestors welcomed them.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text, { segmented: text.includes('\nPension') })).toEqual([])
  })

  it('flags a dangling line of a one-sentence-a-line set', () => {
    const text = 'The market rose on Monday.\nInvestors welcomed the new products and the'
    expect(findingsOf(check, text, { segmented: true }).map((f) => spanText(text, f))).toEqual(['the'])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })
})
