// INPUT → bundles. The one place that reads the user's files (with write-output.ts, the only file I/O).
import { readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join, relative } from 'node:path'
import { decodeText } from '../bundle/decode.js'
import { loadBundleFolder, loadJsonlBundles, loadLooseFiles } from '../bundle/load.js'
import { InputError } from '../errors.js'
import { confinedPath, readBounded, readStdinBounded } from './confine.js'
import type { Bundle } from '../types.js'

export interface InputSpec {
  readonly inputs: readonly string[]
  /** --reference FILE: then every input is a variant file */
  readonly reference?: string
}

/** The story bundled with mtaudit: every bundle folder in the package's reference/ folder. */
export const BUNDLED_REFERENCE = join(dirname(createRequire(import.meta.url).resolve('mtaudit/package.json')), 'reference')

export function readBundles(spec: InputSpec): Bundle[] {
  if (spec.reference !== undefined) return [loadLooseFiles(spec.reference, spec.inputs, readText)]
  if (spec.inputs.length === 0) {
    // shown relative to the working folder when inside it, so reports name `reference/...` on every clone
    const shown = relative(process.cwd(), BUNDLED_REFERENCE)
    const root = shown.startsWith('..') || isAbsolute(shown) ? BUNDLED_REFERENCE : shown
    const folders = readdirSync(root).sort().map((name) => join(root, name))
    return folders.filter(isFolder).map((folder) => loadBundleFolder(folder, readText))
  }
  const bundles = spec.inputs.flatMap(readOneInput)
  const ids = bundles.map((b) => b.id)
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i)
  if (duplicate) throw new InputError(spec.inputs.join(' '), `bundle id \`${duplicate}\` is given twice`)
  return bundles
}

function readOneInput(input: string): Bundle[] {
  if (input === '-') return loadJsonlBundles(decodeText(readStdinBounded(describeFsError), '<stdin>'), '<stdin>')
  const stat = statOrThrow(input)
  if (stat.isDirectory()) {
    if (!isFile(join(input, 'bundle.json'))) throw new InputError(input, 'not a bundle folder: it has no bundle.json')
    return [loadBundleFolder(input, readText)]
  }
  if (input.endsWith('.jsonl')) return loadJsonlBundles(readText(input), input)
  throw new InputError(input, 'expected a bundle folder or a .jsonl file; for loose text files use --reference FILE VARIANT...')
}

/**
 * Reads a text file strictly (see decodeText); every failure is an InputError naming the file. Only a regular
 * file under the size cap is read, and with `within` (a bundle folder) only one that resolves inside it
 * (./confine.ts: a bundle naming "../../etc/passwd" must not publish it).
 */
export function readText(path: string, within?: string): string {
  const real = within === undefined ? path : confinedPath(path, within, describeFsError)
  return decodeText(readBounded(real, path, describeFsError), path)
}

function statOrThrow(path: string) {
  try {
    return statSync(path)
  } catch (error) {
    throw new InputError(path, describeFsError(error))
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or folder'
  if (code === 'EISDIR') return 'is a folder, expected a file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOTDIR') return 'a part of the path is not a folder'
  if (code === 'ELOOP') return 'too many levels of symbolic links'
  // fd 0 closed ("mtaudit check - <&-") or set non-blocking by the parent: no stdin to read
  if (code === 'EBADF') return 'not open for reading (closed, or opened for writing only)'
  if (code === 'EAGAIN') return 'not ready for reading (non-blocking, no data)'
  return (error as Error).message
}

const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false
const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false
