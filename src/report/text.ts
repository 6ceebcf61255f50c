// The text report: what a person reads in a terminal or a CI log. Worst variant first; findings with
// file:line:column so editors and terminals can jump to them. Neutral findings (boilerplate) are counted,
// not listed, unless `verbose`.
import type { AuditResult, BundleResult, VariantResult } from '../types.js'
import { locator } from './locate.js'
import { displayName, severityCounts, summarize } from './summary.js'

export interface TextReportOptions {
  readonly verbose?: boolean
}

export function textReport(result: AuditResult, options: TextReportOptions = {}): string {
  const out: string[] = []
  for (const bundle of result.bundles) {
    // a loop, not push(...): a variant with a finding at each of 1,000,000 characters overflowed the call stack
    for (const line of bundleLines(bundle, options)) out.push(line)
    out.push('')
  }
  const summary = summarize(result)
  const { minScore, failOn } = result.config
  out.push(
    `${summary.variants} variant${summary.variants === 1 ? '' : 's'} · ${summary.failed} failed · lowest score ${summary.minScore ?? '-'} · gate: score ≥ ${minScore}${failOn ? `, no ${failOn} finding` : ''}`,
    result.signature,
  )
  return `${out.join('\n')}\n`
}

function bundleLines(bundle: BundleResult, options: TextReportOptions): string[] {
  const reference = bundle.reference
    ? `reference ${bundle.reference.doc.id} (${bundle.reference.sentences.filter((s) => s.zone !== 'boilerplate').length} story sentences)`
    : 'no reference: reference-free checks only'
  const lines = [`${bundle.id} · ${reference}`]
  const worstFirst = [...bundle.variants].sort((a, b) => a.score - b.score || a.analyzed.doc.id.localeCompare(b.analyzed.doc.id))
  for (const variant of worstFirst) lines.push('', ...variantLines(bundle.id, variant, options))
  return lines
}

function variantLines(bundleId: string, variant: VariantResult, options: TextReportOptions): string[] {
  const { doc } = variant.analyzed
  const counts = severityCounts(variant)
  const tally = (['critical', 'major', 'minor'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`)
  const coverage = variant.coverage === null ? '' : `  coverage ${Math.round(variant.coverage * 100)}%`
  const chrf = variant.chrf === null ? '' : `  chrF ${variant.chrf.toFixed(1)}`
  const origin = [doc.feed, doc.sourceLang && `from ${doc.sourceLang}`].filter(Boolean).join(', ')
  const lines = [
    `${variant.verdict.toUpperCase()}  ${doc.id}  score ${variant.score.toFixed(1)} ${bar(variant.score)}${coverage}${chrf}  ${tally.join(' · ') || 'no errors found'}`,
  ]
  if (origin) lines.push(`      ${origin}`)
  const at = locator(doc.text)
  const where = displayName(bundleId, variant)
  for (const f of variant.findings) {
    if (f.severity === 'neutral' && !options.verbose) continue
    const { line, column } = at(f.start)
    const known = f.baselineState === 'unchanged' ? '  (in baseline)' : ''
    lines.push(`      ${where}:${line}:${column}  ${f.severity}  ${f.check}  ${f.message}${known}`)
  }
  if (counts.neutral > 0 && !options.verbose) lines.push(`      (${counts.neutral} neutral finding${counts.neutral === 1 ? '' : 's'}, e.g. boilerplate set aside; --verbose lists them)`)
  return lines
}

/** A 20-cell bar: `██████████████░░░░░░` for 70. */
export function bar(score: number, cells = 20): string {
  const full = Math.round((Math.max(0, Math.min(100, score)) / 100) * cells)
  return '█'.repeat(full) + '░'.repeat(cells - full)
}
