// The text report: what a person reads in a terminal or a CI log. Worst variant first; findings with
// file:line:column so editors and terminals can jump to them. Neutral findings (boilerplate) are counted,
// not listed, unless `verbose`.
import type { AuditResult, BundleResult, ReviewApplied, VariantResult } from '../types.js'
import { locator } from './locate.js'
import { assemble, contextOf, type ReportContext, type ReportStream } from './stream.js'
import { dimensionsLine, displayName, severityCounts, verdictReason } from './summary.js'

export interface TextReportOptions {
  readonly verbose?: boolean
  /** failing variants only; a bundle with none is left out */
  readonly quiet?: boolean
  /** ANSI colour: the verdict, the severities (as ESLint colours errors red and warnings yellow) */
  readonly color?: boolean
}

const PAINT = { red: 31, green: 32, yellow: 33, magenta: 35, dim: 2, bold: 1 } as const
type Paint = (text: string, style: keyof typeof PAINT) => string
const plain: Paint = (text) => text
const ansi: Paint = (text, style) => `\u001b[${PAINT[style]}m${text}\u001b[${style === 'bold' || style === 'dim' ? 22 : 39}m`
const SEVERITY_PAINT = { critical: 'magenta', major: 'red', minor: 'yellow', neutral: 'dim' } as const

export function textReport(result: AuditResult, options: TextReportOptions = {}): string {
  return assemble(textStream(contextOf(result, options)), result.bundles)
}

export function textStream(context: ReportContext): ReportStream {
  const paint = context.color ? ansi : plain
  const { config } = context
  return {
    separators: [''],
    headFirst: true,
    bundle: (bundle) => {
      if (context.quiet && bundle.variants.every((v) => v.verdict !== 'fail')) return [[]]
      return [[`${bundleLines(bundle, config, context, paint).join('\n')}\n\n`]]
    },
    frame: (totals) => {
      const { minScore, failOn } = config
      const failed = `${totals.failed} failed`
      const review = context.reviewFiles ? `${reviewLine({ files: context.reviewFiles, dismissed: totals.dismissed })}\n` : ''
      return [
        '',
        `${review}${totals.variants} variant${totals.variants === 1 ? '' : 's'} · ${totals.failed > 0 ? paint(failed, 'red') : failed}${totals.unverified ? ` · ${totals.unverified} unverified` : ''} · lowest score ${totals.minScore ?? '-'} · gate: score ≥ ${minScore}${failOn ? `, no ${failOn} finding` : ''}\n${context.signature}\n`,
      ]
    },
  }
}

/** "review: 2 findings dismissed by story/bundle.mtaudit-review.json" */
export function reviewLine(review: ReviewApplied): string {
  return `review: ${review.dismissed} finding${review.dismissed === 1 ? '' : 's'} dismissed by ${review.files.join(', ')}`
}

function bundleLines(bundle: BundleResult, config: AuditResult['config'], options: TextReportOptions, paint: Paint): string[] {
  const reference = bundle.reference
    ? `reference ${bundle.reference.doc.id} (${bundle.reference.sentences.filter((s) => s.zone !== 'boilerplate').length} story sentences)`
    : 'no reference: reference-free checks only'
  const lines = [`${bundle.id} · ${reference}`]
  const worstFirst = [...bundle.variants].sort((a, b) => a.score - b.score || a.analyzed.doc.id.localeCompare(b.analyzed.doc.id))
  for (const variant of worstFirst) {
    if (options.quiet && variant.verdict !== 'fail') continue
    lines.push('')
    for (const line of variantLines(bundle.id, variant, config, options, paint)) lines.push(line)
  }
  return lines
}

function variantLines(bundleId: string, variant: VariantResult, config: AuditResult['config'], options: TextReportOptions, paint: Paint): string[] {
  const { doc } = variant.analyzed
  const counts = severityCounts(variant)
  const tally = (['critical', 'major', 'minor'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`)
  const chrf = variant.chrf === null ? '' : `  chrF ${variant.chrf.toFixed(1)}`
  const origin = [doc.feed, doc.sourceLang && `from ${doc.sourceLang}`].filter(Boolean).join(', ')
  const lines = [
    `${paint(variant.verdict.toUpperCase(), variant.verdict === 'fail' ? 'red' : variant.verdict === 'pass' ? 'green' : 'yellow')}  ${paint(doc.id, 'bold')}  score ${variant.score.toFixed(1)} ${bar(variant.score)}${chrf}  ${tally.join(' · ') || 'no errors found'}`,
    `      ${dimensionsLine(variant)}${variant.verdict === 'unverified' ? `  (${verdictReason(variant, config)})` : ''}`,
  ]
  if (origin) lines.push(`      ${origin}`)
  const at = locator(doc.text)
  const where = displayName(bundleId, variant)
  for (const f of variant.findings) {
    if (f.severity === 'neutral' && !options.verbose) continue
    const { line, column } = at(f.start)
    const known = f.baselineState === 'unchanged' ? '  (in baseline)' : ''
    lines.push(`      ${where}:${line}:${column}  ${paint(f.severity, SEVERITY_PAINT[f.severity])}  ${paint(f.check, 'dim')}  ${f.message}${known}`)
  }
  if (counts.neutral > 0 && !options.verbose) lines.push(`      (${counts.neutral} neutral finding${counts.neutral === 1 ? '' : 's'}, e.g. boilerplate set aside; --verbose lists them)`)
  return lines
}

/** A 20-cell bar: `██████████████░░░░░░` for 70. */
export function bar(score: number, cells = 20): string {
  const full = Math.round((Math.max(0, Math.min(100, score)) / 100) * cells)
  return '█'.repeat(full) + '░'.repeat(cells - full)
}
