// Where the benchmarks ask mtaudit itself. Until the pipeline's audit() lands on main, `auditBundles` is null
// and the benchmarks report mtaudit as "not measured"; wiring it is two lines:
//   import { audit } from '../src/audit.js'  and  export const auditBundles = (b) => audit(b, DEFAULT_CONFIG)
import type { AuditResult, Bundle, Finding } from '../src/types.js'
import type { MetricOutput } from './agreement-core.js'
import type { HumanSet } from './human-data.js'
import { outputsFromAudit, type FindingWeight } from './metrics.js'

export const auditBundles: ((bundles: readonly Bundle[]) => AuditResult) | null = null

/** Severity weights of DESIGN.md until src/score/ exports its own `findingWeight`. */
const weight: FindingWeight = (f) => ({ neutral: 0, minor: 1, major: 5, critical: 25 })[f.severity]

export interface MtauditRun {
  /** per judged variant (same order as set.judged): score and negated per-line penalty */
  readonly outputs: readonly MetricOutput[]
  /** per judged variant: its findings, for span precision/recall */
  readonly findings: readonly (readonly Finding[])[]
}

export function mtauditOn(set: HumanSet): MtauditRun | null {
  if (!auditBundles) return null
  const result = auditBundles(set.bundles)
  const byKey = new Map(result.bundles.flatMap((b) => b.variants.map((v) => [`${b.id}\u0000${v.analyzed.doc.id}`, v])))
  return {
    outputs: outputsFromAudit(set.judged, result, weight),
    findings: set.judged.map((j) => byKey.get(`${j.bundle.id}\u0000${j.variant.id}`)?.findings ?? []),
  }
}
