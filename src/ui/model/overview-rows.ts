// The overview's rows: every variant of every bundle, worst first (failing before passing, then lowest score),
// with the open findings counted by severity. Dismissed findings do not count: the editor has ruled them out.
import {
  SEVERITIES,
  type AuditResult,
  type BundleResult,
  type Finding,
  type Severity,
  type VariantResult,
  type Verdict,
} from '../../types.js'
import { decisionSets, type ReviewDecisions } from '../../review/review-file.js'
import { applyDismissals } from '../../findings/dismiss.js'
import { matchesFilter, type Filter } from './filter.js'

export interface OverviewRow {
  /** `bundle/variant`, unique across the result */
  readonly key: string
  readonly bundle: BundleResult
  readonly variant: VariantResult
  readonly counts: Readonly<Record<Severity, number>>
  readonly decided: number
  readonly total: number
  /** the variant's score and verdict with the dismissed findings left out (as the next `check` will give) */
  readonly score: number
  readonly verdict: Verdict
}

/** Scores a variant on the findings the editor kept; the CLI passes the pipeline's scorer. */
export type Rescore = (variant: VariantResult, kept: readonly Finding[]) => { readonly score: number; readonly verdict: Verdict }

export function variantKey(bundle: BundleResult, variant: VariantResult): string {
  return `${bundle.id}/${variant.analyzed.doc.id}`
}

export function overviewRows(
  result: AuditResult,
  decisions: ReviewDecisions,
  filter: Filter,
  rescore?: Rescore,
): OverviewRow[] {
  const rows: OverviewRow[] = []
  const { dismissed, confirmed } = decisionSets(decisions)
  for (const bundle of result.bundles) {
    for (const variant of bundle.variants) {
      const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
      // the same rule as `check` (a dismissal covers its spot), so the review's score is the gate's
      const { kept } = applyDismissals(variant.findings, dismissed, confirmed)
      let decided = 0
      let matching = 0
      for (const finding of variant.findings) {
        if (decisions[finding.fingerprint]?.decision) decided++
        if (matchesFilter(finding, filter)) matching++
      }
      for (const finding of kept) counts[finding.severity]++
      if (filter.kind !== 'all' && matching === 0) continue
      // without a scorer, or with nothing dismissed, the pipeline's own figures stand
      const { score, verdict } = rescore && kept.length < variant.findings.length ? rescore(variant, kept) : variant
      const key = variantKey(bundle, variant)
      rows.push({ key, bundle, variant, counts, decided, total: variant.findings.length, score, verdict })
    }
  }
  const failing = (row: OverviewRow) => (row.verdict === 'fail' ? 0 : 1)
  return rows.sort((a, b) => failing(a) - failing(b) || a.score - b.score || a.key.localeCompare(b.key))
}
