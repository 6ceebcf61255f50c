import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runBinary, runCli } from './run-cli.js'

let dir: string
const at = (...parts: string[]) => join(dir, ...parts)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mtaudit-bad-input-'))
  mkdirSync(at('no-manifest'))
  writeFileSync(at('no-manifest', 'story.txt'), 'A story.')
  mkdirSync(at('bad-json'))
  writeFileSync(at('bad-json', 'bundle.json'), '{"id": "x", "variants": [')
  mkdirSync(at('bad-schema'))
  writeFileSync(at('bad-schema', 'bundle.json'), JSON.stringify({ id: 'x', reference: null, variants: [] }))
  mkdirSync(at('binary'))
  writeFileSync(at('binary', 'bundle.json'), JSON.stringify({ id: 'x', reference: null, variants: [{ id: 'v', file: 'v.txt' }] }))
  writeFileSync(at('binary', 'v.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
  mkdirSync(at('latin1'))
  writeFileSync(at('latin1', 'bundle.json'), JSON.stringify({ id: 'x', reference: null, variants: [{ id: 'v', file: 'v.txt' }] }))
  writeFileSync(at('latin1', 'v.txt'), Buffer.from('Caf\xe9 au lait.', 'latin1'))
  writeFileSync(at('bad.jsonl'), '{"id": "a", "reference": null, "variants": [{"id": "v", "text": "Hi."}]}\n{"id": "b"}\n')
  writeFileSync(at('config.json'), '{"minscore": 50}')
})

describe('bad input exits 2 with one line naming the file and the problem', () => {
  it.each([
    ['a missing file', () => ['check', at('nowhere')], () => `${at('nowhere')}: no such file or folder`],
    ['a folder without bundle.json', () => ['check', at('no-manifest')], () => `${at('no-manifest')}: no bundle folder in it or below (a folder with a bundle.json)`],
    ['invalid JSON in bundle.json', () => ['check', at('bad-json')], () => `${at('bad-json', 'bundle.json')}: invalid JSON`],
    ['a bundle.json of the wrong shape', () => ['check', at('bad-schema')], () => `${at('bad-schema', 'bundle.json')}: field \`variants\` must list at least 1 item`],
    ['a binary file', () => ['check', at('binary')], () => `${at('binary', 'v.txt')}: binary file`],
    ['a non-UTF-8 file', () => ['check', at('latin1')], () => `${at('latin1', 'v.txt')}: not valid UTF-8 (first bad byte at offset 3)`],
    ['a bad JSONL line', () => ['check', at('bad.jsonl')], () => `${at('bad.jsonl')}:2: missing field \`reference\``],
    ['a misspelt config key', () => ['check', '--config', at('config.json')], () => `${at('config.json')}: (top level): unknown key "minscore"; the keys are: minScore, failOn`],
    ['a bad --min-score', () => ['check', '--min-score', 'high'], () => '--min-score: expected a number from 0 to 100, got `high`'],
    ['a bad --format', () => ['check', '--format', 'xml'], () => '--format: expected one of'],
    ['an unknown check', () => ['checks', 'no-such-check'], () => 'no-such-check: no such check'],
    ['an unknown option', () => ['check', '--colour'], () => "unknown option '--colour'"],
  ])('%s', async (_, args, expected) => {
    const run = await runCli(args())
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`mtaudit: ${expected()}`)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stdout).toBe('')
  })

  it('the real binary prints no stack trace', () => {
    const run = runBinary(['check', at('latin1')])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(`mtaudit: ${at('latin1', 'v.txt')}: not valid UTF-8 (first bad byte at offset 3)\n`)
  })
})
