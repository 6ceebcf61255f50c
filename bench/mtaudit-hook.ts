// Where the agreement benchmark asks mtaudit itself. Until the pipeline's audit() lands on main this returns
// null and the benchmark reports mtaudit as "not measured"; wiring it is one call:
//   const result = audit(set.bundles, DEFAULT_CONFIG)
//   return { outputs: outputsFromAudit(set.judged, result, findingWeight), findings: <per judged variant> }
import type { Finding } from '../src/types.js'
import type { MetricOutput } from './agreement-core.js'
import type { HumanSet } from './human-data.js'

export interface MtauditRun {
  /** per judged variant (same order as set.judged): score and negated per-line penalty */
  readonly outputs: readonly MetricOutput[]
  /** per judged variant: its findings, for span precision/recall */
  readonly findings: readonly (readonly Finding[])[]
}

export function mtauditOn(_set: HumanSet): MtauditRun | null {
  return null
}
