import type { AuditResult, Severity, VariantResult } from '../types.js'

export interface Summary {
  readonly variants: number
  readonly failed: number
  /** the lowest variant score; null when there are no variants */
  readonly minScore: number | null
}

export function summarize(result: AuditResult): Summary {
  const variants = result.bundles.flatMap((b) => b.variants)
  const scores = variants.map((v) => v.score)
  return {
    variants: variants.length,
    failed: variants.filter((v) => v.verdict === 'fail').length,
    minScore: scores.length ? Math.min(...scores) : null,
  }
}

/** The process exit code of the gate: 1 when a variant fails (usage and input errors, 2, are the CLI's). */
export function gateExitCode(result: AuditResult): 0 | 1 {
  return summarize(result).failed > 0 ? 1 : 0
}

export function severityCounts(variant: VariantResult): Record<Severity, number> {
  const counts: Record<Severity, number> = { neutral: 0, minor: 0, major: 0, critical: 0 }
  for (const f of variant.findings) counts[f.severity]++
  return counts
}

/** "where" a document is shown as: its path when it came from a file, else bundle/id (JSONL input). */
export function displayName(bundleId: string, variant: VariantResult): string {
  return variant.analyzed.doc.path ?? `${bundleId}/${variant.analyzed.doc.id}`
}
