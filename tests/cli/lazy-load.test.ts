// Start-up loads only what the command needs (issue 14): `--help` loads commander and nothing of the audit, and
// `check` never loads the review's Ink/React stack. The real binary runs with a module hook that names every
// module it resolves on stderr.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BIN } from './run-cli.js'

const HOOK = `export async function resolve(specifier, context, next) { const r = await next(specifier, context); console.error('RESOLVED ' + r.url); return r }`
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)})`

function modulesLoadedBy(args: readonly string[]): string[] {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`)
  const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true' } })
  return run.stderr.split('\n').filter((l) => l.startsWith('RESOLVED ')).map((l) => l.slice('RESOLVED '.length))
}

describe('start-up loads only what the command needs', () => {
  it('--help loads commander and none of the audit', () => {
    const loaded = modulesLoadedBy(['--help'])
    expect(loaded.some((url) => url.includes('/commander/'))).toBe(true)
    expect(loaded.filter((url) => /\/dist\/src\/(?:audit|align|checks|text|score|report|ui)\b|\/node_modules\/(?:zod|franc|sentence-splitter|ink|react)\//.test(url))).toEqual([])
  })

  it('check loads the audit and never the review (src/ui, Ink, React)', () => {
    const loaded = modulesLoadedBy(['check', '--format', 'json'])
    expect(loaded.some((url) => url.includes('/dist/src/audit.js'))).toBe(true)
    expect(loaded.filter((url) => /\/dist\/src\/ui\/|\/node_modules\/(?:ink|react)\//.test(url))).toEqual([])
  })
})
