// Test helpers: the seed texts of the bundled story, and check contexts built through the real stages.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { align } from '../src/align/index.js'
import { DEFAULT_CONFIG } from '../src/config.js'
import { createBundleContext } from '../src/findings/bundle-context.js'
import { runChecks } from '../src/findings/run-checks.js'
import { analyze } from '../src/analyze.js'
import type { AnalyzedDocument, AuditConfig, Check, CheckContext, Document, Finding } from '../src/types.js'

export const STORY = join(import.meta.dirname, '..', 'reference', 'nato-stoltenberg-seoul-2023-01-30')
export const SEED = {
  reference: '000_f38d99857537e291.txt',
  native: '001_b2b3c83f70e9c0c6.txt',
  greek: '002_0d9055629094b0d0.txt',
  indonesian: '003_e2097bfc73f45a6c.txt',
  french: '004_bee3415c867dfb0a.txt',
} as const

export function seedText(name: keyof typeof SEED): string {
  return readFileSync(join(STORY, SEED[name]), 'utf8')
}

export function doc(text: string, id = 'test', role: Document['role'] = 'variant'): Document {
  return { id, role, text }
}

export interface ContextOptions {
  readonly reference?: string
  /** the bundle's other copies: a text, or a text with its source language ("en": a copy written in English) */
  readonly others?: readonly (string | { readonly text: string; readonly sourceLang?: string })[]
  readonly segmented?: boolean
  readonly config?: Partial<AuditConfig>
}

export function contextFor(text: string, options: ContextOptions = {}): CheckContext {
  const segmented = options.segmented ?? false
  const variant = analyze(doc(text), segmented)
  const reference: AnalyzedDocument | null = options.reference === undefined ? null : analyze(doc(options.reference, 'reference', 'reference'), segmented)
  return {
    variant,
    reference,
    alignment: align(variant, reference),
    others: (options.others ?? []).map((o, i) => {
      const { text, sourceLang } = typeof o === 'string' ? { text: o, sourceLang: undefined } : o
      return analyze({ ...doc(text, `other-${i}`), ...(sourceLang !== undefined && { sourceLang }) }, segmented)
    }),
    config: { ...DEFAULT_CONFIG, ...options.config },
    bundle: createBundleContext(),
  }
}

/** Runs one check through the real runner (so severity, category and fingerprints are as in a report). */
export function findingsOf(check: Check, text: string, options: ContextOptions = {}): Finding[] {
  return runChecks(contextFor(text, options), [check])
}

/** The text a finding points at. */
export function spanText(text: string, finding: Pick<Finding, 'start' | 'end'>): string {
  return text.slice(finding.start, finding.end)
}
