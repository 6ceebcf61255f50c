// The audit's settings: defaults, and the --config file (validated with zod; unknown keys are errors, so a typo
// like "minscore" does not silently fall back to the default).
import { z } from 'zod'
import type { AuditConfig } from './types.js'
import { parseJson } from './bundle/schema.js'

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

const severity = z.enum(['neutral', 'minor', 'major', 'critical'])
export const configFileSchema = z.strictObject({
  minScore: z.number().min(0).max(100).optional(),
  failOn: z.union([severity, z.literal('none')]).optional(),
  only: z.array(z.string()).optional(),
  disable: z.array(z.string()).optional(),
  fidelity: z.enum(['auto', 'on', 'off']).optional(),
  minCoverage: z.number().min(0).max(1).nullable().optional(),
  failOnTruncated: z.boolean().optional(),
  failUnverified: z.boolean().optional(),
  /** added to the default aliases */
  aliases: z.array(z.array(z.string().min(1)).min(2)).optional(),
})

export function parseConfigFile(text: string, where: string): Partial<AuditConfig> {
  const raw = parseJson(configFileSchema, text, where)
  return {
    ...(raw.minScore !== undefined && { minScore: raw.minScore }),
    ...(raw.failOn !== undefined && { failOn: raw.failOn === 'none' ? null : raw.failOn }),
    ...(raw.only && { only: raw.only }),
    ...(raw.disable && { disable: raw.disable }),
    ...(raw.fidelity && { fidelity: raw.fidelity }),
    ...(raw.minCoverage !== undefined && { minCoverage: raw.minCoverage }),
    ...(raw.failOnTruncated !== undefined && { failOnTruncated: raw.failOnTruncated }),
    ...(raw.failUnverified !== undefined && { failUnverified: raw.failUnverified }),
    ...(raw.aliases && { aliases: [...DEFAULT_CONFIG.aliases, ...raw.aliases] }),
  }
}
