import { SEVERITIES, type AuditResult, type Severity, type VariantResult } from '../types.js'

export interface Summary {
  readonly variants: number
  readonly failed: number
  /** variants too short or too unaligned to check (verdict `unverified`) */
  readonly unverified: number
  /** the lowest variant score; null when there are no variants */
  readonly minScore: number | null
}

export function summarize(result: AuditResult): Summary {
  const variants = result.bundles.flatMap((b) => b.variants)
  const scores = variants.map((v) => v.score)
  return {
    variants: variants.length,
    failed: variants.filter((v) => v.verdict === 'fail').length,
    unverified: variants.filter((v) => v.verdict === 'unverified').length,
    minScore: scores.length ? Math.min(...scores) : null,
  }
}

/**
 * The process exit code of the gate: 1 when a variant fails, or is unverified under --fail-unverified (usage
 * and input errors, 2, are the CLI's).
 */
export function gateExitCode(result: AuditResult): 0 | 1 {
  const { failed, unverified } = summarize(result)
  return failed > 0 || (result.config.failUnverified && unverified > 0) ? 1 : 0
}

export function severityCounts(variant: VariantResult): Record<Severity, number> {
  const counts: Record<Severity, number> = { neutral: 0, minor: 0, major: 0, critical: 0 }
  for (const f of variant.findings) counts[f.severity]++
  return counts
}

/**
 * The dimensions of a variant in one line, as every format shows them: "fluency 81.2 · fidelity 94.0 ·
 * coverage 85%, cut off". Fidelity is left out without a reference, coverage too.
 */
export function dimensionsLine(variant: VariantResult): string {
  const parts = [`fluency ${variant.fluency.score.toFixed(1)}`]
  if (variant.fidelity) parts.push(`fidelity ${variant.fidelity.score.toFixed(1)}`)
  const { coverage, truncated } = variant.completeness
  const complete = [coverage === null ? '' : `coverage ${Math.round(coverage * 100)}%`, truncated ? 'cut off' : ''].filter(Boolean).join(', ')
  if (complete) parts.push(complete)
  return parts.join(' · ')
}

/** Why a variant has its verdict, in words: "score 62.0 is under 80", "unverified: too little text to check". */
export function verdictReason(variant: VariantResult, config: AuditResult['config']): string {
  if (variant.verdict === 'unverified') return 'unverified: too little story text, or too little of it aligned with the reference, to check'
  if (variant.verdict === 'pass') return `passes: score ${variant.score.toFixed(1)} ≥ ${config.minScore}`
  const reasons: string[] = []
  if (variant.score < config.minScore) reasons.push(`score ${variant.score.toFixed(1)} is under ${config.minScore}`)
  if (config.failOn !== null && variant.findings.some((f) => f.dimension !== 'completeness' && SEVERITIES.indexOf(f.severity) >= SEVERITIES.indexOf(config.failOn!)))
    reasons.push(`a finding reaches ${config.failOn}`)
  const { coverage, truncated } = variant.completeness
  if (config.minCoverage !== null && coverage !== null && coverage < config.minCoverage) reasons.push(`coverage ${Math.round(coverage * 100)}% is under ${Math.round(config.minCoverage * 100)}%`)
  if (config.failOnTruncated && truncated) reasons.push('the copy is cut off')
  return reasons.join('; ') || 'fails against the baseline'
}

/** "where" a document is shown as: its path when it came from a file, else bundle/id (JSONL input). */
export function displayName(bundleId: string, variant: VariantResult): string {
  return variant.analyzed.doc.path ?? `${bundleId}/${variant.analyzed.doc.id}`
}
