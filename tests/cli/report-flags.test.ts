// What CI tools need from the reports: stable JUnit names, SARIF URIs that are URIs, and from the text report
// what ESLint users expect: --quiet, colour on a terminal (--no-color, NO_COLOR), progress on a terminal.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fileUri } from '../../src/report/sarif.js'
import { runCli } from './run-cli.js'

const FEEDS = join(import.meta.dirname, '..', 'fixtures', 'ci-feeds', 'feeds')
const SEOUL = join(FEEDS, 'world', 'seoul-visit')

interface Sarif { runs: { results: { locations: { physicalLocation?: { artifactLocation: { uri: string } }; logicalLocations?: { fullyQualifiedName: string }[] }[] }[] }[] }

describe('junit', () => {
  it('names a test case by bundle (classname) and variant (name) alone, so CI history sees the same tests every run', async () => {
    const names = async (...flags: string[]) => [...(await runCli(['check', FEEDS, '--format', 'junit', ...flags])).stdout.matchAll(/<testcase classname="([^"]*)" name="([^"]*)"/g)].map((m) => `${m[1]}/${m[2]}`)
    const expected = ['cup-final/rewrite', 'harbour-strike/rewrite', 'seoul-visit/rewrite', 'seoul-visit/mt-french']
    expect(await names()).toEqual(expected)
    expect(await names('--min-score', '10')).toEqual(expected)
    expect((await runCli(['check', FEEDS, '--format', 'junit'])).stdout).toMatch(/<system-out>score 100\.0/)
  })
})

describe('sarif', () => {
  it('makes RFC 3986 URIs: file:// for absolute paths, percent-encoded segments', () => {
    expect(fileUri('/srv/feeds/a b.txt')).toBe('file:///srv/feeds/a%20b.txt')
    expect(fileUri('feeds/été #2/v?.txt')).toBe('feeds/%C3%A9t%C3%A9%20%232/v%3F.txt')
    expect(fileUri('feeds\\world\\v.txt')).toBe('feeds/world/v.txt')
  })

  it('on a real run, an absolute path with spaces and # round-trips through the URI', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'mtaudit sarif #')), 'seoul visit')
    cpSync(SEOUL, folder, { recursive: true })
    const sarif = JSON.parse((await runCli(['check', folder, '--format', 'sarif'])).stdout) as Sarif
    const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation!.artifactLocation.uri)
    expect(uris.length).toBeGreaterThan(0)
    for (const uri of uris) {
      expect(uri).toMatch(/^file:\/\/\/[^ #]*$/)
      expect(fileURLToPath(uri)).toBe(resolve(folder, 'mt-french.txt'))
    }
  })

  it('gives a document with no file (JSONL) a logical location, not an invented path', async () => {
    const jsonl = join(mkdtempSync(join(tmpdir(), 'mtaudit-')), 'b.jsonl')
    writeFileSync(jsonl, `${JSON.stringify({ id: 'b', reference: null, variants: [{ id: 'v', text: 'They flew dozens of planes. chase. to the border.' }] })}\n`)
    const sarif = JSON.parse((await runCli(['check', jsonl, '--format', 'sarif'])).stdout) as Sarif
    const location = sarif.runs[0]!.results[0]!.locations[0]!
    expect(location.physicalLocation).toBeUndefined()
    expect(location.logicalLocations).toEqual([{ name: 'v', fullyQualifiedName: 'b/v', kind: 'resource' }])
  })
})

describe('text report flags', () => {
  it('--quiet lists failing variants only (text and github)', async () => {
    const text = (await runCli(['check', FEEDS, '--quiet'])).stdout
    expect(text).toContain('FAIL  mt-french')
    expect(text).not.toContain('PASS')
    expect(text).not.toContain('cup-final')
    expect(text).toMatch(/4 variants · 1 failed/)
    const github = (await runCli(['check', FEEDS, '--quiet', '--format', 'github'])).stdout
    expect(github).not.toContain('::notice')
    expect(github).toContain('::error title=mtaudit gate::seoul-visit/mt-french')
  })

  it('colours on a terminal; --no-color, NO_COLOR and --output leave it plain; --color forces it', async () => {
    const terminal = { stdout: true, stderr: false }
    const ESC = '\u001b['
    expect((await runCli(['check', SEOUL], { terminal })).stdout).toContain(`${ESC}31mFAIL${ESC}39m`)
    expect((await runCli(['check', SEOUL], { terminal: { stdout: false, stderr: false } })).stdout).not.toContain(ESC)
    expect((await runCli(['check', SEOUL, '--no-color'], { terminal })).stdout).not.toContain(ESC)
    expect((await runCli(['check', SEOUL], { terminal, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC)
    expect((await runCli(['check', SEOUL, '--color'])).stdout).toContain(ESC)
    const out = join(mkdtempSync(join(tmpdir(), 'mtaudit-')), 'report.txt')
    await runCli(['check', SEOUL, '--output', out], { terminal })
    expect(readFileSync(out, 'utf8')).not.toContain(ESC)
  })

  it('draws a progress line on a terminal’s stderr, rewritten in place and cleared at the end; none on a pipe', async () => {
    const run = await runCli(['check', FEEDS], { terminal: { stdout: false, stderr: true } })
    expect(run.stderr).toBe('\rmtaudit: 1/3 bundles…\u001b[K\rmtaudit: 2/3 bundles…\u001b[K\r\u001b[K')
    expect((await runCli(['check', FEEDS])).stderr).toBe('')
  })
})
