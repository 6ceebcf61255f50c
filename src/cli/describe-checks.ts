import { InputError } from '../errors.js'
import type { Check } from '../types.js'

/** `mtaudit checks`: one line a check; `mtaudit checks ID`: the whole explanation. */
export function describeChecks(registry: readonly Check[], id?: string): string {
  if (id === undefined) {
    const width = Math.max(...registry.map((c) => c.id.length))
    const rows = registry.map((c) => `${c.id.padEnd(width)}  ${c.severity.padEnd(8)}  ${c.needs.padEnd(9)}  ${c.description}`)
    return `${['id'.padEnd(width) + '  severity  needs      what it finds', ...rows].join('\n')}\n`
  }
  const check = registry.find((c) => c.id === id)
  if (!check) throw new InputError(id, `no such check; \`mtaudit checks\` lists them: ${registry.map((c) => c.id).join(', ')}`)
  return [
    `${check.id} — ${check.description}`,
    '',
    `category: ${check.category}`,
    `default severity: ${check.severity}`,
    `needs: ${check.needs}${check.needs === 'variant' ? ' (runs without a reference)' : ''}`,
    '',
    check.explanation ?? check.description,
    '',
  ].join('\n')
}
