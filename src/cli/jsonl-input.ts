// A JSONL input read a line at a time, so a feed of any size is read in bounded memory: each line is one bundle,
// held to the same rules as a whole file read at once (strict UTF-8, a NUL byte means a binary file) and reported
// with the same words and offsets. The size cap applies to each line, one bundle, not to the file.
import { closeSync, readSync } from 'node:fs'
import { decodeText, firstInvalidUtf8Offset } from '../bundle/decode.js'
import { InputError } from '../errors.js'
import { openRegular, tooLarge } from './confine.js'

export interface JsonlLine {
  /** 1-based, as editors count lines */
  readonly number: number
  readonly text: string
}

const LF = 0x0a
// keeps a byte-order mark in the text, so one in the middle of a file is refused by JSON.parse as it was when the
// whole file was decoded at once; the file's own BOM is taken off the first line by hand
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const CHUNK = 1 << 20

/**
 * Bytes, as they come, → the lines they complete. A line longer than `cap` bytes is refused as soon as it is,
 * never held whole ("mtaudit check - < /dev/zero" has no line end). UTF-16 input (a byte-order mark at the start)
 * cannot be cut at newline bytes: it is taken whole, under the same cap, and decoded as a whole file is.
 */
export class LineDecoder {
  private head: Buffer | undefined = Buffer.alloc(0)
  private wide: Buffer[] | undefined
  private wideBytes = 0
  private pending: Buffer[] = []
  private pendingBytes = 0
  /** file offset of the first byte of the pending line */
  private lineStart = 0
  private number = 0
  /** file offset of the first byte that is not UTF-8; the rest of the file is then only searched for NUL bytes */
  private badUtf8: number | undefined

  constructor(
    private readonly where: string,
    private readonly cap: number,
  ) {}

  push(chunk: Buffer): JsonlLine[] {
    if (this.head !== undefined) {
      // four bytes tell a UTF-16 or UTF-32 byte-order mark from UTF-8
      this.head = Buffer.concat([this.head, chunk])
      if (this.head.length < 4) return []
      chunk = this.head
      this.head = undefined
      if (isWide(chunk)) this.wide = []
    }
    if (this.wide !== undefined) {
      this.wide.push(chunk)
      this.wideBytes += chunk.length
      if (this.wideBytes > this.cap) throw tooLarge(this.where, `more than ${this.cap} bytes`, this.cap)
      return []
    }
    const lines: JsonlLine[] = []
    let from = 0
    for (let lf = chunk.indexOf(LF); lf !== -1; lf = chunk.indexOf(LF, from)) {
      const part = chunk.subarray(from, lf)
      const bytes = this.pending.length === 0 ? part : Buffer.concat([...this.pending, part])
      this.pending = []
      this.pendingBytes = 0
      this.line(bytes, lines)
      this.lineStart += bytes.length + 1
      from = lf + 1
    }
    if (from < chunk.length) {
      this.pending.push(chunk.subarray(from))
      this.pendingBytes += chunk.length - from
      if (this.pendingBytes > this.cap) throw this.lineTooLarge(this.number + 1)
    }
    return lines
  }

  /** The last line, once every byte is in; throws what the file as a whole is refused for. */
  end(): JsonlLine[] {
    const lines: JsonlLine[] = []
    if (this.head !== undefined) {
      const head = this.head
      this.head = undefined
      if (isWide(head)) this.wide = [head]
      else if (head.length > 0) this.pending.push(head)
    }
    if (this.wide !== undefined) {
      const text = decodeText(Buffer.concat(this.wide), this.where)
      return text.split('\n').map((line, i) => ({ number: i + 1, text: line }))
    }
    this.line(Buffer.concat(this.pending), lines)
    if (this.badUtf8 !== undefined) throw new InputError(this.where, `not valid UTF-8 (first bad byte at offset ${this.badUtf8})`)
    return lines
  }

  private line(bytes: Buffer, lines: JsonlLine[]): void {
    const number = ++this.number
    if (bytes.length > this.cap) throw this.lineTooLarge(number)
    const nul = bytes.indexOf(0)
    if (nul !== -1) throw new InputError(this.where, `binary file (NUL byte at offset ${this.lineStart + nul}); expected UTF-8 text`)
    if (this.badUtf8 !== undefined) return
    let text: string
    try {
      text = strictUtf8.decode(bytes)
    } catch {
      this.badUtf8 = this.lineStart + firstInvalidUtf8Offset(bytes)
      return
    }
    // the file's byte-order mark, and one more, as decodeText takes them off a whole file
    if (number === 1) for (let i = 0; i < 2 && text.charCodeAt(0) === 0xfeff; i++) text = text.slice(1)
    lines.push({ number, text })
  }

  private lineTooLarge(number: number): InputError {
    return new InputError(
      `${this.where}:${number}`,
      `a line (one bundle) larger than the ${this.cap / 1e6} MB limit (more than ${this.cap} bytes); raise it with --max-file-size MB`,
    )
  }
}

function isWide(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
}

/** The lines of a regular file (see openRegular), read a chunk at a time as they are asked for. */
export function* fileLines(path: string, shown: string, cap: number, describe: (error: unknown) => string): Generator<JsonlLine> {
  const fd = openRegular(path, shown, describe)
  const decoder = new LineDecoder(shown, cap)
  try {
    for (;;) {
      let got: number
      const chunk = Buffer.allocUnsafe(CHUNK)
      try {
        got = readSync(fd, chunk, 0, CHUNK, null)
      } catch (error) {
        throw new InputError(shown, describe(error))
      }
      if (got === 0) break
      yield* decoder.push(chunk.subarray(0, got))
    }
    yield* decoder.end()
  } finally {
    closeSync(fd)
  }
}
