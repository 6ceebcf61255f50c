import { describe, expect, it } from 'vitest'
import check from '../../src/checks/false-friend.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { findingsOf, seedText, spanText } from '../helpers.js'

describe('false-friend', () => {
  // invented passages, each the false friend in the context where it can only mean the source's word
  it.each([
    ['"author" for the perpetrator', 'Six people were stabbed in the shopping centre. The author of the attack was shot dead by police.', 'The author'],
    ['"the alleged author"', 'Police arrested the alleged author of the shooting on Sunday.', 'the alleged author'],
    ['"the courts" for the Cortes', 'The prime minister dissolves the courts and calls early elections for July.', 'dissolves the courts'],
    ['"formation" for a party', 'The poor result of his formation in the regional elections forced the leader out.', 'his formation'],
    ['"device" for a decree', 'The ministry signed a device on the matter, and the vote was postponed.', 'signed a device'],
    ['"device" for an order', 'A device signed by the undersecretary closed the schools for two days.', 'device'],
    ['"persists and signs"', 'The president persists and signs: the pension reform will go ahead.', 'persists and signs'],
    ['"overflow" for unrest', 'The minister warned that no overflow will be tolerated during the protests.', 'overflow'],
    ['"balance" for the toll', 'The provisional balance of the earthquake rose to 120 dead on Tuesday.', 'The provisional balance'],
    ['"the Hexagon" for France', 'The storm crossed the Hexagon overnight, the French weather service said.', 'the Hexagon'],
    ['"in declarations to"', 'In declarations to the press, the minister defended the plan.', 'In declarations to'],
    ['"was intervened" for operated on', 'The former president was intervened on Monday and is recovering.', 'was intervened'],
    ['"celebrate elections" for hold', 'The country will celebrate legislative elections on July 23.', 'celebrate legislative elections'],
    ['"in full campaign"', 'The scandal broke in full campaign, two weeks before the vote.', 'in full campaign'],
    ['"makes two years that"', 'It makes two years that the family has lived in the camp.', 'makes two years that'],
  ])('flags %s', (_, text, flagged) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity, f.category, f.dimension])).toEqual([[flagged, 'minor', 'Accuracy/Mistranslation', 'fluency']])
  })

  it('names the source word and what English says', () => {
    const [finding] = findingsOf(check, 'The author of the attack was arrested by police.')
    expect(finding!.message).toContain('French "auteur"')
    expect(finding!.message).toContain('"perpetrator"')
  })

  it.each([
    ['the author of a report on a crime', 'The author of the report on the attack said police had been warned.'],
    ['a title in capitals (Brown Corpus)', 'Swift, too, is drawn in for attack: “The Author of The Conduct Of The Allies” is named.'],
    ['an author who wrote about a murder', 'The author, whose novel about a murder was published in May, was arrested at a protest.'],
    ['courts without an election', 'The junta dissolved the courts and jailed the judges.'],
    ['the formation of a government', 'Talks on the formation of a coalition government after the election stalled.'],
    ['a formation of troops', 'A formation of troops and jets flew over the parade before the vote.'],
    ['an explosive device', 'Police said the explosive device was approved for use by the army.'],
    ['an overflowing river near a protest', 'The river overflows its banks every spring, and farmers protest each year.'],
    ['the balance of power', 'The election shifted the balance of power, and three people were killed in clashes.'],
    ['a balance sheet', 'The bank’s balance sheet was hit by losses on loans to victims of the floods.'],
    ['a hexagon as a shape', 'The French pavilion is a hexagon with six glass sides.'],
    ['celebrating an election win', 'Supporters celebrated the election victory in Madrid.'],
    ['"in full" in English senses', 'The report was published in full, and the campaign is in full swing.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it('stays silent on the seed story’s reference and native rewrite, and finds nothing in its MT copies but what they hold', () => {
    for (const name of ['reference', 'native'] as const) expect(findingsOf(check, seedText(name))).toEqual([])
    for (const name of ['greek', 'indonesian', 'french'] as const) expect(findingsOf(check, seedText(name))).toEqual([])
  })
})
