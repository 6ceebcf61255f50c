// What mtaudit agrees to read and to replace. A CI gate reads bundles other people wrote: a bundle.json whose
// `file` is "../../../../etc/passwd" (or a symlink to it) would put that file's lines in a published report,
// "/dev/zero" would fill memory and a FIFO would hang the job. So a file a bundle names must resolve (symlinks
// followed) inside the bundle folder, every file read must be a regular file under a size cap, and a file
// mtaudit replaces (--output, a review file) must be a regular file or not exist yet.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs'
import { isAbsolute, relative, sep } from 'node:path'
import { InputError } from '../errors.js'

/** The default cap on one input file, in MB (10⁶ bytes): a wire story is a few kB, nt21's largest file 1 MB. */
export const DEFAULT_MAX_FILE_MB = 50

/** What readBounded refuses beyond; `--max-file-size MB` sets it for the run. */
export const limits = { maxFileBytes: DEFAULT_MAX_FILE_MB * 1e6 }

/** `--max-file-size` → bytes; a positive number of MB. */
export function parseMaxFileSize(value: string): number {
  const mb = Number(value)
  if (value.trim() === '' || !Number.isFinite(mb) || mb <= 0) throw new InputError('--max-file-size', `expected a positive number of MB, got \`${value}\``)
  return Math.floor(mb * 1e6)
}

/** The kind of a file that is not a regular one, in words: "a FIFO (named pipe)". */
export function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder'
  if (stat.isSymbolicLink()) return 'a symbolic link'
  if (stat.isFIFO()) return 'a FIFO (named pipe)'
  if (stat.isCharacterDevice()) return 'a character device'
  if (stat.isBlockDevice()) return 'a block device'
  if (stat.isSocket()) return 'a socket'
  return 'not a regular file'
}

/**
 * Throws unless `path`, symlinks resolved, lies inside `folder` (itself resolved): "b/../../etc/passwd" and a
 * symlink "b/v.txt → /etc/passwd" both fail. Returns the resolved path, which is what gets opened, so a link
 * swapped after the test is not followed out again.
 */
export function confinedPath(path: string, folder: string, describe: (error: unknown) => string): string {
  let root: string
  let real: string
  try {
    root = realpathSync(folder)
    real = realpathSync(path)
  } catch (error) {
    throw new InputError(path, describe(error))
  }
  const inside = relative(root, real)
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new InputError(path, `outside the bundle folder ${folder}: a bundle may only name files inside its folder`)
  }
  return real
}

/**
 * The bytes of a regular file, at most limits.maxFileBytes of them. Opened without blocking (a FIFO would wait
 * for a writer forever) and tested on the open descriptor, so what is read is what was tested: a FIFO, a device
 * ("/dev/zero", which never ends) or a folder is refused by name. The cap is applied while reading too, for files
 * whose size stat does not tell (/proc) or that grow as they are read.
 */
export function readBounded(path: string, shown: string, describe: (error: unknown) => string): Buffer {
  const fd = openRegular(path, shown, describe)
  try {
    const stat = fstatSync(fd)
    const cap = limits.maxFileBytes
    if (stat.size > cap) throw tooLarge(shown, `${stat.size} bytes`, cap)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      // the size stat gave, plus one byte to see the end; never more than one byte past the cap
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size + 1 - total, 64 * 1024), cap + 1 - total))
      const got = readSync(fd, chunk, 0, chunk.length, null)
      if (got === 0) break
      chunks.push(chunk.subarray(0, got))
      total += got
      if (total > cap) throw tooLarge(shown, `more than ${cap} bytes`, cap)
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(shown, describe(error))
  } finally {
    closeSync(fd)
  }
}

/**
 * A descriptor open for reading on a regular file, or an InputError: opened without blocking (a FIFO would wait
 * for a writer forever) and tested on the open descriptor, so what is read is what was tested.
 */
export function openRegular(path: string, shown: string, describe: (error: unknown) => string): number {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw new InputError(shown, describe(error))
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new InputError(shown, `${kindOf(stat)}, not a regular file; mtaudit reads only regular files`)
  } catch (error) {
    closeSync(fd)
    if (error instanceof InputError) throw error
    throw new InputError(shown, describe(error))
  }
  return fd
}

export function tooLarge(shown: string, size: string, cap: number): InputError {
  return new InputError(shown, `larger than the ${cap / 1e6} MB limit on an input file (${size}); raise it with --max-file-size MB`)
}

/**
 * Throws unless `path` is a regular file or does not exist: mtaudit replaces only such files. A rename over a
 * symlink replaces the link, over a device node the node ("--output /dev/null" as root broke /dev/null).
 */
export function assertReplaceable(path: string, describe: (error: unknown) => string): void {
  let stat: Stats
  try {
    stat = lstatSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw new InputError(path, describe(error))
  }
  if (!stat.isFile()) throw new InputError(path, `${kindOf(stat)}, not a regular file; mtaudit replaces only regular files (or writes a new one)`)
}
