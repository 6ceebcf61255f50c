// JUnit XML: one testsuite a bundle, one testcase a variant, failing when the variant fails the gate. CI
// dashboards (GitLab, Jenkins, Azure) show each feed as a test, with its findings in the failure body.
import type { AuditResult, BundleResult, VariantResult } from '../types.js'
import { locator } from './locate.js'
import { reportedFindings } from './severity-levels.js'
import { dimensionsLine, displayName, summarize, verdictReason } from './summary.js'
import { reviewLine } from './text.js'

export function junitReport(result: AuditResult, options: { verbose?: boolean } = {}): string {
  const summary = summarize(result)
  const suites = result.bundles.map((b) => suite(b, result, options.verbose ?? false))
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mtaudit" tests="${summary.variants}" failures="${failing(result.bundles.flatMap((b) => b.variants), result)}"${summary.unverified && !result.config.failUnverified ? ` skipped="${summary.unverified}"` : ''}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n')
}

function suite(bundle: BundleResult, result: AuditResult, verbose: boolean): string {
  const skipped = result.config.failUnverified ? 0 : bundle.variants.filter((v) => v.verdict === 'unverified').length
  return [
    `  <testsuite name="${xml(bundle.id)}" tests="${bundle.variants.length}" failures="${failing(bundle.variants, result)}"${skipped ? ` skipped="${skipped}"` : ''}>`,
    `    <properties><property name="signature" value="${xml(result.signature)}"/>${result.review ? `<property name="review" value="${xml(reviewLine(result.review))}"/>` : ''}</properties>`,
    ...bundle.variants.map((v) => testcase(bundle.id, v, result, verbose)),
    '  </testsuite>',
  ].join('\n')
}

function testcase(bundleId: string, variant: VariantResult, result: AuditResult, verbose: boolean): string {
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
  const why = verdictReason(variant, result.config)
  if (variant.verdict === 'unverified' && !result.config.failUnverified)
    return `${open}\n      <skipped message="${xml(why)}"/>\n      <system-out>${xml(out)}</system-out>\n    </testcase>`
  lines.unshift(out.split('\n')[0]!)
  return `${open}\n      <failure type="mtaudit.gate" message="${xml(why)}">${xml(lines.join('\n'))}</failure>\n    </testcase>`
}

/** Variants that fail the gate: failed, and unverified ones under --fail-unverified. */
function failing(variants: readonly VariantResult[], result: AuditResult): number {
  return variants.filter((v) => v.verdict === 'fail' || (v.verdict === 'unverified' && result.config.failUnverified)).length
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
