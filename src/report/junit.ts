// JUnit XML: one testsuite a bundle, one testcase a variant, failing when the variant fails the gate. CI
// dashboards (GitLab, Jenkins, Azure) show each feed as a test, with its findings in the failure body.
import type { AuditConfig, AuditResult, BundleResult, VariantResult } from '../types.js'
import { locator } from './locate.js'
import { reportedFindings } from './severity-levels.js'
import { assemble, contextOf, type ReportContext, type ReportStream } from './stream.js'
import { dimensionsLine, displayName, verdictReason } from './summary.js'
import { reviewLine } from './text.js'

export function junitReport(result: AuditResult, options: { verbose?: boolean } = {}): string {
  return assemble(junitStream(contextOf(result, options)), result.bundles)
}

// where each testsuite names the review's count of dismissed findings, known only once every bundle is in;
// xml() turns U+FFFF into U+FFFD, so no other text can hold it
const REVIEW = '\uffff'

export function junitStream(context: ReportContext): ReportStream {
  const { config } = context
  const verbose = context.verbose ?? false
  const review = context.reviewFiles
  return {
    separators: ['\n'],
    headFirst: false,
    bundle: (bundle) => [[suite(bundle, context.signature, review === undefined ? '' : `<property name="review" value="${REVIEW}"/>`, config, verbose)]],
    frame: (totals, counts) => {
      const failures = totals.failed + (config.failUnverified ? totals.unverified : 0)
      return [
        `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mtaudit" tests="${totals.variants}" failures="${failures}"${totals.unverified && !config.failUnverified ? ` skipped="${totals.unverified}"` : ''}>\n`,
        `${counts[0] ? '\n' : ''}</testsuites>\n`,
      ]
    },
    ...(review && { hole: { mark: REVIEW, fill: (totals) => xml(reviewLine({ files: review, dismissed: totals.dismissed })) } }),
  }
}

function suite(bundle: BundleResult, signature: string, reviewProperty: string, config: AuditConfig, verbose: boolean): string {
  const skipped = config.failUnverified ? 0 : bundle.variants.filter((v) => v.verdict === 'unverified').length
  return [
    `  <testsuite name="${xml(bundle.id)}" tests="${bundle.variants.length}" failures="${failing(bundle.variants, config)}"${skipped ? ` skipped="${skipped}"` : ''}>`,
    `    <properties><property name="signature" value="${xml(signature)}"/>${reviewProperty}</properties>`,
    ...bundle.variants.map((v) => testcase(bundle.id, v, config, verbose)),
    '  </testsuite>',
  ].join('\n')
}

function testcase(bundleId: string, variant: VariantResult, config: AuditConfig, verbose: boolean): string {
  // bundle and variant only: a name with the score in it would be a new test to CI's history on every run
  const open = `    <testcase classname="${xml(bundleId)}" name="${xml(variant.analyzed.doc.id)}">`
  const at = locator(variant.analyzed.doc.text)
  const where = displayName(bundleId, variant)
  const lines = reportedFindings(variant.findings, verbose).map((f) => {
    const { line, column } = at(f.start)
    return `${where}:${line}:${column} ${f.severity} ${f.check}: ${f.message}`
  })
  const dismissed = variant.dismissed ? ` (${variant.dismissed} dismissed in review)` : ''
  const out = [`score ${variant.score.toFixed(1)} · ${dimensionsLine(variant)}${dismissed}`, ...lines].join('\n')
  if (variant.verdict === 'pass') return `${open}\n      <system-out>${xml(out)}</system-out>\n    </testcase>`
  const why = verdictReason(variant, config)
  if (variant.verdict === 'unverified' && !config.failUnverified)
    return `${open}\n      <skipped message="${xml(why)}"/>\n      <system-out>${xml(out)}</system-out>\n    </testcase>`
  lines.unshift(out.split('\n')[0]!)
  return `${open}\n      <failure type="mtaudit.gate" message="${xml(why)}">${xml(lines.join('\n'))}</failure>\n    </testcase>`
}

/** Variants that fail the gate: failed, and unverified ones under --fail-unverified. */
function failing(variants: readonly VariantResult[], config: AuditConfig): number {
  return variants.filter((v) => v.verdict === 'fail' || (v.verdict === 'unverified' && config.failUnverified)).length
}

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // characters XML 1.0 cannot carry at all (C0 controls other than tab and newline), e.g. from mojibake
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
}
