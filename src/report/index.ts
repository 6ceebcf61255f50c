// report: AuditResult → text, json, junit, sarif or github. Pure functions; the CLI picks one by --format and writes the string.
import type { AuditResult } from '../types.js'
import { githubReport } from './github.js'
import { jsonReport } from './json.js'
import { junitReport } from './junit.js'
import { sarifReport } from './sarif.js'
import { textReport } from './text.js'

export const FORMATS = ['text', 'json', 'junit', 'sarif', 'github'] as const
export type Format = (typeof FORMATS)[number]

export interface ReportOptions {
  readonly verbose?: boolean
  /** failing variants only (text, github); the machine formats stay complete */
  readonly quiet?: boolean
  /** ANSI colour (text) */
  readonly color?: boolean
}

export const REPORTERS: Readonly<Record<Format, (result: AuditResult, options: ReportOptions) => string>> = {
  text: textReport,
  json: jsonReport,
  junit: junitReport,
  sarif: sarifReport,
  github: githubReport,
}
