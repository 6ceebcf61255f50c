// The audit's settings: defaults, and the config file (validated with zod; unknown keys are errors, so a typo
// like "minscore" does not silently fall back to the default, and an unknown check id in `only` is an error, so
// `{"only": ["nope"]}` cannot turn the gate into one that runs no check and passes everything).
import * as z from 'zod/mini'
import { InputError } from './errors.js'
import type { AuditConfig, Severity } from './types.js'
import { inEnglish } from './zod-messages.js'

export const DEFAULT_CONFIG: AuditConfig = {
  minScore: 80,
  failOn: 'critical',
  minCoverage: null,
  failOnTruncated: false,
  failUnverified: false,
  only: [],
  disable: [],
  // house spellings that are style, not garble
  aliases: [
    ['Kyiv', 'Kiev'],
    ['Kharkiv', 'Kharkov'],
    ['Odesa', 'Odessa'],
    ['Beijing', 'Peking'],
    ['Myanmar', 'Burma'],
    ['Mumbai', 'Bombay'],
    ['Türkiye', 'Turkey'],
  ],
  dismissed: [],
  fidelity: 'auto',
}

/** What `failOn` (and --fail-on) takes: a severity a finding must reach to fail its variant, or none. */
export const FAIL_ON_VALUES = ['minor', 'major', 'critical', 'none'] as const
const SEVERITY_VALUES = ['neutral', 'minor', 'major', 'critical'] as const

const aliasGroups = z.array(z.array(z.string().check(z.minLength(1))).check(z.minLength(2)))

/**
 * Options a check takes under `checks.<id>.options`, by check id. A check not listed takes none, and options
 * given to it are an error. name-drift's `aliases` are the top-level `aliases`, kept beside the check they tune.
 */
const CHECK_OPTIONS: Readonly<Record<string, z.ZodMiniType>> = {
  'name-drift': z.strictObject({ aliases: z.optional(aliasGroups) }),
}

/** `checks.<id>`: "off", a severity every finding of the check gets, or both spelt out with the check's options. */
const checkSetting = z.union([
  z.enum(['off', ...SEVERITY_VALUES]),
  z.strictObject({ severity: z.optional(z.enum(['off', ...SEVERITY_VALUES])), options: z.optional(z.record(z.string(), z.unknown())) }),
])

export const configFileSchema = z.strictObject({
  minScore: z.optional(z.number().check(z.gte(0), z.lte(100))),
  failOn: z.optional(z.enum(FAIL_ON_VALUES)),
  only: z.optional(z.array(z.string())),
  disable: z.optional(z.array(z.string())),
  checks: z.optional(z.record(z.string(), checkSetting)),
  fidelity: z.optional(z.enum(['auto', 'on', 'off'])),
  minCoverage: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(1)))),
  failOnTruncated: z.optional(z.boolean()),
  failUnverified: z.optional(z.boolean()),
  /** added to the default aliases */
  aliases: z.optional(aliasGroups),
  /** worker threads for `check` (--jobs) */
  jobs: z.optional(z.number().check(z.int(), z.gte(1))),
})

const KEYS = Object.keys(configFileSchema.shape)

/**
 * A config file's text → the settings it changes. `checkIds` are the registry's (passed in: the checks import
 * types from here, not the other way round). Every problem is an InputError naming the file and the key, e.g.
 * `.mtauditrc.json: only[0]: unknown check "nope"; the checks are: boilerplate, calque-grammar, …`.
 */
export function parseConfigFile(text: string, where: string, checkIds: readonly string[]): Partial<AuditConfig> {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new InputError(where, `invalid JSON: ${(error as Error).message}`)
  }
  const parsed = configFileSchema.safeParse(json, inEnglish)
  if (!parsed.success) throw new InputError(where, describe(parsed.error.issues[0], json))
  const raw = parsed.data
  const known = (id: string, at: string) => {
    if (!checkIds.includes(id)) throw new InputError(where, `${at}: unknown check "${id}"; the checks are: ${checkIds.join(', ')}`)
  }
  raw.only?.forEach((id, i) => known(id, `only[${i}]`))
  raw.disable?.forEach((id, i) => known(id, `disable[${i}]`))
  const severities: Record<string, Severity> = {}
  const off: string[] = []
  let checkAliases: string[][] = []
  for (const [id, setting] of Object.entries(raw.checks ?? {})) {
    known(id, `checks.${id}`)
    const level = typeof setting === 'string' ? setting : setting.severity
    if (level === 'off') off.push(id)
    else if (level !== undefined) severities[id] = level
    if (typeof setting === 'object' && setting.options !== undefined) {
      const schema = CHECK_OPTIONS[id]
      if (!schema) throw new InputError(where, `checks.${id}.options: the check takes no options`)
      const options = schema.safeParse(setting.options, inEnglish)
      if (!options.success) throw new InputError(where, describe(options.error.issues[0], setting.options, `checks.${id}.options`))
      checkAliases = [...checkAliases, ...((options.data as { aliases?: string[][] }).aliases ?? [])]
    }
  }
  const only = raw.only ?? []
  const disable = [...new Set([...(raw.disable ?? []), ...off])].sort()
  if (only.length > 0 && only.every((id) => disable.includes(id))) throw new InputError(where, 'only: every check named is also disabled, so no check would run')
  const aliases = [...(raw.aliases ?? []), ...checkAliases]
  return {
    ...(raw.minScore !== undefined && { minScore: raw.minScore }),
    ...(raw.failOn !== undefined && { failOn: raw.failOn === 'none' ? null : raw.failOn }),
    ...(raw.only && { only: raw.only }),
    ...(disable.length > 0 && { disable }),
    ...(Object.keys(severities).length > 0 && { severities }),
    ...(raw.fidelity && { fidelity: raw.fidelity }),
    ...(raw.minCoverage !== undefined && { minCoverage: raw.minCoverage }),
    ...(raw.failOnTruncated !== undefined && { failOnTruncated: raw.failOnTruncated }),
    ...(raw.failUnverified !== undefined && { failUnverified: raw.failUnverified }),
    ...(aliases.length > 0 && { aliases: mergeAliases(DEFAULT_CONFIG.aliases, aliases) }),
    ...(raw.jobs !== undefined && { jobs: raw.jobs }),
  }
}

/** Alias groups added to the defaults, each group once (so a printed config read back gives the same config). */
function mergeAliases(base: readonly (readonly string[])[], more: readonly (readonly string[])[]): (readonly string[])[] {
  const seen = new Set<string>()
  return [...base, ...more].filter((group) => {
    const key = JSON.stringify(group)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The effective config in the config file's own shape (`--print-config`): read back, it gives the same config. */
export function configAsFile(config: AuditConfig): Record<string, unknown> {
  const checks = Object.fromEntries(Object.entries(config.severities ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)))
  return {
    minScore: config.minScore,
    failOn: config.failOn ?? 'none',
    only: [...config.only],
    disable: [...config.disable],
    checks,
    fidelity: config.fidelity,
    minCoverage: config.minCoverage,
    failOnTruncated: config.failOnTruncated,
    failUnverified: config.failUnverified,
    aliases: config.aliases,
    ...(config.jobs !== undefined && { jobs: config.jobs }),
  }
}

/** One zod issue → one line: where, and what is allowed there. */
function describe(issue: z.core.$ZodIssue | undefined, input: unknown, prefix = ''): string {
  if (!issue) return 'invalid content'
  const got = JSON.stringify(issue.path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input))
  const path = [prefix, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('').replace(/^\./, '') || '(top level)'
  if (issue.code === 'unrecognized_keys') {
    const allowed = prefix ? '' : `; the keys are: ${KEYS.join(', ')}`
    return `${path}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${allowed}`
  }
  if (issue.code === 'invalid_value') return `${path}: expected one of ${issue.values.map((v) => String(v)).join(', ')}, got ${got}`
  if (issue.code === 'invalid_union' && issue.path[0] === 'checks') {
    return `${path}: expected "off", a severity (${SEVERITY_VALUES.join(', ')}) or {"severity": …, "options": {…}}, got ${got}`
  }
  return `${path}: ${issue.message}`
}
