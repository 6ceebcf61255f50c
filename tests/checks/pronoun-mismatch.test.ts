import { describe, expect, it } from 'vitest'
import check from '../../src/checks/pronoun-mismatch.js'
import { findingsOf, seedText, spanText } from '../helpers.js'

const REFERENCE =
  'The national team beat Norway 3-1 in the final on Sunday. The coach thanked her players after the match and said the title belonged to them. Fans celebrated in the capital until dawn.'

describe('pronoun-mismatch', () => {
  it('flags a masculine pronoun where the aligned reference sentence has a feminine one', () => {
    const text =
      'The national team defeated Norway 3-1 in the final on Sunday. The coach thanked his players after the match and said the title belonged to them. Fans celebrated in the capital until the morning.'
    const findings = findingsOf(check, text, { reference: REFERENCE })
    expect(findings.map((f) => [spanText(text, f), f.severity, f.category])).toEqual([['his', 'minor', 'Accuracy/Mistranslation']])
    expect(findings[0]!.message).toContain('"her"')
    expect(findings[0]!.reference).toBeDefined()
  })

  it('flags the converse: she for he', () => {
    const reference = 'The mayor opened the new bridge on Friday. He said it would cut journeys by half.'
    const text = 'The mayor inaugurated the new bridge on Friday. She said it would cut journeys by half.'
    expect(findingsOf(check, text, { reference }).map((f) => spanText(text, f))).toEqual(['She'])
  })

  it('flags "his" for a thing the reference calls "its"', () => {
    const reference = 'The parliament passed the law on Thursday. Unions had hoped for its withdrawal until the last vote.'
    const text = 'The parliament adopted the law on Thursday. Unions had hoped for his withdrawal until the last vote.'
    expect(findingsOf(check, text, { reference }).map((f) => spanText(text, f))).toEqual(['his'])
  })

  it('flags "you" outside quotation marks where the reference speaks of a person', () => {
    const reference = 'The court adjourned until June. He could also be ordered to pay a fine of 5,000 euros.'
    const text = 'The court adjourned until June. You could also be ordered to pay a fine of 5,000 euros.'
    expect(findingsOf(check, text, { reference }).map((f) => spanText(text, f))).toEqual(['You'])
    const quoted = 'The court adjourned until June. “You could also be ordered to pay a fine,” he was told.'
    expect(findingsOf(check, quoted, { reference })).toEqual([])
  })

  it.each([
    ['the same gender', 'The national team beat Norway 3-1 in the final on Sunday. The coach thanked her players after the match and said the title belonged to them.'],
    ['both genders in the variant (another person brought in)', 'The national team beat Norway 3-1 in the final on Sunday. The coach thanked her players and his assistant after the match and said the title belonged to them.'],
    ['no pronoun in the variant', 'The national team beat Norway 3-1 in the final on Sunday. The coach thanked the players after the match and said the title belonged to them.'],
    ['a rewrite too far from the reference', 'Norway lost. He had hoped for more, the captain admitted in a long interview with a local radio station.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text, { reference: REFERENCE })).toEqual([])
  })

  it('stays silent without a reference', () => {
    expect(findingsOf(check, 'The coach thanked his players.')).toEqual([])
  })

  it('stays silent on the seed story variants audited against their reference', () => {
    for (const name of ['native', 'greek', 'indonesian', 'french'] as const) expect(findingsOf(check, seedText(name), { reference: seedText('reference') })).toEqual([])
  })
})
