// `f` narrows the review to what the editor is triaging now: findings at or above a severity, or of one check.
// Rows and variants with nothing left after the filter are hidden, as lazygit hides non-matching files.
import { SEVERITIES, type Finding, type Severity } from '../../types.js'
import type { AlignedRow } from './aligned-rows.js'

export type Filter =
  | { readonly kind: 'all' }
  | { readonly kind: 'severity'; readonly min: Severity }
  | { readonly kind: 'check'; readonly check: string }

export const NO_FILTER: Filter = { kind: 'all' }

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity)
}

export function matchesFilter(finding: Finding, filter: Filter): boolean {
  if (filter.kind === 'severity') return severityRank(finding.severity) >= severityRank(filter.min)
  if (filter.kind === 'check') return finding.check === filter.check
  return true
}

/** The choices the filter picker offers: everything, each severity floor, then each check that has findings. */
export function filterOptions(findings: Iterable<Finding>): Filter[] {
  const checks = new Set<string>()
  for (const finding of findings) checks.add(finding.check)
  const floors = SEVERITIES.filter((s) => s !== 'neutral').map((min): Filter => ({ kind: 'severity', min }))
  return [NO_FILTER, ...floors, ...[...checks].sort().map((check): Filter => ({ kind: 'check', check }))]
}

export function describeFilter(filter: Filter): string {
  if (filter.kind === 'severity') return filter.min === 'critical' ? 'critical only' : `${filter.min} and worse`
  if (filter.kind === 'check') return `check ${filter.check}`
  return 'all findings'
}

export function sameFilter(a: Filter, b: Filter): boolean {
  return describeFilter(a) === describeFilter(b)
}

/** Rows with their findings narrowed to the filter; under a filter, rows left with no finding are dropped. */
export function filterRows(rows: readonly AlignedRow[], filter: Filter): readonly AlignedRow[] {
  if (filter.kind === 'all') return rows
  return rows
    .map((row) => ({ ...row, findings: row.findings.filter((f) => matchesFilter(f, filter)) }))
    .filter((row) => row.findings.length > 0)
}
