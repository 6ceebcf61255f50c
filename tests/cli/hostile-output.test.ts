// --output and the review file replace only a regular file (or write a new one), and a signal between the write
// and the rename leaves no temporary file behind (issue 17).
import { spawnSync } from 'node:child_process'
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

let dir: string
const at = (...parts: string[]) => join(dir, ...parts)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mtaudit-output-'))
  writeFileSync(at('target.txt'), 'not to be replaced')
  symlinkSync(at('target.txt'), at('link.json'))
  spawnSync('mkfifo', [at('fifo.json')])
  mkdirSync(at('folder.json'))
})

describe('--output replaces a regular file or writes a new one, nothing else', () => {
  it.each([
    ['a device', () => '/dev/null', 'a character device'],
    ['a symlink', () => at('link.json'), 'a symbolic link'],
    ['a FIFO', () => at('fifo.json'), 'a FIFO (named pipe)'],
    ['a folder', () => at('folder.json'), 'a folder'],
  ])('%s is refused', async (_, target, kind) => {
    const run = await runCli(['check', '--output', target()])
    expect(run.stderr).toBe(`mtaudit: ${target()}: ${kind}, not a regular file; mtaudit replaces only regular files (or writes a new one)\n`)
    expect(run.code).toBe(2)
    expect(readFileSync(at('target.txt'), 'utf8')).toBe('not to be replaced')
    expect(lstatSync(at('link.json')).isSymbolicLink()).toBe(true)
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true)
  })

  // The input named is missing: a run that read or audited its inputs first would name the input, not the output.
  it.each([
    ['a device', () => '/dev/null', () => 'a character device, not a regular file; mtaudit replaces only regular files (or writes a new one)'],
    ['a symlink', () => at('link.json'), () => 'a symbolic link, not a regular file; mtaudit replaces only regular files (or writes a new one)'],
    ['a folder', () => at('folder.json'), () => 'a folder, not a regular file; mtaudit replaces only regular files (or writes a new one)'],
    ['in a folder that does not exist', () => at('no-such-folder', 'report.json'), () => `cannot write in its folder ${at('no-such-folder')}: no such file or folder`],
  ])('%s is refused before any input is read or audited', async (_, target, problem) => {
    const run = await runCli(['check', '--format', 'json', '--output', target(), at('missing.jsonl')])
    expect(run.stderr).toBe(`mtaudit: ${target()}: ${problem()}\n`)
    expect(run.code).toBe(2)
  })

  it('a regular file is replaced, and no temporary file is left', async () => {
    writeFileSync(at('old.txt'), 'old report')
    const run = await runCli(['check', '--output', at('old.txt')])
    expect(run.code).toBeLessThan(2)
    expect(readFileSync(at('old.txt'), 'utf8')).toContain('mtaudit')
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('a review file that is a symlink is refused, not read and not replaced', async () => {
    mkdirSync(at('story'))
    writeFileSync(at('story', 'v.txt'), 'A sentence.\n')
    writeFileSync(at('story', 'bundle.json'), JSON.stringify({ id: 's', reference: null, variants: [{ id: 'v', file: 'v.txt' }] }))
    symlinkSync('/etc/passwd', at('story', 'bundle.mtaudit-review.json'))
    const run = await runCli(['check', at('story')])
    expect(run.stderr).toBe(`mtaudit: ${at('story', 'bundle.mtaudit-review.json')}: a symbolic link, not a regular file; mtaudit replaces only regular files (or writes a new one)\n`)
    expect(run.code).toBe(2)
  })
})

describe('a signal between the write and the rename', () => {
  it.each(['SIGTERM', 'SIGINT'])('%s removes the temporary file and still ends the process', (signal) => {
    const out = at(`signalled-${signal}.json`)
    // the rename is patched to send the signal first: the moment the temporary file is complete and not renamed
    const script = `
      import fs from 'node:fs'
      import { syncBuiltinESMExports } from 'node:module'
      const rename = fs.renameSync
      fs.renameSync = (from, to) => { process.kill(process.pid, ${JSON.stringify(signal)}); return rename(from, to) }
      syncBuiltinESMExports()
      const { writeFileAtomic } = await import(${JSON.stringify(join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'write-output.js'))})
      writeFileAtomic(${JSON.stringify(out)}, 'report')
      setTimeout(() => console.log('not ended by the signal'), 2000)
    `
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 })
    expect(run.signal).toBe(signal)
    expect(run.stdout).toBe('')
    expect(readdirSync(dir).filter((name) => name.includes('signalled') && name.endsWith('.tmp'))).toEqual([])
  })
})
