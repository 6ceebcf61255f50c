// CLI flags → AuditConfig: defaults, then the --config file, then flags (later wins).
import { DEFAULT_CONFIG, parseConfigFile } from '../config.js'
import { parseBaseline } from '../score/baseline.js'
import { InputError } from '../errors.js'
import { FORMATS, type Format } from '../report/index.js'
import type { AuditConfig, Severity } from '../types.js'
import { readText } from './read-input.js'

export interface ConfigFlags {
  readonly config?: string
  readonly baseline?: string
  readonly minScore?: string
  readonly failOn?: string
  readonly minCoverage?: string
  readonly failOnTruncated?: boolean
  readonly failUnverified?: boolean
}

export function buildConfig(flags: ConfigFlags): AuditConfig {
  const fromFile = flags.config === undefined ? {} : parseConfigFile(readText(flags.config), flags.config)
  return {
    ...DEFAULT_CONFIG,
    ...fromFile,
    ...(flags.minScore !== undefined && { minScore: parseMinScore(flags.minScore) }),
    ...(flags.failOn !== undefined && { failOn: parseFailOn(flags.failOn) }),
    ...(flags.minCoverage !== undefined && { minCoverage: parseShare(flags.minCoverage, '--min-coverage') }),
    ...(flags.failOnTruncated !== undefined && { failOnTruncated: flags.failOnTruncated }),
    ...(flags.failUnverified !== undefined && { failUnverified: flags.failUnverified }),
    ...(flags.baseline !== undefined && { baseline: parseBaseline(readText(flags.baseline), flags.baseline) }),
  }
}

function parseMinScore(value: string): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InputError('--min-score', `expected a number from 0 to 100, got \`${value}\``)
  return n
}

function parseShare(value: string, flag: string): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InputError(flag, `expected a share from 0 to 1, got \`${value}\``)
  return n
}

const GATE_SEVERITIES = ['minor', 'major', 'critical', 'none'] as const

function parseFailOn(value: string): Severity | null {
  if (!(GATE_SEVERITIES as readonly string[]).includes(value)) throw new InputError('--fail-on', `expected one of ${GATE_SEVERITIES.join(', ')}, got \`${value}\``)
  return value === 'none' ? null : (value as Severity)
}

export function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new InputError('--format', `expected one of ${FORMATS.join(', ')}, got \`${value}\``)
  return value as Format
}
