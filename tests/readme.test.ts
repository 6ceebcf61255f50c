// The README's checks table is the registry's: one row a check, in registry order, with what `mtaudit checks`
// says of it. A check added, renamed or re-described without the README fails here, with the row to paste.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHECKS } from '../src/checks/index.js'
import { dimensionOf } from '../src/findings/run-checks.js'

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')

/** The table as the registry makes it. */
function checksTable(): string {
  const rows = CHECKS.map((c) => `| \`${c.id}\` | ${c.needs} | ${dimensionOf(c)} | ${c.severity} | ${c.description.replace(/\|/g, '\\|')} |`)
  return ['| check | needs | dimension | default severity | finds |', '|---|---|---|---|---|', ...rows, ''].join('\n')
}

describe('README', () => {
  it('lists the checks as the registry has them', () => {
    const table = /<!-- checks:start -->\n([\s\S]*?)<!-- checks:end -->/.exec(README)?.[1]
    expect(table).toBe(checksTable())
  })

  it('stays a page a user reads: under 15 kB, the depth in docs/', () => {
    expect(Buffer.byteLength(README)).toBeLessThan(15_000)
    for (const [, link] of README.matchAll(/\]\((docs\/[^)#]+)/g)) expect(() => readFileSync(join(import.meta.dirname, '..', link!))).not.toThrow()
  })
})
