// A JSONL input read a line at a time gives the lines, and the errors, that decoding the whole file gave: however
// the bytes are cut into chunks, with the same offsets; the size cap holds for one line.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/bundle/decode.js'
import { failure } from '../../src/cli/check.js'
import { fileLines, LineDecoder, type JsonlLine } from '../../src/cli/jsonl-input.js'
import { TaskFailed, WorkerError } from '../../src/cli/worker-pool.js'
import { InputError } from '../../src/errors.js'

/** The lines of `bytes` fed in chunks of `size` bytes; or the error's one line. */
function linesOf(bytes: Buffer, size: number, cap = 1e6): JsonlLine[] | string {
  const decoder = new LineDecoder('f.jsonl', cap)
  const lines: JsonlLine[] = []
  try {
    for (let i = 0; i < bytes.length; i += size) lines.push(...decoder.push(bytes.subarray(i, i + size)))
    lines.push(...decoder.end())
  } catch (error) {
    return (error as InputError).toLine()
  }
  return lines.filter((l) => l.text !== '')
}

/** What reading the whole file at once gives. */
function wholeLines(bytes: Buffer): JsonlLine[] | string {
  try {
    return decodeText(bytes, 'f.jsonl')
      .split('\n')
      .map((text, i) => ({ number: i + 1, text }))
      .filter((l) => l.text !== '')
  } catch (error) {
    return (error as InputError).toLine()
  }
}

const CASES: Record<string, Buffer> = {
  'plain lines, CRLF, a blank line': Buffer.from('{"id": "a"}\r\n\n{"id": "é — 中文"}\n{"id": "c"}'),
  'a byte-order mark': Buffer.from('\ufeff{"id": "a"}\n{"id": "b"}\n'),
  'a byte-order mark in the middle stays': Buffer.from('{"id": "a"}\n\ufeff{"id": "b"}\n'),
  'a NUL byte': Buffer.from('{"id": "a"}\n{"id": "b\u0000"}\n'),
  'not UTF-8': Buffer.concat([Buffer.from('{"id": "a"}\n{"id": "'), Buffer.from([0xe9, 0x22]), Buffer.from('}\n')]),
  'not UTF-8, then a NUL byte': Buffer.concat([Buffer.from('{"id": "'), Buffer.from([0xff]), Buffer.from('"}\n{"id": "\u0000"}\n')]),
  'a sequence cut by a newline': Buffer.concat([Buffer.from('{"id": "a'), Buffer.from([0xe4, 0x0a]), Buffer.from('"}\n')]),
  'UTF-16LE': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id": "a"}\n{"id": "b"}\n', 'utf16le')]),
  'UTF-32': Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]),
  'empty': Buffer.alloc(0),
  'two bytes': Buffer.from('{}'),
}

describe('LineDecoder', () => {
  for (const [name, bytes] of Object.entries(CASES)) {
    it(`reads ${name} as the whole file is read, in chunks of any size`, () => {
      const expected = wholeLines(bytes)
      for (const size of [1, 2, 3, 7, 64, 1 << 20]) expect(linesOf(bytes, size), `chunks of ${size}`).toEqual(expected)
    })
  }

  it('refuses a line over the cap by its number, before it ends', () => {
    const bytes = Buffer.from(`{"id": "a"}\n{"id": "${'x'.repeat(200)}"}\n`)
    const expected = 'f.jsonl:2: a line (one bundle) larger than the 0.0001 MB limit (more than 100 bytes); raise it with --max-file-size MB'
    expect(linesOf(bytes, 1, 100)).toBe(expected)
    expect(linesOf(bytes, 1 << 20, 100)).toBe(expected)
    // the file may be far larger than the cap: each line is under it
    expect(linesOf(Buffer.from('{"id": "a"}\n'.repeat(50)), 16, 20)).toHaveLength(50)
  })

  it('reads a file the same way (fileLines)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mtaudit-lines-')), 'f.jsonl')
    writeFileSync(file, CASES['plain lines, CRLF, a blank line']!)
    expect([...fileLines(file, 'f.jsonl', 1e6, String)].filter((l) => l.text !== '')).toEqual(wholeLines(CASES['plain lines, CRLF, a blank line']!))
  })
})

describe('a bundle whose audit fails', () => {
  it('is reported as file:line and the problem, without the stack unless MTAUDIT_DEBUG asks', () => {
    const task = { at: 'feed.jsonl:7', line: '{}' }
    const failed = new TaskFailed(task, new WorkerError('cannot read properties of undefined', 'TypeError: cannot read…\n    at alignTo'))
    expect((failure(failed, false) as InputError).toLine()).toBe('feed.jsonl:7: the audit failed: cannot read properties of undefined (set MTAUDIT_DEBUG=1 for details)')
    expect((failure(failed, true) as InputError).toLine()).toContain('at alignTo')
    // a line that has become bad since the first pass keeps its own words
    const bad = new TaskFailed(task, new WorkerError('missing field `id`', '', 'feed.jsonl:7'))
    expect((failure(bad, false) as InputError).toLine()).toBe('feed.jsonl:7: missing field `id`')
  })
})
