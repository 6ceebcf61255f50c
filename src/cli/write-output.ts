import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { InputError } from '../errors.js'
import { describeFsError } from './read-input.js'

/**
 * Replaces a file atomically: the text goes to a temporary file beside it, then a rename swaps it in, so a
 * reader (or a crash half-way) never sees half a report and an old report is never lost to a failed write.
 */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  try {
    writeFileSync(temporary, text)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw new InputError(path, `cannot write: ${describeFsError(error)}`)
  }
}
