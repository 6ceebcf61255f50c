// Bundles other people wrote, read by a CI gate (issue 17): files outside the bundle folder, devices, FIFOs,
// huge files and a broken stdin are refused with exit 2 and one line `mtaudit: <file>: <rule>`.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { BIN, runBinary, runCli } from './run-cli.js'

let dir: string
const at = (...parts: string[]) => join(dir, ...parts)

/** A bundle folder whose one variant is `file`, as bundle.json spells it; `make` puts something there. */
function bundle(name: string, file: string, make?: (path: string) => void): string {
  mkdirSync(at(name))
  writeFileSync(at(name, 'ref.txt'), 'The reference says hello.\n')
  writeFileSync(at(name, 'bundle.json'), JSON.stringify({ id: name, reference: { id: 'r', file: 'ref.txt' }, variants: [{ id: 'v', file }] }))
  make?.(at(name, file))
  return at(name)
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mtaudit-hostile-'))
  bundle('dotdot', '../../../../../../../../etc/passwd')
  bundle('absolute', '/etc/passwd')
  bundle('link-out', 'v.txt', (path) => symlinkSync('/etc/passwd', path))
  bundle('link-in', 'v.txt', (path) => symlinkSync('ref.txt', path))
  bundle('zero', 'v.txt', (path) => symlinkSync('/dev/zero', path))
  bundle('dotdot-zero', '../../../../../../../../dev/zero')
  bundle('fifo', 'v.txt', (path) => spawnSync('mkfifo', [path]))
  bundle('folder', 'v', (path) => mkdirSync(path))
  bundle('big', 'v.txt', (path) => writeFileSync(path, 'A sentence of a huge variant. '.repeat(400)))
  // bundle.json itself a link out of the folder: its JSON error would quote the target's first line
  mkdirSync(at('manifest-link'))
  symlinkSync('/etc/passwd', at('manifest-link', 'bundle.json'))
})

const refusals: [string, () => string[], () => string][] = [
  ['a path that climbs out of the folder', () => ['check', at('dotdot')], () => `${at('dotdot', 'bundle.json')}: file \`../../../../../../../../etc/passwd\` is outside the bundle folder`],
  ['an absolute path', () => ['check', at('absolute')], () => `${at('absolute', 'bundle.json')}: file \`/etc/passwd\` is outside the bundle folder`],
  ['a symlink out of the folder', () => ['check', at('link-out')], () => `${at('link-out', 'v.txt')}: outside the bundle folder ${at('link-out')}`],
  ['a symlink to /dev/zero', () => ['check', at('zero')], () => `${at('zero', 'v.txt')}: outside the bundle folder`],
  ['a path that climbs out to /dev/zero', () => ['check', at('dotdot-zero')], () => `${at('dotdot-zero', 'bundle.json')}: file \`../../../../../../../../dev/zero\` is outside the bundle folder`],
  ['a bundle.json that links out', () => ['check', at('manifest-link')], () => `${at('manifest-link', 'bundle.json')}: outside the bundle folder`],
  ['a FIFO', () => ['check', at('fifo')], () => `${at('fifo', 'v.txt')}: a FIFO (named pipe), not a regular file`],
  ['a folder named as a file', () => ['check', at('folder')], () => `${at('folder', 'v')}: a folder, not a regular file`],
  ['a file over --max-file-size', () => ['check', at('big'), '--max-file-size', '0.01'], () => `${at('big', 'v.txt')}: larger than the 0.01 MB limit on an input file (12000 bytes); raise it with --max-file-size MB`],
  ['a device as --config', () => ['check', '--config', '/dev/zero'], () => '/dev/zero: a character device, not a regular file'],
  ['a bad --max-file-size', () => ['check', '--max-file-size', 'lots'], () => '--max-file-size: expected a positive number of MB, got `lots`'],
]

describe('a bundle reads only regular files inside its folder, under the size cap', () => {
  it.each(refusals)('%s: exit 2, one line', async (_, args, expected) => {
    const run = await runCli(args())
    expect(run.stderr).toContain(`mtaudit: ${expected()}`)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).not.toContain('root:')
    expect(run.stdout).toBe('')
    expect(run.code).toBe(2)
  })

  it('the real binary does not hang on a FIFO and prints no stack trace', () => {
    const run = spawnSync(process.execPath, [BIN, 'check', at('fifo')], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, CI: 'true' } })
    expect(run.signal).toBeNull()
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`mtaudit: ${at('fifo', 'v.txt')}: a FIFO (named pipe), not a regular file; mtaudit reads only regular files\n`)
  })

  it('a symlink to a file inside the folder is read', async () => {
    const run = await runCli(['check', at('link-in'), '--format', 'json'])
    expect(run.stderr).toBe('')
    expect(run.code).toBeLessThan(2)
  })

  it('the cap is raised by --max-file-size', async () => {
    const run = await runCli(['check', at('big'), '--max-file-size', '0.1', '--fail-on', 'none', '--min-score', '0'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })
})

describe('stdin', () => {
  it('a stdin opened for writing only is an input error, not an internal one', () => {
    const run = spawnSync(process.execPath, [BIN, 'check', '-'], {
      encoding: 'utf8',
      timeout: 30_000,
      stdio: [openSync(at('stdin-write-only'), 'w'), 'pipe', 'pipe'],
      env: { ...process.env, CI: 'true' },
    })
    expect(run.stderr).toBe('mtaudit: <stdin>: not open for reading (closed, or opened for writing only)\n')
    expect(run.status).toBe(2)
  })

  it('a closed stdin is an input error in words, not EBADF', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check - <&-`], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, CI: 'true' } })
    expect(run.stderr).toBe('mtaudit: <stdin>: no bundles (the file is empty)\n')
    expect(run.status).toBe(2)
  })

  it('an endless stdin stops at the cap on one line (one bundle)', () => {
    const run = spawnSync(process.execPath, [BIN, 'check', '-', '--max-file-size', '1'], {
      encoding: 'utf8',
      timeout: 60_000,
      stdio: [openSync('/dev/zero', 'r'), 'pipe', 'pipe'],
      env: { ...process.env, CI: 'true' },
    })
    expect(run.stderr).toBe('mtaudit: <stdin>:1: a line (one bundle) larger than the 1 MB limit (more than 1000000 bytes); raise it with --max-file-size MB\n')
    expect(run.status).toBe(2)
  })

  it('the real binary still reads a JSONL bundle from stdin', () => {
    const line = JSON.stringify({ id: 'b', reference: null, variants: [{ id: 'v', text: 'A plain sentence.' }] })
    const run = runBinary(['check', '-', '--format', 'json'], `${line}\n`)
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout).bundles[0].id).toBe('b')
  })
})
