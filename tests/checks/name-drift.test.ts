import { describe, expect, it } from 'vitest'
import check from '../../src/checks/name-drift.js'
import { findingsOf, seedText, spanText } from '../helpers.js'
import { REWRITE_PAIRS, SELF_PAIRS } from '../rewrites.js'

const VARIANTS = ['native', 'greek', 'indonesian', 'french'] as const
function seedFindings(name: (typeof VARIANTS)[number]) {
  const text = seedText(name)
  const others = VARIANTS.filter((o) => o !== name).map((o) => seedText(o))
  return findingsOf(check, text, { reference: seedText('reference'), others }).map((f) => [spanText(text, f), f.severity])
}

describe('name-drift', () => {
  it('flags "Yoon Sok-gil" (002) against "Yoon Suk-yeol" in the other variants, and nothing else in the bundle', () => {
    expect(seedFindings('greek')).toEqual([['Yoon Sok-gil', 'major']])
    for (const name of ['native', 'indonesian', 'french'] as const) expect(seedFindings(name)).toEqual([])
  })

  it('stays silent on 001 against 000: "Kiev" is an alias of "Kyiv"', () => {
    expect(findingsOf(check, seedText('native'), { reference: seedText('reference') })).toEqual([])
  })

  it.each([
    ['a single-token near miss of the reference', 'NATO chief Jens Stoltenburg arrived in Seoul on Monday.', 'NATO chief Jens Stoltenberg arrived in Seoul.', 'Jens Stoltenburg'],
    ['a long name one letter off', 'United striker Marcus Rashfort scored twice.', 'Marcus Rashford scored twice for United.', 'Marcus Rashfort'],
    ['a given name drifting after the same title', 'The talks were led by Prime Minister Fumio Kishido.', 'Prime Minister Fumio Kishida led the talks.', 'Fumio Kishido'],
    ['a transliterated rest after the same surname', 'Opposition leader Lee Jae-myong spoke first.', 'Opposition leader Lee Jae-myung spoke.', 'Lee Jae-myong'],
  ])('flags %s', (_, text, reference, name) => {
    const findings = findingsOf(check, text, { reference })
    expect(findings.map((f) => spanText(text, f))).toEqual([name])
    expect(findings[0]!.severity).toBe('major')
    expect(findings[0]!.reference).toBeDefined()
  })

  it.each([
    ['Korea / Korean, Sweden / Swedes, Ukraine / Ukrainian', 'The South Korean envoy met Swedes and Ukrainians.', 'South Korea, Sweden and Ukraine signed.'],
    ['two people of one family', 'Hunter Biden spoke.', 'President Joe Biden spoke.'],
    ['father and son', 'The late leader Kim Jong Il was mentioned.', 'North Korean leader Kim Jong Un was mentioned.'],
    ['two officials whose names share a syllable', 'Defense Minister Lee Jong-sup met him.', 'said Kwon Jong Gun, director general of the department.'],
    ['two countries that look alike', 'Trade with Australia grew.', 'Trade with Austria grew.'],
    ['a Title Case headline', 'South Korea\'s Pressure Improve Military Assistance For Ukrayne\n\nSeoul is in Asia.', 'Ukraine asked Seoul for help.'],
    ['acronyms', 'The NATO and UN chiefs met.', 'The NATA chief met.'],
  ])('stays silent on %s', (_, text, reference) => {
    expect(findingsOf(check, text, { reference })).toEqual([])
  })

  it('uses the config aliases: a house spelling listed there passes', () => {
    const text = 'President Volodymyr Zelenskyy thanked the allies.'
    const reference = 'President Volodymyr Zelensky thanked the allies.'
    expect(findingsOf(check, text, { reference })).toHaveLength(1)
    expect(findingsOf(check, text, { reference, config: { aliases: [['Zelensky', 'Zelenskyy']] } })).toEqual([])
  })

  it('without a reference, the spelling more variants use wins; a one-against-one tie with equal mentions says nothing', () => {
    const odd = 'Coach Jurgen Klopp praised his side.'
    const usual = 'Jurgen Klopf praised the side.'
    expect(findingsOf(check, usual, { others: [odd, odd] }).map((f) => f.severity)).toEqual(['major'])
    expect(findingsOf(check, odd, { others: [usual, odd] })).toEqual([])
    expect(findingsOf(check, odd, { others: [usual] })).toEqual([])
  })

  // nt21 (WMT21 zh→en): eight systems translate one source, so spellings vary between every variant
  it.each([
    ['a hyphen for a space', 'Police in Haixi Mongolian-Tibetan Autonomous Prefecture said so.', 'Police in Haixi Mongolian Tibetan Autonomous Prefecture said so.'],
    ['a plural title word', 'Xinhua News Agency, Xining, July 26 (Reporters Wang Jinjin Zhou Zhe) Recently, students left.', 'Xinhua News Agency, Xining, July 26 (Reporter Wang Jinjin Zhou Zhe) Recently, students left.'],
    ['an inflected company name', 'Zhuhai Mingjun took 15% of Gree Electric Appliance in December.', 'Zhuhai Mingjun took 15% of Gree Electric Appliances in December.'],
  ])('stays silent on one name written two ways: %s', (_, text, reference) => {
    expect(findingsOf(check, text, { reference })).toEqual([])
  })

  it('between variants, is major only when most of the variants that name it agree against this one', () => {
    const text = 'Grivoli said that Vietnam has made a great contribution.'
    const greivoli = 'Greivoli said Vietnam made a great contribution.'
    const third = (n: string) => `${n} said that Vietnam contributed a lot.`
    const others = [greivoli, greivoli, greivoli, third('Grevoli'), third('Gravoli'), third('Griyvoli'), third('Grayvoli')]
    expect(findingsOf(check, text, { others }).map((f) => f.severity)).toEqual(['minor'])
    expect(findingsOf(check, text, { others: [greivoli, greivoli, greivoli, third('Grevoli')] }).map((f) => f.severity)).toEqual(['major'])
  })

  it.each(REWRITE_PAIRS)('stays silent on a native rewrite of %s', (_, reference, rewrite) => {
    expect(findingsOf(check, rewrite, { reference })).toEqual([])
  })

  it.each(SELF_PAIRS)('stays silent on %s against itself', (_, text) => {
    expect(findingsOf(check, text, { reference: text, others: [text] })).toEqual([])
  })
})
