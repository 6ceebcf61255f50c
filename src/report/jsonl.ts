// The JSONL report (contract: docs/report-format.md, "JSONL report"): one JSON object a line, written as the
// bundles are audited — a header line, a line a bundle in input order, and the summary last. A feed of any size
// can be read a line at a time (`jq -c 'select(.type == "bundle")'`), and a file without its summary line was cut
// off before the run ended.
import type { AuditResult } from '../types.js'
import { bundleJson } from './json.js'
import { assemble, contextOf, summaryOf, type ReportContext, type ReportStream } from './stream.js'

export function jsonlReport(result: AuditResult): string {
  return assemble(jsonlStream(contextOf(result)), result.bundles)
}

export function jsonlStream(context: ReportContext): ReportStream {
  const reviewed = context.reviewFiles !== undefined
  return {
    separators: [''],
    headFirst: true,
    bundle: (bundle) => [[`${JSON.stringify({ type: 'bundle', bundle: bundleJson(bundle, reviewed) })}\n`]],
    frame: (totals) => [
      `${JSON.stringify({ type: 'header', schema: 'mtaudit.report-lines/1', signature: context.signature })}\n`,
      `${JSON.stringify({ type: 'summary', summary: summaryOf(totals), ...(reviewed && { review: { files: context.reviewFiles, dismissed: totals.dismissed } }) })}\n`,
    ],
  }
}
