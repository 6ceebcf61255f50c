// report: AuditResult → text. Pure functions; the CLI picks one by --format and writes the string.
import type { AuditResult } from '../types.js'
import { jsonReport } from './json.js'
import { textReport } from './text.js'

export const FORMATS = ['text', 'json'] as const
export type Format = (typeof FORMATS)[number]

export interface ReportOptions {
  readonly verbose?: boolean
}

export const REPORTERS: Readonly<Record<Format, (result: AuditResult, options: ReportOptions) => string>> = {
  text: textReport,
  json: jsonReport,
}
