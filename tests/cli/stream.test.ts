// `check` reads a JSONL feed a line at a time, audits on worker threads (--jobs) and writes the report as bundles
// come back: the report is byte for byte the one the whole-result reporters make, for any number of workers, in
// input order, and a bad line anywhere is still reported by its line number before anything is audited.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { audit } from '../../src/audit.js'
import { loadJsonlBundles } from '../../src/bundle/load.js'
import { FORMATS, REPORTERS } from '../../src/report/index.js'
import { runBinary, runCli } from './run-cli.js'

const REFERENCE = {
  id: 'ref',
  text: 'South Korea and NATO agreed on Monday to deepen their cooperation. The alliance chief met the president in Seoul. He said the war in Ukraine showed that security in Europe and Asia is linked.',
}

/** Small bundles with findings of several kinds, ids not in input order, one with two variants, one without a reference. */
function feed(): string {
  const lines = [
    { id: 'z-clean', reference: REFERENCE, variants: [{ id: 'v', text: REFERENCE.text }] },
    { id: 'y-break', reference: REFERENCE, variants: [{ id: 'v', text: 'South Korea and NATO agreed on Monday to deepen. their cooperation. The alliance chief met the president in Seoul ,, He said the war in Ukraine showed that security in Europe and Asia is linked.' }] },
    { id: 'a-free', reference: null, variants: [{ id: 'v', text: 'They flew dozens of military planes. chase. to the border, officials said on Monday.' }] },
    { id: 'x-number', reference: REFERENCE, variants: [{ id: 'v', text: 'South Korea and NATO agreed on Tuesday to deepen their cooperation. The alliance chief met the president in Busan.' }] },
    { id: 'm-two', reference: null, variants: [{ id: 'x', text: 'The minister said the talks will go on.' }, { id: 'y', text: 'The minister said the talks will go on ,, next week.' }] },
  ]
  return `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`
}

const dir = mkdtempSync(join(tmpdir(), 'mtaudit-stream-'))
const FEED = join(dir, 'feed.jsonl')
writeFileSync(FEED, feed())
const whole = audit(loadJsonlBundles(feed(), FEED))

describe('check on a JSONL feed, streamed', () => {
  it('writes every format byte for byte as the whole-result reporter does, with 1, 2 and 3 workers', async () => {
    for (const format of FORMATS) {
      const expected = REPORTERS[format](whole, {})
      expect((await runCli(['check', FEED, '--format', format, '--jobs', '1'])).stdout, `${format} --jobs 1`).toBe(expected)
      for (const jobs of ['2', '3']) {
        const run = runBinary(['check', FEED, '--format', format, '--jobs', jobs])
        expect(run.stderr).toBe('')
        expect(run.code).toBe(1)
        expect(run.stdout, `${format} --jobs ${jobs}`).toBe(expected)
      }
    }
  }, 180_000)

  it('keeps the input order, which is not the order of the ids', async () => {
    const run = await runCli(['check', FEED, '--format', 'jsonl', '--jobs', '1'])
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; bundle?: { id: string }; summary?: unknown })
    expect(lines[0]!.type).toBe('header')
    expect(lines.slice(1, -1).map((l) => l.bundle!.id)).toEqual(['z-clean', 'y-break', 'a-free', 'x-number', 'm-two'])
    expect(lines.at(-1)).toMatchObject({ type: 'summary', summary: { variants: 6 } })
  })

  it('reports a bad line in the middle by its number, audits nothing and writes no report', () => {
    const lines = feed().split('\n')
    lines.splice(3, 0, '{"id": "bad", "reference": null, "variants": [{"id": "v", "txt": "typo"}]}')
    const bad = join(dir, 'bad.jsonl')
    writeFileSync(bad, lines.join('\n'))
    const out = join(dir, 'bad-report.json')
    const run = runBinary(['check', bad, '--format', 'json', '--jobs', '2', '--output', out])
    expect(run).toMatchObject({ code: 2, stdout: '' })
    expect(run.stderr).toBe(`mtaudit: ${bad}:4: missing field \`variants[0].text\`; unknown field \`variants[0].txt\`\n`)
    expect(existsSync(out)).toBe(false)
  })

  it('reads stdin a line at a time, and replaces --output atomically leaving no temporary file', () => {
    const folder = mkdtempSync(join(dir, 'out-'))
    const target = join(folder, 'report.sarif')
    writeFileSync(target, 'old report')
    const run = runBinary(['check', '-', '--format', 'sarif', '--jobs', '2', '--output', target], feed())
    expect(run).toMatchObject({ code: 1, stderr: '', stdout: '' })
    expect(readFileSync(target, 'utf8')).toBe(REPORTERS.sarif(audit(loadJsonlBundles(feed(), '<stdin>')), {}))
    expect(readdirSync(folder)).toEqual(['report.sarif'])
  })

  it('takes the number of workers from the config file, and refuses a --jobs that is not a count', async () => {
    expect(await runCli(['check', FEED, '--jobs', '0'])).toMatchObject({ code: 2, stderr: 'mtaudit: --jobs: expected a whole number of worker threads, 1 or more, got `0`\n' })
    expect(await runCli(['check', FEED, '--jobs', '1.5'])).toMatchObject({ code: 2 })
    const config = join(dir, 'jobs.json')
    writeFileSync(config, JSON.stringify({ jobs: 2 }))
    const printed = await runCli(['check', '--config', config, '--print-config'])
    expect(JSON.parse(printed.stdout)).toMatchObject({ jobs: 2 })
    const run = runBinary(['check', FEED, '--config', config, '--format', 'github'])
    expect(run.stdout).toBe(REPORTERS.github(whole, {}))
  })
})
