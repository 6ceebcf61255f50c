// SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure DevOps). One rule a check, one result a
// finding; regions carry line/column and the UTF-16 char offsets mtaudit uses everywhere.
import { isAbsolute, win32 } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CHECKS } from '../checks/index.js'
import { VERSION } from '../signature.js'
import type { AuditResult, Finding, VariantResult } from '../types.js'
import { locator, type Position } from './locate.js'
import { CI_LEVEL, reportedFindings } from './severity-levels.js'
import { assemble, contextOf, indentJson, jsonFrame, type ReportContext, type ReportStream } from './stream.js'

export function sarifReport(result: AuditResult, options: { verbose?: boolean } = {}): string {
  return assemble(sarifStream(contextOf(result, options)), result.bundles)
}

// stand for the variants' verdicts and for the results in the frame; a NUL cannot be in the signature or a file name
const VARIANTS = '\u0000mtaudit:variants'
const RESULTS = '\u0000mtaudit:results'

export function sarifStream(context: ReportContext): ReportStream {
  return {
    separators: [',\n', ',\n'],
    headFirst: false,
    bundle: (bundle) => [
      // at the depth they have in the log: runs[0].properties.variants[i] and runs[0].results[i]
      bundle.variants.map((v) => indentJson(variantVerdict(bundle.id, v), 5)),
      bundle.variants.flatMap((variant) => {
        // one line index a variant: built for each finding, a file of 100,000 lines with a finding on each was quadratic
        const at = locator(variant.analyzed.doc.text)
        return reportedFindings(variant.findings, context.verbose ?? false).map((f) => indentJson(sarifResult(bundle.id, variant, f, at), 4))
      }),
    ],
    frame: (totals, counts) => {
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
            // SARIF has no place for a score: each variant's verdict and dimensions ride in the run's property bag
            properties: {
              signature: context.signature,
              ...(context.reviewFiles && { review: { files: context.reviewFiles, dismissed: totals.dismissed } }),
              variants: [VARIANTS],
            },
            results: [RESULTS],
          },
        ],
      }
      const parts = jsonFrame(JSON.stringify(log, null, 2), [VARIANTS, RESULTS], counts)
      parts[2] += '\n'
      return parts
    },
  }
}

function variantVerdict(bundleId: string, v: VariantResult) {
  return { bundle: bundleId, variant: v.analyzed.doc.id, score: v.score, verdict: v.verdict, fluency: v.fluency.score, fidelity: v.fidelity?.score ?? null, coverage: v.completeness.coverage, truncated: v.completeness.truncated }
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
      doc.path === undefined
        ? // a document read from JSONL or stdin has no file of its own: a logical location names it, no path is made up
          { logicalLocations: [{ name: doc.id, fullyQualifiedName: `${bundleId}/${doc.id}`, kind: 'resource' }] }
        : {
            physicalLocation: {
              artifactLocation: { uri: fileUri(doc.path) },
              region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: f.start, charLength: f.end - f.start },
            },
          },
    ],
    partialFingerprints: { 'mtaudit/v1': f.fingerprint },
    ...(f.baselineState && { baselineState: f.baselineState }),
    properties: { severity: f.severity, category: f.category, dimension: f.dimension, bundle: bundleId, variant: doc.id },
  }
}

/**
 * A path as an RFC 3986 URI reference, as SARIF requires: an absolute path becomes a file:// URI
 * (`/srv/feeds/a b.txt` → `file:///srv/feeds/a%20b.txt`), a relative one a relative reference with each segment
 * percent-encoded (`feeds/été #2/v.txt` → `feeds/%C3%A9t%C3%A9%20%232/v.txt`), resolved by code scanning against
 * the checkout. Windows separators become `/`.
 */
export function fileUri(path: string): string {
  if (isAbsolute(path) || win32.isAbsolute(path)) return pathToFileURL(path).href
  return path.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/')
}
