// Where the benchmarks ask mtaudit itself: the pipeline's audit() with the default configuration, and the
// product's own per-sentence penalties (findings plus fidelity). A calibration run can call `outputsFromAudit`
// with another weight function, or `agreement` with outputs of a candidate score formula.
import { audit } from '../src/audit.js'
import { DEFAULT_CONFIG } from '../src/config.js'
import type { AuditResult, Bundle, Finding } from '../src/types.js'
import type { MetricOutput } from './agreement-core.js'
import type { HumanSet } from './human-data.js'
import { penaltyOutputs, variantsByKey } from './metrics.js'

/** null would make the benchmarks report mtaudit as "not measured" (as before audit() existed). */
export const auditBundles: ((bundles: readonly Bundle[]) => AuditResult) | null = (bundles) => audit(bundles, DEFAULT_CONFIG)

export interface MtauditRun {
  readonly result: AuditResult
  /** per judged variant (same order as set.judged): score and negated per-line penalty */
  readonly outputs: readonly MetricOutput[]
  /** per judged variant: its findings, for span precision/recall */
  readonly findings: readonly (readonly Finding[])[]
}

export function mtauditOn(set: HumanSet): MtauditRun | null {
  if (!auditBundles) return null
  const result = auditBundles(set.bundles)
  const byKey = variantsByKey(result)
  return {
    result,
    outputs: penaltyOutputs(set.judged, result),
    findings: set.judged.map((j) => byKey.get(`${j.bundle.id}\u0000${j.variant.id}`)?.variant.findings ?? []),
  }
}
