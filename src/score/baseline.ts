// Baselines, for adopting the gate on feeds that already have known problems: give the previous JSON report
// with --baseline and a variant fails only on a finding the baseline did not have, or when its score fell under
// the threshold further than the baseline's. Known findings still show, marked `baselineState: "unchanged"`.
import * as z from 'zod/mini'
import { parseJson } from '../bundle/schema.js'
import type { Baseline, Finding } from '../types.js'

// Only the fields a baseline needs; the rest of the report (contract mtaudit.report/1) may grow freely.
const reportSchema = z.object({
  schema: z.literal('mtaudit.report/1'),
  bundles: z.array(
    z.object({
      id: z.string(),
      variants: z.array(z.object({ id: z.string(), score: z.number(), findings: z.array(z.object({ fingerprint: z.string() })) })),
    }),
  ),
})

export function parseBaseline(text: string, where: string): Baseline {
  const report = parseJson(reportSchema, text, where)
  return new Map(
    report.bundles.flatMap((b) => b.variants.map((v) => [baselineKey(b.id, v.id), { score: v.score, fingerprints: new Set(v.findings.map((f) => f.fingerprint)) }] as const)),
  )
}

export const baselineKey = (bundleId: string, variantId: string) => `${bundleId}/${variantId}`

/** Marks each finding new or unchanged against the baseline's entry for its variant. */
export function markBaseline(findings: readonly Finding[], previous: { readonly fingerprints: ReadonlySet<string> } | undefined): Finding[] {
  return findings.map((f) => ({ ...f, baselineState: previous?.fingerprints.has(f.fingerprint) ? 'unchanged' : 'new' }))
}
