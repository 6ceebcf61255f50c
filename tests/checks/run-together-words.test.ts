import { describe, expect, it } from 'vitest'
import check from '../../src/checks/run-together-words.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { findingsOf, seedText, spanText } from '../helpers.js'

describe('run-together-words', () => {
  it.each([
    ['an article glued to a noun', 'The order was signed by theprefect of the province on Monday.', 'theprefect', 'the prefect'],
    ['a noun glued to a preposition', 'The roads were covered withwater for days, residents said.', 'withwater', 'with water'],
    ['a name glued to a function word', 'The surgeon Carla Mendoza led the team. Carla Mendozawith two nurses operated all night.', 'Mendozawith', 'Mendoza with'],
    ['a name glued to an article', 'Doctors said Mendoza was stable. The statement came from Mendozathe head of the unit.', 'Mendozathe', 'Mendoza the'],
  ])('flags %s', (_, text, flagged, reading) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity, f.category])).toEqual([[flagged, 'minor', 'Fluency/Spelling']])
    expect(findings[0]!.message).toContain(reading)
  })

  it.each([
    ['new compounds and glued prepositions English writes', 'The livestream showed the ceasefire talks, onsite crews and a cyberattack on the inbox.'],
    ['names that end like a function word', 'Fans of Goethe met in Holland, Finland and Trinidad with Thomas and Fletcher.'],
    ['a name ending like a function word, with its stem nowhere else', 'Officials in Rossiwith confirmed the count.'],
    ['a word said twice', 'The fund, called Goodwith, backs farms. Goodwith said it would grow.'],
    ['English words', 'Nevertheless, the theatre therefore withdrew the wither-resistant theme forthwith.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it('stays silent on the seed variants, which lose no space', () => {
    for (const name of ['greek', 'indonesian', 'french'] as const) expect(findingsOf(check, seedText(name))).toEqual([])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })
})
