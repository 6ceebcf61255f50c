import { describe, expect, it } from 'vitest'
import check from '../../src/checks/calque-grammar.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { findingsOf, seedText, spanText } from '../helpers.js'

describe('calque-grammar', () => {
  it('finds the calques of the seed variants 003 and 004', () => {
    const french = seedText('french')
    expect(findingsOf(check, french).map((f) => [spanText(french, f), f.severity])).toEqual([
      ['send 14 of its Leopard 2 tanks in', 'minor'],
      ['He', 'major'],
    ])
    const indonesian = seedText('indonesian')
    expect(findingsOf(check, indonesian).map((f) => spanText(indonesian, f))).toEqual(['Pressure Improve'])
  })

  it.each([
    ['He', 'The K2 Panther is a main battle tank built in Changwon, and its gun fires on the move. He weighs 55 tonnes.'],
    ['She', 'The frigate left Piraeus on Monday after its refit was completed. She carries two helicopters.'],
  ])('flags "%s" for a thing the sentence before calls "it"', (pronoun, text) => {
    expect(findingsOf(check, text).map((f) => spanText(text, f))).toEqual([pronoun])
  })

  it('flags "She" for a team the sentence before names as its subject, minor', () => {
    const text = 'A Norwegian rescue team reached the valley at dawn. She brought dogs and two drones, and began searching the houses.'
    expect(findingsOf(check, text).map((f) => [spanText(text, f), f.severity])).toEqual([['She', 'minor']])
  })

  it.each([
    ['a team led by a named person', 'A rescue team led by Ingrid Olsen reached the valley at dawn. She said the dogs had found two survivors.'],
    ['a team with a woman in it', 'The team, whose captain is a woman, won the final. She lifted the trophy.'],
    ['a member of a team', 'The team of doctors operated for six hours. She survived.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it.each([
    ['since three years', 'The embargo has been in force since three years, officials said.'],
    ['discussed about', 'The ministers discussed about arms exports on Monday.'],
    ['delivered 40 howitzers and missiles in', 'Seoul delivered 40 howitzers and missiles in Warsaw last month.'],
  ])('flags a preposition calque: %s', (calque, text) => {
    expect(findingsOf(check, text).map((f) => spanText(text, f))).toEqual([calque])
  })

  it.each([
    ['the President Lindqvist', 'Demonstrators gathered outside the palace, where the President Lindqvist received the delegation.'],
    ['The Prime Minister Okafor', 'The Prime Minister Okafor announced the budget on Tuesday.'],
    ['the 54 years old', 'Police arrested the 54 years old driver after the crash.'],
    ['in the next days', 'The ministry will publish the results in the next days, a spokesman said.'],
    ['followed of', 'The parade was followed of a concert in the main square.'],
  ])('flags an article or preposition calque: %s', (calque, text) => {
    expect(findingsOf(check, text).map((f) => spanText(text, f))).toEqual([calque])
  })

  it.each([
    ['a title without an article', 'President Lindqvist received the delegation on Monday.'],
    ['an article with a title and no name', 'The President said the talks had failed.'],
    ['a title in a headline', 'The President Vows To Rebuild The Port'],
    ['an administration named after a president', 'Officials of the President Lindqvist administration declined to comment.'],
    ['an age in English form', 'Police arrested the 54-year-old driver, who is 54 years old and lives nearby.'],
    ['"next few days"', 'The ministry will publish the results in the next few days, or in the next two weeks at the latest.'],
    ['"followed by", "composed of"', 'The parade was followed by a concert, and the jury is composed of five judges.'],
    ['"He" after a person', 'The minister said it was a difficult decision. He added that talks would go on.'],
    ['"He" after a named person', 'The regulator’s chief, Graham Russell, said it had acted. He declined to comment further.'],
    ['"since" with a date', 'The embargo has been in force since 2019, and since three weeks ago it has been tightened.'],
    ['"sent" with a month', 'Germany sent tanks in January and more aid in March.'],
    ['a plural headline subject', "South Korea's Leaders Urge NATO To Help Ukraine"],
    ['a British collective headline', "England's Squad Prepare For Final"],
    ['a noun after a possessive', "Ukraine's Military Support Package Grows"],
    ['a ship named after a queen (Brown Corpus press)', 'Cunard has decided to keep the Queen Mary in service until next spring.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })
})
