// CLI flags → AuditConfig: defaults, then the config file (--config FILE, or the first .mtauditrc.json found
// walking up from the working folder, as ESLint and markdownlint-cli2 find theirs), then flags (later wins).
import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { CHECKS } from '../checks/index.js'
import { DEFAULT_CONFIG, FAIL_ON_VALUES, parseConfigFile } from '../config.js'
import { parseBaseline } from '../score/baseline.js'
import { InputError } from '../errors.js'
import { FORMATS, type Format } from '../report/index.js'
import type { AuditConfig, Severity } from '../types.js'
import { readText } from './read-input.js'
import { CONFIG_FILE_NAME } from './config-file-name.js'

export { CONFIG_FILE_NAME }

export interface ConfigFlags {
  /** a file; false with --no-config (defaults and flags only, no file looked for) */
  readonly config?: string | false
  readonly baseline?: string
  readonly minScore?: string
  readonly failOn?: string
  readonly minCoverage?: string
  readonly failOnTruncated?: boolean
  readonly failUnverified?: boolean
  readonly jobs?: string
}

export interface EffectiveConfig {
  readonly config: AuditConfig
  /** the config file read, as named or found; null when none was */
  readonly file: string | null
}

export function buildConfig(flags: ConfigFlags, cwd = process.cwd()): EffectiveConfig {
  const file = flags.config === false ? null : (flags.config ?? findConfigFile(cwd))
  const fromFile = file === null ? {} : parseConfigFile(readText(file), file, CHECKS.map((c) => c.id))
  const config: AuditConfig = {
    ...DEFAULT_CONFIG,
    ...fromFile,
    ...(flags.minScore !== undefined && { minScore: parseMinScore(flags.minScore) }),
    ...(flags.failOn !== undefined && { failOn: parseFailOn(flags.failOn) }),
    ...(flags.minCoverage !== undefined && { minCoverage: parseShare(flags.minCoverage, '--min-coverage') }),
    ...(flags.failOnTruncated !== undefined && { failOnTruncated: flags.failOnTruncated }),
    ...(flags.failUnverified !== undefined && { failUnverified: flags.failUnverified }),
    ...(flags.baseline !== undefined && { baseline: parseBaseline(readText(flags.baseline), flags.baseline) }),
    ...(flags.jobs !== undefined && { jobs: parseJobs(flags.jobs) }),
  }
  return { config, file }
}

/** The nearest .mtauditrc.json at or above `cwd`, up to the file system's root; null when there is none. */
export function findConfigFile(cwd: string): string | null {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    const candidate = join(folder, CONFIG_FILE_NAME)
    // named relative to the working folder, as the user would type it: `../.mtauditrc.json`
    if (existsSync(candidate)) return relative(cwd, candidate) || candidate
    if (dirname(folder) === folder) return null
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

function parseFailOn(value: string): Severity | null {
  if (!(FAIL_ON_VALUES as readonly string[]).includes(value)) throw new InputError('--fail-on', `expected one of ${FAIL_ON_VALUES.join(', ')}, got \`${value}\``)
  return value === 'none' ? null : (value as Severity)
}

/** `--jobs` → a whole number of worker threads, at least 1. */
export function parseJobs(value: string): number {
  const n = Number(value)
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InputError('--jobs', `expected a whole number of worker threads, 1 or more, got \`${value}\``)
  return n
}

export function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new InputError('--format', `expected one of ${FORMATS.join(', ')}, got \`${value}\``)
  return value as Format
}
