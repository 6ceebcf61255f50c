import { describe, expect, it } from 'vitest'
import { alignedChrfOutputs, chrfOutputs, lineOf, outputsFromAudit } from '../../bench/metrics.js'
import { sentenceChrf } from '../../src/score/chrf.js'
import type { AuditResult, Finding, Severity } from '../../src/types.js'
import { makeJudged } from './make-judged.js'

const finding = (start: number, end: number, severity: Severity, category: Finding['category'] = 'Fluency/Grammar'): Finding => ({
  check: 'test-check',
  category,
  severity,
  dimension: 'fluency',
  message: 'test',
  start,
  end,
  fingerprint: `${start}-${end}`,
})

describe('chrfOutputs', () => {
  it('scores line i against reference line i, and the variant by its mean', () => {
    const j = makeJudged('d', 'sys', ['The cat sat.', 'It rained hard.'], [0, 1], {
      reference: ['The cat sat.', 'It was raining.'],
    })
    const [out] = chrfOutputs([j])
    expect(out!.sentences[0]).toBe(100)
    expect(out!.sentences[1]).toBe(sentenceChrf('It rained hard.', 'It was raining.'))
    expect(out!.score).toBeCloseTo((100 + out!.sentences[1]!) / 2, 12)
  })
  it('needs a reference', () => {
    expect(() => chrfOutputs([makeJudged('d', 'sys', ['x'], [0])])).toThrow(/needs a reference/)
  })
})

describe('lineOf', () => {
  it('finds the line holding an offset, the newline belonging to the line it ends', () => {
    const starts = [0, 4, 9] // "abc\ndefg\nh"
    expect([0, 3, 4, 8, 9, 20].map((o) => lineOf(o, starts))).toEqual([0, 0, 1, 1, 2, 2])
  })
})

describe('outputsFromAudit', () => {
  // "One line.\nTwo line.\nThree." — lines start at 0, 10, 20.
  const j = makeJudged('doc', 'sysA', ['One line.', 'Two line.', 'Three.'], [0, 5, 1])
  const result = (findings: Finding[], score: number): AuditResult =>
    ({
      signature: 'test',
      config: {} as AuditResult['config'],
      bundles: [
        {
          id: 'doc',
          reference: null,
          variants: [
            {
              analyzed: { doc: j.variant, zones: [], sentences: [], lang: 'eng' },
              alignment: [],
              findings,
              words: 5,
              penalty: 0,
              score,
              verdict: 'pass',
              fluency: { penalty: 0, score },
              fidelity: null,
              completeness: { coverage: null, truncated: false },
              coverage: null,
              chrf: null,
              fidelityPenalties: null,
            },
          ],
        },
      ],
    }) satisfies AuditResult

  it('negates the weights of the findings on each line, placed by document offset', () => {
    const weight = (f: Finding) => ({ neutral: 0, minor: 1, major: 5, critical: 25 })[f.severity]
    const findings = [finding(12, 15, 'major'), finding(14, 16, 'minor'), finding(20, 26, 'critical')]
    const [out] = outputsFromAudit([j], result(findings, 42), weight)
    expect(out).toEqual({ score: 42, sentences: [0, -6, -25] })
  })

  it('uses the weight function it is given, so a calibration run can try another', () => {
    const [out] = outputsFromAudit([j], result([finding(0, 3, 'minor')], 90), () => 0.5)
    expect(out!.sentences).toEqual([-0.5, 0, 0])
  })

  it('recomputes the variant score with a candidate formula when given one', () => {
    const [out] = outputsFromAudit([j], result([finding(0, 3, 'major')], 50), () => 5, (v) => 100 - 10 * v.findings.length)
    expect(out!.score).toBe(90)
    const [product] = outputsFromAudit([j], result([finding(0, 3, 'major')], 77), () => 5)
    expect(product!.score).toBe(77)
  })

  it('refuses a variant the audit did not cover', () => {
    const other = makeJudged('doc', 'sysB', ['x'], [0])
    expect(() => outputsFromAudit([other], result([], 90), () => 1)).toThrow(/no audit result for doc \/ sysB/)
  })
})

describe('alignedChrfOutputs', () => {
  it('gives each line the chrF of its link, and 0 to a line the aligner left unlinked', async () => {
    const { audit } = await import('../../src/audit.js')
    const reference = ['The NATO chief urged South Korea to step up support.', 'He met the president in Seoul.']
    const j = makeJudged('doc', 'sysA', ['The NATO chief urged South Korea to step up aid.', 'Zebras qualify wildly.'], [1, 5], { reference })
    const [out] = alignedChrfOutputs([j], audit([j.bundle]))
    expect(out!.sentences[0]).toBe(sentenceChrf(j.lines[0]!, reference[0]!))
    expect(out!.sentences[1]).toBe(0)
    expect(out!.score).toBeCloseTo(out!.sentences[0]! / 2, 12)
  })
})
