import { describe, expect, it } from 'vitest'
import check from '../../src/checks/synonym-swap.js'
import { findingsOf, seedText, spanText } from '../helpers.js'
import { REWRITE_PAIRS, SELF_PAIRS } from '../rewrites.js'

// An invented wire story and its round trip through another language: the sentences are kept, words swapped.
const REFERENCE = [
  'Rescuers pulled two survivors from the rubble of a collapsed building in the city on Tuesday.',
  'The deadly crush that followed the concert left dozens injured, police said in a statement.',
  'Officials said the death toll was expected to rise as crews searched the area overnight.',
  'Residents described a night of panic as the walls of the building gave way around them.',
  'The mayor urged people to stay away from the damaged district until engineers had inspected it.',
].join(' ')
const ROUND_TRIP = [
  'Rescuers pulled two survivors from the debris of a collapsed building in the city on Tuesday.',
  'The murderous mob which followed the concert left dozens injured, police said in a statement.',
  'Officials said the death toll was expected to rise as crews searched the area overnight.',
  'Residents described an evening of panic as the walls of the building gave way around them.',
  'The mayor urged people to stay away from the damaged district until engineers had inspected it.',
].join(' ')

describe('synonym-swap', () => {
  it('flags each swap when a copy swaps words systematically in sentences it otherwise copies', () => {
    const findings = findingsOf(check, ROUND_TRIP, { reference: REFERENCE })
    expect(findings.map((f) => [spanText(ROUND_TRIP, f), f.severity, f.category, f.dimension])).toEqual([
      ['debris', 'minor', 'Accuracy/Mistranslation', 'fidelity'],
      ['murderous mob which', 'minor', 'Accuracy/Mistranslation', 'fidelity'],
      ['an evening', 'minor', 'Accuracy/Mistranslation', 'fidelity'],
    ])
    expect(findings[1]!.message).toContain('`deadly crush that`')
    expect(REFERENCE.slice(findings[1]!.reference!.start, findings[1]!.reference!.end)).toBe('deadly crush that')
  })

  it('flags swaps in a round trip of the seed story’s wire copy', () => {
    // the bundled reference with the swaps a round trip makes (the Greek copy has "arms" for "weapons" and
    // "belligerent states" for "countries in conflict")
    const reference = seedText('reference')
    const swaps: [string, string][] = [
      ['asked South Korea on Monday', 'requested South Korea on Monday'],
      ['urged Seoul to do more to help Kyiv', 'pressed Seoul to do more to help Kyiv'],
      ['an increasingly important arms exporter', 'an increasingly significant arms exporter'],
      ['on the first leg of his Asia trip', 'on the first stage of his Asia trip'],
      ['as part of a drive to boost ties', 'as part of a campaign to boost ties'],
      ['and growing competition from China', 'and rising competition from China'],
      ['He met top South Korean officials', 'He met senior South Korean officials'],
      ['has recently signed deals to sell', 'has recently signed contracts to sell'],
    ]
    for (const [from] of swaps) expect(reference).toContain(from)
    const swapped = swaps.reduce((text, [from, to]) => text.replace(from, to), reference)
    expect(findingsOf(check, swapped, { reference }).map((f) => spanText(swapped, f)).sort()).toEqual(['stage', 'campaign', 'rising', 'senior', 'pressed', 'requested', 'significant', 'contracts'].sort())
  })

  it('stays silent on one or two swaps: an editor’s choice, not a round trip', () => {
    const two = ROUND_TRIP.replace('murderous mob which', 'deadly crush that')
    expect(findingsOf(check, two, { reference: REFERENCE })).toEqual([])
  })

  // the last sentence changed on both sides, next to the round trip's three swaps: only the three are reported
  it.each([
    ['British spellings', 'stay away from the harbor district', 'stay away from the harbour district'],
    ['inflection only', 'until engineers had inspected it', 'until an engineer had inspected it'],
    ['a name', 'from the damaged district of Antakya until', 'from the damaged district of Antakia until'],
    ['a figure in words', 'urged people to stay two days away', 'urged people to stay three days away'],
    ['function words only', 'urged people to stay away from the damaged district', 'urged people to stay out of the damaged district'],
    ['a word moved, not swapped', 'The mayor urged people to stay away from the damaged district', 'The mayor urged people to stay from the damaged district away'],
  ])('does not count %s as a swap', (_, referencePart, variantPart) => {
    const lastReference = 'The mayor urged people to stay away from the damaged district until engineers had inspected it.'
    const reference = REFERENCE.replace(lastReference, lastReference.replace(/.*/u, (s) => `${s.slice(0, -1)} ${referencePart}.`))
    const variant = ROUND_TRIP.replace(lastReference, `${lastReference.slice(0, -1)} ${variantPart}.`)
    expect(findingsOf(check, variant, { reference }).map((f) => spanText(variant, f))).toEqual(['debris', 'murderous mob which', 'an evening'])
  })

  it('stays silent on sentence-parallel input, whose reference is an independent translation', () => {
    const reference = REFERENCE.split('. ').join('.\n')
    const variant = ROUND_TRIP.split('. ').join('.\n')
    expect(findingsOf(check, variant, { reference, segmented: true })).toEqual([])
  })

  it('stays silent without a reference', () => {
    expect(findingsOf(check, ROUND_TRIP)).toEqual([])
  })

  it.each(REWRITE_PAIRS)('stays silent on a native rewrite of %s', (_, reference, rewrite) => {
    expect(findingsOf(check, rewrite, { reference })).toEqual([])
  })

  it.each(SELF_PAIRS)('stays silent on %s against itself', (_, text) => {
    expect(findingsOf(check, text, { reference: text })).toEqual([])
  })

  it('stays silent on the seed story variants audited against their reference', () => {
    for (const name of ['native', 'greek', 'indonesian', 'french'] as const) expect(findingsOf(check, seedText(name), { reference: seedText('reference') })).toEqual([])
  })
})
