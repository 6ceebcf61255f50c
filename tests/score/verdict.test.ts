// The verdict means translation quality: a cut copy is a completeness matter, a story-version difference is a
// note, and a copy that could not be checked is `unverified`, never a pass.
import { describe, expect, it } from 'vitest'
import { audit } from '../../src/audit.js'
import { DEFAULT_CONFIG } from '../../src/config.js'
import { jsonReport } from '../../src/report/json.js'
import { gateExitCode } from '../../src/report/summary.js'
import type { AuditConfig, Bundle, VariantResult } from '../../src/types.js'
import { seedText } from '../helpers.js'

function bundleOf(reference: string | null, ...variants: string[]): Bundle {
  return {
    id: 'story',
    segmented: false,
    reference: reference === null ? null : { id: 'wire', role: 'reference', text: reference },
    variants: variants.map((text, i) => ({ id: `v${i}`, role: 'variant', text })),
  }
}

function variantsOf(bundle: Bundle, config: Partial<AuditConfig> = {}): VariantResult[] {
  return [...audit([bundle], { ...DEFAULT_CONFIG, ...config }).bundles[0]!.variants]
}

const REFERENCE = seedText('reference')
const NATIVE = seedText('native')

/** The native copy cut at a fixed length, mid-word, as feeds and scrapers cut it. */
const cutAt = (text: string, length: number) => text.slice(0, length)

describe('verdicts', () => {
  it('passes a native copy cut mid-sentence at a fixed length: the cut is a completeness note', () => {
    const cut = cutAt(NATIVE, 1_080)
    expect(cut).not.toMatch(/[.!?”"]\s*$/)
    const [v] = variantsOf(bundleOf(REFERENCE, cut))
    expect(v!.verdict).toBe('pass')
    expect(v!.completeness.truncated).toBe(true)
    expect(v!.findings.filter((f) => f.check === 'truncated-text').every((f) => f.severity === 'neutral')).toBe(true)
    // opt-in: the completeness gate fails it
    expect(variantsOf(bundleOf(REFERENCE, cut), { failOnTruncated: true })[0]!.verdict).toBe('fail')
  })

  it('passes the same cut copy ending on a sign-off and a link to another story', () => {
    const signed = `${cutAt(NATIVE, 1_080)}\n\n— Reuters\n\nRead more: Seoul weighs arms exports`
    expect(variantsOf(bundleOf(REFERENCE, signed))[0]!.verdict).toBe('pass')
  })

  it('measures coverage over the stretch of the reference the copy reaches', () => {
    // the reference's first half, rendered word for word: everything it reaches is covered
    const half = REFERENCE.slice(0, REFERENCE.indexOf('\n', REFERENCE.length / 2))
    const [v] = variantsOf(bundleOf(REFERENCE, half))
    expect(v!.completeness.coverage).toBe(1)
    expect(v!.coverage).toBe(1)
  })

  it('gives `unverified`, not a pass, to a copy with nothing to check', () => {
    for (const text of ['', '. '.repeat(200), '“ ” “ ” "" \'\'', '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20']) {
      expect(variantsOf(bundleOf(REFERENCE, text))[0]!.verdict).toBe('unverified')
      expect(variantsOf(bundleOf(null, text))[0]!.verdict).toBe('unverified')
    }
  })

  it('gives `unverified` to a short copy of another story that does not align with the reference', () => {
    const other = 'Heavy rain flooded the old town of Genoa on Sunday. Schools stayed shut and trains were cancelled.'
    const [v] = variantsOf(bundleOf(REFERENCE, other))
    expect(v!.verdict).toBe('unverified')
    // the same two sentences of the story itself align, so they are verified through the reference
    const aligned = REFERENCE.split('\n').filter((l) => l.length > 80).slice(0, 2).join('\n\n')
    expect(variantsOf(bundleOf(REFERENCE, aligned))[0]!.verdict).toBe('pass')
  })

  it('lets --fail-unverified decide whether an unverified copy fails the gate', () => {
    const bundle = bundleOf(REFERENCE, '')
    expect(gateExitCode(audit([bundle], DEFAULT_CONFIG))).toBe(0)
    expect(gateExitCode(audit([bundle], { ...DEFAULT_CONFIG, failUnverified: true }))).toBe(1)
  })

  it('reports the dimensions apart in the JSON report, and each finding its dimension', () => {
    const report = JSON.parse(jsonReport(audit([bundleOf(REFERENCE, seedText('greek'))], DEFAULT_CONFIG)))
    const v = report.bundles[0].variants[0]
    expect(Object.keys(v.dimensions)).toEqual(['fluency', 'fidelity', 'completeness'])
    expect(v.dimensions.fluency.score).toBeLessThan(100)
    expect(v.dimensions.completeness).toHaveProperty('truncated')
    expect(new Set(v.findings.map((f: { dimension: string }) => f.dimension))).toContain('fluency')
    const free = JSON.parse(jsonReport(audit([bundleOf(null, seedText('greek'))], DEFAULT_CONFIG))).bundles[0].variants[0]
    expect(free.dimensions.fidelity).toBeNull()
    expect(free.dimensions.completeness.coverage).toBeNull()
  })

  it('decides on translation quality: a fidelity or fluency major fails, a completeness note never does', () => {
    const [greek] = variantsOf(bundleOf(REFERENCE, seedText('greek')))
    expect(greek!.verdict).toBe('fail')
    expect(greek!.score).toBeLessThan(greek!.fluency.score + 1e-9)
  })
})
