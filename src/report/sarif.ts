// SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure DevOps). One rule a check, one result a
// finding; regions carry line/column and the UTF-16 char offsets mtaudit uses everywhere.
import { CHECKS } from '../checks/index.js'
import { VERSION } from '../signature.js'
import type { AuditResult, Finding, VariantResult } from '../types.js'
import { locator, type Position } from './locate.js'
import { CI_LEVEL, reportedFindings } from './severity-levels.js'

export function sarifReport(result: AuditResult, options: { verbose?: boolean } = {}): string {
  const results = result.bundles.flatMap((bundle) =>
    bundle.variants.flatMap((variant) => {
      // one line index a variant: built for each finding, a file of 100,000 lines with a finding on each was quadratic
      const at = locator(variant.analyzed.doc.text)
      return reportedFindings(variant.findings, options.verbose ?? false).map((f) => sarifResult(bundle.id, variant, f, at))
    }),
  )
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mtaudit',
            version: VERSION,
            rules: CHECKS.map((c) => ({
              id: c.id,
              shortDescription: { text: c.description },
              fullDescription: { text: c.explanation ?? c.description },
              defaultConfiguration: { level: CI_LEVEL[c.severity] },
              properties: { category: c.category, severity: c.severity },
            })),
          },
        },
        properties: { signature: result.signature },
        results,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function sarifResult(bundleId: string, variant: VariantResult, f: Finding, at: (offset: number) => Position) {
  const { doc } = variant.analyzed
  const start = at(f.start)
  const end = at(f.end)
  return {
    ruleId: f.check,
    level: CI_LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          // documents read from JSONL have no file of their own: they are named bundle/variant
          artifactLocation: { uri: (doc.path ?? `${bundleId}/${doc.id}`).split('\\').join('/') },
          region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: f.start, charLength: f.end - f.start },
        },
      },
    ],
    partialFingerprints: { 'mtaudit/v1': f.fingerprint },
    ...(f.baselineState && { baselineState: f.baselineState }),
    properties: { severity: f.severity, category: f.category, bundle: bundleId, variant: doc.id },
  }
}
