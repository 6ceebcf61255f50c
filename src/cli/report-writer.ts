// A report written as the bundles are audited, in input order. A format whose opening does not depend on the
// totals (text, jsonl, github without a review) goes straight out; the others (the JSON report opens with the
// summary) keep each bundle's part in a spool file, a temporary file of ours, and are put together at the end:
// memory holds one bundle's part at a time, whatever the size of the report.
import { randomBytes } from 'node:crypto'
import { readSync } from 'node:fs'
import { join } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { InputError } from '../errors.js'
import { NO_TOTALS, type ReportItem, type ReportStream, type Totals } from '../report/stream.js'
import { describeFsError } from './read-input.js'
import { openTemporary, type TemporaryFile } from './write-output.js'

const CHUNK = 1 << 20

export class ReportWriter {
  private readonly counts: number[]
  private readonly spools: TemporaryFile[] | undefined

  constructor(
    private readonly stream: ReportStream,
    private readonly sink: (text: string) => void,
    /** where spool files go: beside the output file, else the system's temporary folder */
    spoolFolder: string,
  ) {
    this.counts = stream.separators.map(() => 0)
    const direct = stream.headFirst && stream.separators.length === 1 && stream.hole === undefined
    if (direct) {
      sink(stream.frame(NO_TOTALS, this.counts)[0]!)
      return
    }
    const name = `.mtaudit-report.${process.pid}.${randomBytes(6).toString('hex')}`
    const spools: TemporaryFile[] = []
    try {
      for (let k = 0; k < stream.separators.length; k++) {
        spools.push(openTemporary(join(spoolFolder, `${name}.${k}.tmp`), (error) => new InputError(spoolFolder, `cannot write a temporary file: ${describeFsError(error)}`)))
      }
    } catch (error) {
      for (const spool of spools) spool.remove()
      throw error
    }
    this.spools = spools
  }

  /** One bundle's items, a list for each body of the format. */
  add(items: readonly (readonly ReportItem[])[]): void {
    items.forEach((list, k) => {
      const write = this.spools ? this.spools[k]!.write : this.sink
      for (const item of list) {
        const separator = this.counts[k]! > 0 ? this.stream.separators[k]! : ''
        this.counts[k]!++
        if (typeof item === 'string') {
          write(separator + item)
          continue
        }
        // an item in pieces (a long document's bundle) is written a piece at a time as it is made, never one string
        let before = separator
        for (const piece of item) {
          write(before + piece)
          before = ''
        }
        if (before !== '') write(before)
      }
    })
  }

  /** The rest of the report, once every bundle is in. */
  finish(totals: Totals): void {
    const frame = this.stream.frame(totals, this.counts)
    if (!this.spools) return this.sink(frame[frame.length - 1]!)
    this.sink(frame[0]!)
    const hole = this.stream.hole
    const fill = hole && hole.fill(totals)
    this.spools.forEach((spool, k) => {
      const decoder = new StringDecoder('utf8')
      const buffer = Buffer.allocUnsafe(CHUNK)
      for (let position = 0; ; ) {
        const got = readSync(spool.fd, buffer, 0, CHUNK, position)
        if (got === 0) break
        position += got
        const text = decoder.write(buffer.subarray(0, got))
        this.sink(hole ? text.replaceAll(hole.mark, fill!) : text)
      }
      this.sink(frame[k + 1]!)
    })
  }

  /** Removes the spool files. */
  dispose(): void {
    for (const spool of this.spools ?? []) spool.remove()
  }
}
