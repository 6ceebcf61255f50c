// INPUT arguments → the sources to load, in a deterministic order, as linters take theirs: a bundle folder, a
// folder searched recursively for bundle folders (`mtaudit check feeds/`), a glob expanded here rather than by the
// shell (`mtaudit check 'feeds/**/bundle.json'` works on Windows' shells too and under quotes), a .jsonl file, or
// `-` for stdin. Anything else is an input error naming the argument.
import { readdirSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { InputError } from '../errors.js'

export type Source =
  | { readonly kind: 'folder'; readonly path: string }
  | { readonly kind: 'jsonl'; readonly path: string }
  | { readonly kind: 'stdin' }

const MANIFEST = 'bundle.json'

/**
 * Each argument in the order given; what one argument expands to is sorted by path (code units, not the locale,
 * so every machine gives the same order). A source reached twice (`feeds/ feeds/a`) is read once, where first met.
 */
export async function expandInputs(inputs: readonly string[]): Promise<Source[]> {
  const sources: Source[] = []
  const seen = new Set<string>()
  for (const input of inputs) {
    for (const source of await expandOne(input)) {
      const key = source.kind === 'stdin' ? '-' : resolve(source.path)
      if (seen.has(key)) continue
      seen.add(key)
      sources.push(source)
    }
  }
  return sources
}

async function expandOne(input: string): Promise<Source[]> {
  if (input === '-') return [{ kind: 'stdin' }]
  const stat = statSync(input, { throwIfNoEntry: false })
  if (stat === undefined) {
    // tinyglobby (and picomatch under it) is loaded only for an argument that names nothing on disk: most runs
    // name folders and files, and a start-up that needs no glob should not parse one
    const glob = await import('tinyglobby')
    if (glob.isDynamicPattern(input)) return expandGlob(glob.globSync, input)
    throw new InputError(input, 'no such file or folder')
  }
  if (stat.isDirectory()) {
    if (isFile(join(input, MANIFEST))) return [{ kind: 'folder', path: input }]
    const found = findBundleFolders(input)
    if (found.length === 0) throw new InputError(input, `no bundle folder in it or below (a folder with a ${MANIFEST}), and no .jsonl file was named`)
    return found.map((path) => ({ kind: 'folder', path }))
  }
  const source = fileSource(input)
  if (source === null) throw new InputError(input, `expected a bundle folder, a folder of them, a ${MANIFEST}, a .jsonl file or a glob; for loose text files use --reference FILE VARIANT...`)
  return [source]
}

/** A file argument: a .jsonl file of bundles, or a bundle.json standing for its folder. */
function fileSource(path: string): Source | null {
  if (path.endsWith('.jsonl')) return { kind: 'jsonl', path }
  if (basename(path) === MANIFEST) return { kind: 'folder', path: dirname(path) }
  return null
}

/**
 * A glob's matches: folders are taken as the argument would be (a bundle folder, or searched below), bundle.json
 * files stand for their folders, .jsonl files are read; other files (a README beside the feeds) are passed over,
 * but a glob that yields no input at all is an error, so a typo never makes an empty, passing gate.
 */
function expandGlob(globSync: typeof import('tinyglobby').globSync, pattern: string): Source[] {
  const matches = globSync(pattern, { onlyFiles: false, dot: false, expandDirectories: false, ignore: ['**/node_modules/**'] })
    .map((path) => path.replace(/\/$/, ''))
    .sort(byPath)
  const sources: Source[] = []
  for (const path of matches) {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      if (isFile(join(path, MANIFEST))) sources.push({ kind: 'folder', path })
      else sources.push(...findBundleFolders(path).map((folder): Source => ({ kind: 'folder', path: folder })))
    } else {
      const source = fileSource(path)
      if (source) sources.push(source)
    }
  }
  if (sources.length === 0) throw new InputError(pattern, matches.length === 0 ? 'the glob matches nothing' : `the glob matches no bundle folder, ${MANIFEST} or .jsonl file`)
  return sources
}

/**
 * Bundle folders at or below `root`, sorted by path. A bundle folder's own subfolders are not searched (its texts
 * live there), nor are node_modules and hidden folders (.git).
 */
export function findBundleFolders(root: string): string[] {
  const found: string[] = []
  const visit = (folder: string) => {
    let names: string[]
    try {
      names = readdirSync(folder)
    } catch {
      return // unreadable folders below the one named are passed over, as `find` would report and go on
    }
    for (const name of names.sort(byPath)) {
      if (name.startsWith('.') || name === 'node_modules') continue
      const path = join(folder, name)
      if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) continue
      if (isFile(join(path, MANIFEST))) found.push(path)
      else visit(path)
    }
  }
  visit(root)
  return found.sort(byPath)
}

/** Code-unit order, the same on every machine and locale (localeCompare is not). */
export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false
