// Builds JudgedVariant values in memory for the bench tests: one line of text per MQM value.
import { type HumanError, type JudgedVariant } from '../../bench/human-data.js'
import { lineStarts } from '../../src/report/locate.js'
import type { Bundle } from '../../src/types.js'

export function makeJudged(
  bundleId: string,
  system: string,
  lines: string[],
  mqm: number[],
  options: { reference?: string[]; errors?: HumanError[][] } = {},
): JudgedVariant {
  const text = lines.join('\n')
  const variant = { id: system, role: 'variant' as const, text }
  const reference = options.reference ? { id: 'ref', role: 'reference' as const, text: options.reference.join('\n') } : null
  const bundle: Bundle = { id: bundleId, segmented: true, reference, variants: [variant] }
  return {
    bundle,
    variant,
    system,
    lines,
    lineStarts: lineStarts(text),
    referenceLines: options.reference ?? null,
    mqm,
    errors: options.errors ?? null,
  }
}
