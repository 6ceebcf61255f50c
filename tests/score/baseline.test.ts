import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../cli/run-cli.js'

const bundleLine = (text: string) => JSON.stringify({ id: 'feed', reference: null, variants: [{ id: 'v', text }] })
// long enough for the reference-free checks to verify it (a two-line copy without a reference is `unverified`)
const GARBLED =
  'Poland signed a deal for dozens of military planes. chase.\n\nThe deal will allow Poland to replace weapons it sent to Ukraine last year, ' +
  'the defence ministry said on Monday.\n\nThe first aircraft are due to arrive in the spring, and pilots will train abroad before then, officials added.'

function files(variantText: string) {
  const dir = mkdtempSync(join(tmpdir(), 'mtaudit-baseline-'))
  const input = join(dir, 'feed.jsonl')
  writeFileSync(input, bundleLine(variantText))
  return { dir, input }
}

describe('--baseline', () => {
  it('passes a variant whose known findings and low score are unchanged, and marks them', async () => {
    const { dir, input } = files(GARBLED)
    const baseline = join(dir, 'baseline.json')
    const first = await runCli(['check', input, '--fail-on', 'major', '--format', 'json', '--output', baseline])
    expect(first.code).toBe(1)
    const again = await runCli(['check', input, '--fail-on', 'major', '--format', 'json', '--baseline', baseline])
    expect(again.code).toBe(0)
    const finding = JSON.parse(again.stdout).bundles[0].variants[0].findings[0]
    expect(finding).toMatchObject({ check: 'spurious-sentence-break', baselineState: 'unchanged' })
  })

  it('fails on a finding the baseline did not have', async () => {
    const { dir, input } = files(GARBLED)
    const baseline = join(dir, 'baseline.json')
    await runCli(['check', input, '--format', 'json', '--output', baseline])
    writeFileSync(input, bundleLine(`${GARBLED}\n\nWarsaw has sent tanks. to Kyiv.`))
    const run = await runCli(['check', input, '--fail-on', 'major', '--format', 'json', '--baseline', baseline])
    expect(run.code).toBe(1)
    const states = JSON.parse(run.stdout).bundles[0].variants[0].findings.map((f: { baselineState: string }) => f.baselineState)
    expect(states).toEqual(['unchanged', 'new'])
  })

  it('rejects a file that is not an mtaudit JSON report', async () => {
    const { dir, input } = files(GARBLED)
    writeFileSync(join(dir, 'junk.json'), '{"schema": "other"}')
    const run = await runCli(['check', input, '--baseline', join(dir, 'junk.json')])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/junk\.json: field `schema` must be one of "mtaudit\.report\/1"/)
  })
})
