// The README's CI section, run as written: every `mtaudit` command of its GitHub Actions workflow, its GitLab CI
// job and its shell lines, in order, in a copy of tests/fixtures/ci-feeds/ (a repository of feeds with a config
// file), with `mtaudit` on PATH as `npm install --global mtaudit` would put it.
import { spawnSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN } from './run-cli.js'

const ROOT = join(import.meta.dirname, '..', '..')
const TREE = join(ROOT, 'tests', 'fixtures', 'ci-feeds')

/** The README's "### In CI" section: its fenced blocks, with their language. */
function ciBlocks(): { lang: string; lines: string[] }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf('### In CI\n')
  const section = readme.slice(start, readme.indexOf('\n### ', start + 1))
  return [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, lines: m[2]!.split('\n').filter((l) => l.trim() !== '') }))
}

/** Shell commands: `- run: X` and GitLab's `- X` script items in YAML; every line (less its comment) in sh. */
function commands(): string[] {
  return ciBlocks().flatMap(({ lang, lines }) =>
    lang === 'yaml'
      ? lines.map((l) => /^\s*-\s+(?:run:\s+)?((?:mtaudit|npm) .*)$/.exec(l)?.[1]).filter((c): c is string => c !== undefined)
      : lines.map((l) => l.replace(/\s+# .*$/, '')),
  )
}

// What each command gives on the fixture tree: seoul-visit's machine translation fails the gate (a sentence cut
// in two, major, and the config's failOn is major); the JSONL passes; against its own baseline the tree passes.
const EXPECTED: Record<string, number> = {
  'mtaudit check feeds/ --format github': 1,
  'mtaudit check feeds/ --format sarif --output mtaudit.sarif': 1,
  'mtaudit check feeds/ --format junit --output mtaudit.xml': 1,
  "mtaudit check 'feeds/**/bundle.json' --quiet": 1,
  'cat bundles.jsonl | mtaudit check - --format json > mtaudit.json': 0,
  'mtaudit check feeds/ --format json --output baseline.json': 1,
  'mtaudit check feeds/ --baseline baseline.json': 0,
  'mtaudit check --print-config': 0,
}

describe('the README’s CI section', () => {
  it('holds a GitHub Actions workflow and a GitLab CI job whose commands are these, and the install line', () => {
    const langs = ciBlocks().map((b) => b.lang)
    expect(langs).toEqual(['yaml', 'yaml', 'sh'])
    const all = commands()
    expect(all.filter((c) => c.startsWith('npm '))).toEqual(['npm install --global mtaudit', 'npm install --global mtaudit'])
    expect(all.filter((c) => !c.startsWith('npm '))).toEqual(Object.keys(EXPECTED))
    const [github, gitlab] = ciBlocks().map((b) => b.lines.join('\n'))
    expect(github).toMatch(/uses: github\/codeql-action\/upload-sarif@v3[\s\S]*sarif_file: mtaudit\.sarif/)
    expect(gitlab).toMatch(/reports:\n\s+junit: mtaudit\.xml/)
  })

  it('runs every command as written on a tree of bundle folders, with the results CI needs', () => {
    const work = join(mkdtempSync(join(tmpdir(), 'mtaudit-ci-')), 'repo')
    cpSync(TREE, work, { recursive: true })
    const bin = mkdtempSync(join(tmpdir(), 'mtaudit-bin-'))
    writeFileSync(join(bin, 'mtaudit'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`)
    chmodSync(join(bin, 'mtaudit'), 0o755)
    const env = { ...process.env, CI: 'true', PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` }
    const outputs: Record<string, { code: number | null; stdout: string; stderr: string }> = {}
    for (const command of commands().filter((c) => !c.startsWith('npm '))) {
      const run = spawnSync('sh', ['-c', command], { cwd: work, env, encoding: 'utf8' })
      outputs[command] = { code: run.status, stdout: run.stdout, stderr: run.stderr }
      expect({ command, code: run.status, stderr: run.stderr }).toEqual({ command, code: EXPECTED[command], stderr: command.includes('--print-config') ? 'mtaudit: config: .mtauditrc.json\n' : '' })
    }
    const github = outputs['mtaudit check feeds/ --format github']!.stdout
    expect(github).toMatch(/^::error file=feeds\/world\/seoul-visit\/mt-french\.txt,line=5,col=47,/m)
    expect(github).toContain('::error title=mtaudit gate::seoul-visit/mt-french: score')

    const sarif = JSON.parse(readFileSync(join(work, 'mtaudit.sarif'), 'utf8')) as { version: string; runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }
    expect(sarif.version).toBe('2.1.0')
    expect(new Set(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(['feeds/world/seoul-visit/mt-french.txt']))

    const junit = readFileSync(join(work, 'mtaudit.xml'), 'utf8')
    expect([...junit.matchAll(/<testcase classname="([^"]+)" name="([^"]+)"/g)].map((m) => `${m[1]}/${m[2]}`)).toEqual([
      'cup-final/rewrite',
      'harbour-strike/rewrite',
      'seoul-visit/rewrite',
      'seoul-visit/mt-french',
    ])
    expect(junit).toContain('<testsuites name="mtaudit" tests="4" failures="1">')

    expect(outputs["mtaudit check 'feeds/**/bundle.json' --quiet"]!.stdout).not.toContain('PASS')
    expect((JSON.parse(readFileSync(join(work, 'mtaudit.json'), 'utf8')) as { bundles: { id: string }[] }).bundles.map((b) => b.id)).toEqual(['council-bridge', 'school-meals'])
    expect(existsSync(join(work, 'baseline.json'))).toBe(true)
    expect(outputs['mtaudit check feeds/ --baseline baseline.json']!.stdout).toContain('(in baseline)')
    expect(JSON.parse(outputs['mtaudit check --print-config']!.stdout)).toMatchObject({ minScore: 75, failOn: 'major' })
  }, 120_000)
})
