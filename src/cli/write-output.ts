import { randomBytes } from 'node:crypto'
import { accessSync, closeSync, constants, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { InputError } from '../errors.js'
import { assertReplaceable } from './confine.js'
import { describeFsError } from './read-input.js'

/**
 * Replaces a file atomically: the text goes to a temporary file beside it, then a rename swaps it in, so a
 * reader (or a crash half-way) never sees half a report and an old report is never lost to a failed write.
 * Only a regular file (or nothing) is replaced: renamed over "/dev/null" the temporary file would take the
 * device's place, over a symlink the link's (see assertReplaceable).
 */
export function writeFileAtomic(path: string, text: string): void {
  assertReplaceable(path, describeFsError)
  // a name nobody can guess, created exclusively: a symlink planted at a predictable ".report.json.1234.tmp"
  // would otherwise be followed and its target overwritten
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  removeOnSignal()
  pending.add(temporary)
  try {
    writeFileSync(temporary, text, { flag: 'wx' })
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw new InputError(path, `cannot write: ${describeFsError(error)}`)
  } finally {
    pending.delete(temporary)
  }
}

/**
 * Throws unless writeFileAtomic could write `path`: a regular file or nothing there, in a folder that exists and
 * may be written. Asked before the audit, so "--output /dev/null" or "--output reports/" (a folder) fails at once
 * with one line, not after minutes of work whose report is then lost.
 */
export function assertWritable(path: string): void {
  assertReplaceable(path, describeFsError)
  const folder = dirname(path)
  try {
    if (!statSync(folder).isDirectory()) throw new InputError(path, `its folder ${folder} is not a folder`)
    accessSync(folder, constants.W_OK)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(path, `cannot write in its folder ${folder}: ${describeFsError(error)}`)
  }
}

/** A file written in pieces and swapped in at the end, as writeFileAtomic does in one go. */
export interface AtomicFile {
  write(text: string): void
  /** renames the finished file over `path` */
  commit(): void
  /** removes what was written; `path` is left as it was */
  abort(): void
}

/**
 * writeFileAtomic for a report written as the audit runs: the temporary file is created at once (so a folder that
 * cannot be written to is reported before the audit, not after it), filled piece by piece, and renamed at the end.
 */
export function openAtomic(path: string): AtomicFile {
  assertReplaceable(path, describeFsError)
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  const file = openTemporary(temporary, (error) => new InputError(path, `cannot write: ${describeFsError(error)}`), 0o666)
  return {
    write: (text) => file.write(text),
    commit: () => {
      file.close()
      try {
        renameSync(temporary, path)
      } catch (error) {
        file.remove()
        throw new InputError(path, `cannot write: ${describeFsError(error)}`)
      }
      pending.delete(temporary)
    },
    abort: () => file.remove(),
  }
}

/**
 * A temporary file of ours, created exclusively and removed on SIGINT/SIGTERM; remove() when done with it. Only
 * we read it (a copy of stdin, a spool) unless `mode` says otherwise: a report takes the umask's mode, as
 * writeFileSync gives a new file.
 */
export interface TemporaryFile {
  readonly path: string
  readonly fd: number
  write(text: string | Uint8Array): void
  close(): void
  remove(): void
}

export function openTemporary(path: string, failed: (error: unknown) => Error, mode = 0o600): TemporaryFile {
  removeOnSignal()
  let fd: number
  try {
    // 'wx': a symlink planted at the name is not followed
    fd = openSync(path, 'wx+', mode)
  } catch (error) {
    throw failed(error)
  }
  pending.add(path)
  let open = true
  const close = () => {
    if (open) closeSync(fd)
    open = false
  }
  return {
    path,
    fd,
    write: (text) => {
      try {
        // writeSync may write less than it was given
        const bytes = typeof text === 'string' ? Buffer.from(text) : text
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done)
      } catch (error) {
        throw failed(error)
      }
    },
    close,
    remove: () => {
      close()
      rmSync(path, { force: true })
      pending.delete(path)
    },
  }
}

// Temporary files written but not yet renamed. A SIGINT or SIGTERM with its default action ends the process at
// once, between the write and the rename too, and left ".report.json.1234.tmp" behind. With a listener the
// signal waits until this synchronous code is done; the listener then removes what is left and ends the process
// with the same signal (unless someone else, such as the review's terminal cleanup, also listens and decides).
const pending = new Set<string>()
let listening = false
let onExit = false

function removeOnSignal(): void {
  // a run cut short by process.exit (a reader that closed the pipe, `check … | head`) leaves a spool or stdin's
  // copy behind too; an exit listener may only do synchronous work, which rmSync is
  if (!onExit) {
    onExit = true
    process.on('exit', () => {
      for (const temporary of pending) rmSync(temporary, { force: true })
    })
  }
  if (listening) return
  listening = true
  const onSignal = (signal: NodeJS.Signals) => {
    for (const temporary of pending) rmSync(temporary, { force: true })
    pending.clear()
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
    listening = false
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
}
