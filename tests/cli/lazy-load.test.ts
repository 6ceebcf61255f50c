// Start-up loads only what the command needs (issue 14): `--help` loads commander and nothing of the audit, and
// `check` never loads the review's Ink/React stack. The real binary (the bundle in dist/bin) runs with a module
// hook that names every file it resolves on stderr; each bundled file names the sources it holds in a `// path`
// comment above each one (esbuild's output), so what a command loaded is read back as source paths.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BIN } from './run-cli.js'

const HOOK = `export async function resolve(specifier, context, next) { const r = await next(specifier, context); console.error('RESOLVED ' + r.url); return r }`
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)})`

/** Every URL the binary resolved: its files, and node's own modules (`node:…`). */
function resolvedBy(args: readonly string[]): string[] {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`)
  const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true' } })
  return run.stderr.split('\n').filter((l) => l.startsWith('RESOLVED ')).map((l) => l.slice('RESOLVED '.length))
}

/** The source files (src/…, node_modules/…) of every file the binary loaded. */
function sourcesLoadedBy(args: readonly string[]): string[] {
  const files = resolvedBy(args).filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url))
  const sources = new Set<string>()
  for (const file of files) {
    sources.add(file)
    for (const m of readFileSync(file, 'utf8').matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)) sources.add(m[1]!)
  }
  return [...sources]
}

describe('start-up loads only what the command needs', () => {
  it('--help loads commander and none of the audit', () => {
    const loaded = sourcesLoadedBy(['--help'])
    expect(loaded.some((path) => path.includes('node_modules/commander/'))).toBe(true)
    expect(loaded.filter((path) => /^src\/(?:audit|align|checks|text|score|report|ui)\b|^node_modules\/(?:zod|franc|sentence-splitter|ink|react)\//.test(path))).toEqual([])
  })

  it('check loads the audit and never the review (src/ui, Ink, React)', () => {
    const loaded = sourcesLoadedBy(['check', '--format', 'json'])
    expect(loaded).toContain('src/audit.ts')
    expect(loaded.filter((path) => /^src\/ui\/|^node_modules\/(?:ink|react)\//.test(path))).toEqual([])
  })

  it('check loads worker_threads only when it audits on workers', () => {
    expect(resolvedBy(['check', '--format', 'json'])).not.toContain('node:worker_threads')
    // a feed of two bundles: two workers when asked (one bundle would take one lane, this thread)
    const feed = 'tests/fixtures/ci-feeds/bundles.jsonl'
    expect(resolvedBy(['check', '--format', 'json', feed])).not.toContain('node:worker_threads')
    expect(resolvedBy(['check', '--format', 'json', '--jobs', '2', feed])).toContain('node:worker_threads')
  })

  it('check loads the glob library only for an argument that names nothing on disk', () => {
    const globbing = (path: string) => /^node_modules\/(?:tinyglobby|picomatch|fdir)\//.test(path)
    expect(sourcesLoadedBy(['check', '--format', 'json', 'reference/nato-stoltenberg-seoul-2023-01-30']).filter(globbing)).toEqual([])
    expect(sourcesLoadedBy(['check', '--format', 'json', 'reference/*']).some(globbing)).toBe(true)
  })

  it('check reads franc’s models from the build’s tables: the bundle holds none of franc’s data module', () => {
    const bundled = sourcesLoadedBy(['check', '--format', 'json'])
    expect(bundled.filter((path) => path.startsWith('node_modules/franc/'))).toEqual(['node_modules/franc/expressions.js'])
  })
})
