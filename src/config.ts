// The audit's settings: defaults, and the --config file (validated with zod; unknown keys are errors, so a typo
// like "minscore" does not silently fall back to the default).
import { z } from 'zod'
import type { AuditConfig } from './types.js'
import { parseJson } from './bundle/schema.js'

export const DEFAULT_CONFIG: AuditConfig = {
  minScore: 80,
  failOn: 'critical',
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
    ...(raw.aliases && { aliases: [...DEFAULT_CONFIG.aliases, ...raw.aliases] }),
  }
}
