import { describe, expect, it } from 'vitest'
import check from '../../src/checks/repeated-fragment.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { findingsOf, seedText, spanText } from '../helpers.js'

describe('repeated-fragment', () => {
  it('flags a fragment repeated across a spurious break (002), as major', () => {
    const text = 'The head of NATO said it would send the wrong message to authoritarian leaders, that they can take what they want. they want by force.'
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual([['they want', 'major']])
  })

  it.each([
    ['The the minister said so.', 'The'],
    ['Exports to the of the region rose, of the region rose.', 'of the region rose'],
    ['It was a decision for you to make to make.', 'to make'],
  ])('flags a repeat inside a sentence, as minor: %s', (text, repeated) => {
    const findings = findingsOf(check, text)
    expect(findings).toHaveLength(1)
    expect(spanText(text, findings[0]!).toLowerCase()).toBe(repeated.toLowerCase())
    expect(findings[0]!.severity).toBe('minor')
  })

  it('flags a clause said three times or more as a critical decoder loop', () => {
    const loop = 'the tanks that Poland bought from South Korea, '
    const text = `He said the deal covers ${loop.repeat(4)}and more.`
    const findings = findingsOf(check, text)
    expect(findings.map((f) => f.severity)).toEqual(['critical'])
    expect(spanText(text, findings[0]!)).toBe(loop.repeat(3).replace(/, $/, ''))
    expect(findings[0]!.message).toContain('4 times')
  })

  it.each([
    ['a grammatical "had had"', 'What our members had had enough of was the uncertainty.'],
    ['a grammatical "that that"', 'He said that that kind of disruption costs everyone.'],
    ['a repeated number', 'The score was 2 2 at half time.'],
    ['a function word across a break', 'They voted for it. It passed.'],
    ['a repeat that is not adjacent', 'He said that he said nothing of the kind.'],
    ['a reduplicated name', 'The blogger Fang Fang posted from Bora Bora, not Walla Walla.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it.each([
    ['a word capitalised again', 'The video Video shared online showed the rescue.', 'Video'],
    ['a doubled pronoun', 'She described a meeting she she said took place in 2015.', 'she'],
    ['a doubled negation', 'The minister could not not answer the question.', 'not'],
    ['a word joined to itself by "and"', 'The party lost dozens of councillors and councillors in the north.', 'councillors and councillors'],
    ['a bracket that repeats the words before it', 'A statement from the ministry (the ministry) denied it.', '(the ministry)'],
    ['a name glossed with itself in full', 'Mendoza (Carla Mendoza) won the runoff by two points.', '(Carla Mendoza)'],
  ])('flags %s, as minor', (_, text, flagged) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual([[flagged, 'minor']])
  })

  it.each([
    ['intensifiers and spans', 'Waters rose again and again, more and more, higher and higher, for years and years.'],
    ['a reduplication and its linking word', 'The crisis grew bigger and bigger and spread; they met face to face to talk, year after year after the war.'],
    ['an expansion and a second spelling in brackets', 'The European Union (EU) sent aid to Kyiv (Kiev) on Monday.'],
    ['a name picked up by the next sentence', 'The bill was backed by Carla Mendoza. Mendoza said it would pass.'],
    ['a noun phrase picked up by the next sentence', 'Protesters criticised the health ministry. The health ministry said it would respond.'],
    ['a full name picked up by the next sentence', 'The award went to Carla Mendoza. Carla Mendoza, 54, thanked her staff.'],
    ['grammar said twice across a comma', 'It was an illness he had, he had been treated before. A man lifts her, her arm bandaged.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it('finds the repeat of the seed variant 002', () => {
    const greek = seedText('greek')
    expect(findingsOf(check, greek).map((f) => spanText(greek, f))).toEqual(['they want'])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text).filter((f) => f.severity !== 'minor')).toEqual([])
  })
})
