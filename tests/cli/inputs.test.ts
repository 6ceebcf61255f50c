// What `mtaudit check` takes as input, as a team's CI gives it: folders of bundle folders, globs it expands
// itself (quoted, so the shell does not), JSONL files and stdin of any size, in an order that never varies.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, runBinary, runCli } from './run-cli.js'

const TREE = join(import.meta.dirname, '..', 'fixtures', 'ci-feeds')
const FEEDS = join(TREE, 'feeds')

interface Report { bundles: { id: string; path?: string; variants: { id: string; verdict: string }[] }[] }
const bundleIds = (stdout: string) => (JSON.parse(stdout) as Report).bundles.map((b) => b.id)

/** A JSONL file of `count` invented bundles of about 790 bytes: larger than a pipe's 64 kB buffer at 100. */
function bigJsonl(count: number): string {
  const sentence =
    'The council met on Monday and agreed to repair the old stone bridge over the river before the first snow of the winter, after engineers warned that its arches were cracking under the weight of lorries and buses that cross it every day.'
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({ id: `story-${String(i).padStart(4, '0')}`, reference: null, variants: [{ id: 'v', text: [sentence, sentence, sentence].join(' ') }] }),
  )
  return `${lines.join('\n')}\n`
}

describe('inputs', () => {
  it('searches a folder of bundle folders recursively, in path order', async () => {
    const run = await runCli(['check', FEEDS, '--format', 'json'])
    expect(run.stderr).toBe('')
    expect(bundleIds(run.stdout)).toEqual(['cup-final', 'harbour-strike', 'seoul-visit'])
    expect(run.code).toBe(1) // seoul-visit's machine translation fails
  })

  it('expands a quoted glob itself: bundle.json files stand for their folders, folders are searched', async () => {
    const byManifest = await runCli(['check', `${FEEDS}/**/bundle.json`, '--format', 'json'])
    expect(bundleIds(byManifest.stdout)).toEqual(['cup-final', 'harbour-strike', 'seoul-visit'])
    const byFolder = await runCli(['check', `${FEEDS}/world/*`, '--format', 'json'])
    expect(bundleIds(byFolder.stdout)).toEqual(['harbour-strike', 'seoul-visit'])
    // a glob that also matches a README takes only the inputs
    const mixed = await runCli(['check', `${FEEDS}/*`, '--format', 'json'])
    expect(bundleIds(mixed.stdout)).toEqual(['cup-final', 'harbour-strike', 'seoul-visit'])
  })

  it('reads a source reached twice once, and keeps the order of the arguments', async () => {
    const run = await runCli(['check', join(FEEDS, 'world', 'seoul-visit'), FEEDS, '--format', 'json'])
    expect(bundleIds(run.stdout)).toEqual(['seoul-visit', 'cup-final', 'harbour-strike'])
  })

  it('says what is none of the inputs it takes, in one line, exit 2', async () => {
    const notes = await runCli(['check', join(FEEDS, 'NOTES.md')])
    expect(notes.code).toBe(2)
    expect(notes.stderr).toMatch(/^mtaudit: .*NOTES\.md: expected a bundle folder, a folder of them, a bundle\.json, a \.jsonl file or a glob/)
    const glob = await runCli(['check', `${FEEDS}/nope-*`])
    expect(glob).toMatchObject({ code: 2, stderr: expect.stringMatching(/nope-\*: the glob matches nothing\n$/) as unknown })
    const empty = mkdtempSync(join(tmpdir(), 'mtaudit-empty-'))
    const none = await runCli(['check', empty])
    expect(none).toMatchObject({ code: 2, stderr: expect.stringMatching(/no bundle folder in it or below/) as unknown })
    expect(none.stderr.split('\n')).toHaveLength(2)
  })

  it('reads stdin larger than a pipe buffer through a real pipe (was: internal error: EAGAIN)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtaudit-stdin-'))
    const file = join(dir, 'big.jsonl')
    writeFileSync(file, bigJsonl(100))
    const run = spawnSync('sh', ['-c', `cat "${file}" | "${process.execPath}" "${BIN}" check - --format json`], { encoding: 'utf8', maxBuffer: 1 << 28 })
    expect(run.stderr).toBe('')
    expect(bundleIds(run.stdout)).toHaveLength(100)
  })

  it('ends quietly with 0 when the reader closes the pipe early (`| head`), no EPIPE stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtaudit-epipe-'))
    const file = join(dir, 'big.jsonl')
    writeFileSync(file, bigJsonl(100))
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" check "${file}" --format json | head -1; echo "status \${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' })
    expect(run.stdout).toBe('{\n')
    expect(run.stderr).toBe('status 0\n')
  })

  it('reads JSONL from stdin mixed with bundle folders (real binary)', () => {
    const line = JSON.stringify({ id: 'piped', reference: null, variants: [{ id: 'v', text: 'The council met on Monday.' }] })
    const run = runBinary(['check', join(FEEDS, 'sport'), '-', '--format', 'json'], `${line}\n`)
    expect(bundleIds(run.stdout)).toEqual(['cup-final', 'piped'])
  })
})
