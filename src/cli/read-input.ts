// INPUT → bundles. The one place that reads the user's files (with write-output.ts, the only file I/O).
import { readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join, relative } from 'node:path'
import { decodeText } from '../bundle/decode.js'
import { loadBundleFolder, loadJsonlBundles, loadLooseFiles } from '../bundle/load.js'
import { InputError } from '../errors.js'
import { confinedPath, limits, readBounded, tooLarge } from './confine.js'
import { expandInputs } from './expand-inputs.js'
import type { Bundle } from '../types.js'

export interface InputSpec {
  readonly inputs: readonly string[]
  /** --reference FILE: then every input is a variant file */
  readonly reference?: string
}

/** The story bundled with mtaudit: every bundle folder in the package's reference/ folder. */
export const BUNDLED_REFERENCE = join(dirname(createRequire(import.meta.url).resolve('mtaudit/package.json')), 'reference')

/** All of stdin as bytes, however large: read as a stream (readFileSync(0) fails with EAGAIN on a non-blocking pipe). */
export type ReadStdin = () => Promise<Uint8Array>

/**
 * What was read, and for each bundle the file that names it (a bundle folder's bundle.json, the .jsonl file, the
 * --reference file): its review file sits beside it. null for stdin, which has no place to keep decisions, and
 * `bundled` when no input was given and the story shipped in the package's reference/ was read.
 */
export interface Inputs {
  readonly bundles: Bundle[]
  readonly origins: ReadonlyMap<Bundle, string | null>
  readonly bundled: boolean
}

export async function readBundles(spec: InputSpec, readStdin: ReadStdin): Promise<Bundle[]> {
  return (await readInputs(spec, readStdin)).bundles
}

export async function readInputs(spec: InputSpec, readStdin: ReadStdin): Promise<Inputs> {
  const origins = new Map<Bundle, string | null>()
  if (spec.reference !== undefined) {
    const bundle = loadLooseFiles(spec.reference, spec.inputs, readText)
    return { bundles: [bundle], origins: new Map([[bundle, spec.reference]]), bundled: false }
  }
  if (spec.inputs.length === 0) {
    // shown relative to the working folder when inside it, so reports name `reference/...` on every clone
    const shown = relative(process.cwd(), BUNDLED_REFERENCE)
    const root = shown.startsWith('..') || isAbsolute(shown) ? BUNDLED_REFERENCE : shown
    const folders = readdirSync(root).sort().map((name) => join(root, name))
    const bundles = folders.filter(isFolder).map((folder) => loadBundleFolder(folder, readText))
    return { bundles, origins: new Map(bundles.map((b) => [b, null])), bundled: true }
  }
  const bundles: Bundle[] = []
  for (const source of await expandInputs(spec.inputs)) {
    const read =
      source.kind === 'stdin'
        ? loadJsonlBundles(decodeText(await readStdin(), '<stdin>'), '<stdin>')
        : source.kind === 'jsonl'
          ? loadJsonlBundles(readText(source.path), source.path)
          : [loadBundleFolder(source.path, readText)]
    for (const bundle of read) origins.set(bundle, source.kind === 'stdin' ? null : source.kind === 'jsonl' ? source.path : join(source.path, 'bundle.json'))
    bundles.push(...read)
  }
  const first = new Map<string, Bundle>()
  for (const bundle of bundles) {
    const earlier = first.get(bundle.id)
    // two folders of a tree with the same id would mix their decisions and baselines: name both
    if (earlier) throw new InputError(bundle.path ?? spec.inputs.join(' '), `bundle id \`${bundle.id}\` is given twice${earlier.path === undefined ? '' : ` (also in ${earlier.path})`}`)
    first.set(bundle.id, bundle)
  }
  return { bundles, origins, bundled: false }
}

/**
 * process.stdin read to its end as a stream, so a pipe of any size works (see ReadStdin), and at most
 * limits.maxFileBytes of it: "mtaudit check - < /dev/zero" would otherwise fill memory. A stdin closed or opened
 * write-only by the parent is an input error ("<stdin>: not open for reading"), not an internal one.
 */
export async function readStdinStream(): Promise<Uint8Array> {
  const cap = limits.maxFileBytes
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer)
      total += (chunk as Buffer).length
      if (total > cap) throw tooLarge('<stdin>', `more than ${cap} bytes`, cap)
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError('<stdin>', describeFsError(error))
  }
  return Buffer.concat(chunks, total)
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
