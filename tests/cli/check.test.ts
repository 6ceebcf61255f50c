import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBinary, runCli } from './run-cli.js'
import { STORY, SEED } from '../helpers.js'

interface JsonFinding { check: string; severity: string; start: number; end: number; line: number; column: number; fingerprint: string }
interface JsonVariant { id: string; score: number; verdict: string; findings: JsonFinding[]; alignment: unknown[]; sentences: unknown[] }

describe('mtaudit check on the bundled story', () => {
  it('reports 004’s "military planes. chase." and ". ,", nothing major in 001, and exits 1', async () => {
    const run = await runCli(['check', '--format', 'json'])
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as { schema: string; signature: string; summary: { failed: number }; bundles: { variants: JsonVariant[] }[] }
    expect(report.schema).toBe('mtaudit.report/1')
    expect(report.signature).toMatch(/^mtaudit@\d+\.\d+\.\d+\|checks:\d+\|align:.+\|lang:franc@.+\|weights:/)
    const variants = report.bundles[0]!.variants
    const byId = (id: string) => variants.find((v) => v.id === id)!
    const french = readFileSync(join(STORY, SEED.french), 'utf8')
    const flagged = byId('004-mt-french').findings.map((f) => french.slice(f.start, f.end))
    expect(flagged).toContain('chase.')
    expect(flagged).toContain('.') // the full stop of ". ,", inside its sentence
    expect(byId('001-native-rewrite').findings.filter((f) => f.severity === 'major' || f.severity === 'critical')).toEqual([])
    expect(byId('001-native-rewrite').verdict).toBe('pass')
    expect(report.summary.failed).toBeGreaterThan(0)
  })

  it('gives line and column of each finding in the file as read', async () => {
    const run = await runCli(['check', '--format', 'json'])
    const variant = (JSON.parse(run.stdout) as { bundles: { variants: JsonVariant[] }[] }).bundles[0]!.variants.find((v) => v.id === '004-mt-french')!
    const chase = variant.findings.find((f) => f.check === 'spurious-sentence-break')!
    const lines = readFileSync(join(STORY, SEED.french), 'utf8').split('\n')
    expect(lines[chase.line - 1]!.slice(chase.column - 1)).toBe('chase.')
  })

  it('is deterministic: the same input gives byte-identical JSON', async () => {
    const first = await runCli(['check', '--format', 'json'])
    const second = await runCli(['check', '--format', 'json'])
    expect(second.stdout).toBe(first.stdout)
  })

  it('passes when the gate is lowered, and fails a variant on --fail-on minor for a single minor finding', async () => {
    expect((await runCli(['check', '--min-score', '0'])).code).toBe(0)
    const strict = await runCli(['check', '--min-score', '0', '--fail-on', 'minor', '--format', 'json'])
    const variants = (JSON.parse(strict.stdout) as { bundles: { variants: JsonVariant[] }[] }).bundles[0]!.variants
    const verdict = (id: string) => variants.find((v) => v.id === id)!.verdict
    expect(verdict('004-mt-french')).toBe('fail') // a minor ". ," (and a major break)
    expect(verdict('001-native-rewrite')).toBe('pass') // boilerplate only: neutral
    expect(strict.code).toBe(1)
  })

  it('writes --output atomically and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtaudit-out-'))
    const out = join(dir, 'report.json')
    const run = await runCli(['check', '--format', 'json', '--output', out])
    expect(run.stdout).toBe('')
    expect(JSON.parse(readFileSync(out, 'utf8')).schema).toBe('mtaudit.report/1')
    expect(readdirSync(dir)).toEqual(['report.json'])
  })

  it('reads JSONL from stdin and runs reference-free checks without a reference (real binary)', () => {
    const line = JSON.stringify({ id: 'piped', reference: null, variants: [{ id: 'v', text: 'They signed a deal for dozens of military planes. chase.' }] })
    const run = runBinary(['check', '-', '--format', 'json'], line)
    const report = JSON.parse(run.stdout) as { bundles: { reference: null; variants: JsonVariant[] }[] }
    expect(report.bundles[0]!.reference).toBeNull()
    expect(report.bundles[0]!.variants[0]!.findings.map((f) => f.check)).toEqual(['spurious-sentence-break'])
    expect(report.bundles[0]!.variants[0]!.alignment).toEqual([])
  })

  it('audits loose files with --reference', async () => {
    const run = await runCli(['check', '--reference', join(STORY, SEED.reference), join(STORY, SEED.french)])
    expect(run.stdout).toContain('004_bee3415c867dfb0a')
    expect(run.stdout).toContain('spurious-sentence-break')
  })

  it('lists and explains the checks', async () => {
    expect((await runCli(['checks'])).stdout).toMatch(/spurious-sentence-break\s+major\s+variant/)
    expect((await runCli(['checks', 'stray-punctuation'])).stdout).toContain('category: Fluency/Punctuation')
  })
})
