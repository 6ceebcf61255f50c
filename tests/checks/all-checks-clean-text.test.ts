// Every registered check, run together through the real runner over all the native English of
// tests/clean-text.ts: false alarms are worse than misses, so none may reach major, and none at all is the aim.
import { describe, expect, it } from 'vitest'
import { CHECKS } from '../../src/checks/index.js'
import { runChecks } from '../../src/findings/run-checks.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { contextFor, seedText, spanText } from '../helpers.js'

describe('every check on clean native English', () => {
  it.each(CLEAN_TEXTS)('raises nothing above neutral on %s', (_, text) => {
    const findings = runChecks(contextFor(text), CHECKS).filter((f) => f.severity !== 'neutral')
    expect(findings.map((f) => `${f.check}: ${spanText(text, f)}`)).toEqual([])
  })

  it('raises nothing above neutral on 001 audited against its reference 000, with the bundle checks', () => {
    const ctx = contextFor(seedText('native'), { reference: seedText('reference'), others: [seedText('greek'), seedText('indonesian'), seedText('french')] })
    const findings = runChecks(ctx, CHECKS).filter((f) => f.severity !== 'neutral')
    expect(findings.map((f) => `${f.check}: ${spanText(ctx.variant.doc.text, f)}`)).toEqual([])
  })
})
