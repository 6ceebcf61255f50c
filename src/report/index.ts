// report: AuditResult → text, json, jsonl, junit, sarif or github. Pure functions; the CLI picks one by --format and writes
// the string, or the parts of one as the bundles are audited (REPORT_STREAMS).
import type { AuditResult } from '../types.js'
import { githubReport, githubStream } from './github.js'
import { jsonReport, jsonStream } from './json.js'
import { jsonlReport, jsonlStream } from './jsonl.js'
import { junitReport, junitStream } from './junit.js'
import { sarifReport, sarifStream } from './sarif.js'
import type { ReportContext, ReportOptions, ReportStream } from './stream.js'
import { textReport, textStream } from './text.js'

export type { ReportContext, ReportOptions, ReportStream } from './stream.js'

export const FORMATS = ['text', 'json', 'jsonl', 'junit', 'sarif', 'github'] as const
export type Format = (typeof FORMATS)[number]

export const REPORTERS: Readonly<Record<Format, (result: AuditResult, options: ReportOptions) => string>> = {
  text: textReport,
  json: jsonReport,
  jsonl: jsonlReport,
  junit: junitReport,
  sarif: sarifReport,
  github: githubReport,
}

/** Each format in parts, for a report written while the audit runs (see ./stream.ts). */
export const REPORT_STREAMS: Readonly<Record<Format, (context: ReportContext) => ReportStream>> = {
  text: textStream,
  json: jsonStream,
  jsonl: jsonlStream,
  junit: junitStream,
  sarif: sarifStream,
  github: githubStream,
}
