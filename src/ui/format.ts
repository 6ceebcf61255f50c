// Small text pieces shared by the screens. Colour is never the only signal: every coloured thing also has a
// letter or a mark, so the review reads the same under NO_COLOR, e.g. a major span shows as «M:. chase».
import type { Finding, Severity } from '../types.js'
import type { ReviewDecisions } from '../review/review-file.js'
import type { AlignedRow } from './model/aligned-rows.js'
import { severityRank } from './model/filter.js'

export const SEVERITY_LETTER: Readonly<Record<Severity, string>> = { neutral: 'n', minor: 'm', major: 'M', critical: 'C' }

/** Ink colour names per severity: for spans, letters and counts. */
export const SEVERITY_COLOR: Readonly<Record<Severity, string>> = {
  neutral: 'blue',
  minor: 'yellow',
  major: 'magenta',
  critical: 'red',
}

/** `score 41` → `████░░░░░░` on ten cells. */
export function scoreBar(score: number, cells = 10): string {
  const filled = Math.max(0, Math.min(cells, Math.round((score / 100) * cells)))
  return '█'.repeat(filled) + '░'.repeat(cells - filled)
}

export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`
}

/** Four columns naming the row's link: ` =  ` 1-1, `1:2 ` split, `2:1 ` merge, ` +  ` added, ` −  ` dropped. */
export function kindLabel(row: AlignedRow): string {
  switch (row.kind) {
    case 'match':
      return ' =  '
    case 'split':
      return `1:${row.variant.length}`.padEnd(4)
    case 'merge':
      return `${row.reference.length}:1`.padEnd(4)
    case 'added':
      return ' +  '
    case 'dropped':
      return ' −  '
    default:
      return ' ·  '
  }
}

export function kindWords(row: AlignedRow): string {
  const words: Record<AlignedRow['kind'], string> = {
    match: 'match',
    split: `split 1→${row.variant.length}`,
    merge: `merge ${row.reference.length}→1`,
    added: 'added (not in the reference)',
    dropped: 'dropped (not in the variant)',
    unaligned: 'not aligned',
  }
  const parts = [words[row.kind]]
  if (row.moved) parts.push('moved')
  if (row.similarity !== null) parts.push(`similarity ${row.similarity.toFixed(2)}`)
  return parts.join(' · ')
}

/** The worst severity among the row's open (not dismissed) findings. */
export function worstOpen(findings: readonly Finding[], decisions: ReviewDecisions): Severity | null {
  let worst: Severity | null = null
  for (const finding of findings) {
    if (decisions[finding.fingerprint]?.decision === 'dismissed') continue
    if (!worst || severityRank(finding.severity) > severityRank(worst)) worst = finding.severity
  }
  return worst
}

export function decisionMark(decision: string | undefined): string {
  return decision === 'confirmed' ? '✓' : decision === 'dismissed' ? '✗' : ' '
}
