// load: what the user named → Bundle values. Pure apart from the `read` function the CLI passes in,
// so tests can load bundles from memory and only src/cli touches the file system.
import { basename, isAbsolute, join, relative, sep } from 'node:path'
import { InputError, InputErrors } from '../errors.js'
import type { Bundle, Document } from '../types.js'
import { jsonlBundleSchema, manifestSchema, parseJson } from './schema.js'

/**
 * Reads one file as strict UTF-8 text (see decodeText); throws InputError naming the path. With `within` (the
 * bundle folder) the file must resolve inside that folder: the CLI's reader follows symlinks to check it.
 */
export type ReadText = (path: string, within?: string) => string

/**
 * The path of a file bundle.json names, refused when it leaves the folder by its spelling alone
 * ("/etc/passwd", "../../etc/passwd"): a bundle is someone else's, and its files end up in a published report.
 */
function inFolder(folder: string, file: string, manifestPath: string): string {
  const path = join(folder, file)
  const inside = relative(folder, path)
  if (isAbsolute(file) || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new InputError(manifestPath, `file \`${file}\` is outside the bundle folder; a bundle may only name files inside its folder`)
  }
  return path
}

/**
 * A reference's text, refused when it has none: a blank reference checks nothing and measures nothing, and every
 * variant would be left unverified without a word on why (a file truncated to nothing by a failed export). A
 * bundle with no reference says so with `reference: null`.
 */
function referenceText(text: string, where: string): string {
  if (!/\S/.test(text)) throw new InputError(where, 'the reference is empty: there is nothing to check the variants against (a bundle without one has `reference: null`)')
  return text
}

/** A bundle folder: bundle.json names the reference and variant files, relative to the folder. */
export function loadBundleFolder(folder: string, read: ReadText): Bundle {
  const manifestPath = join(folder, 'bundle.json')
  const manifest = parseJson(manifestSchema, read(manifestPath, folder), manifestPath)
  const ids = [manifest.reference?.id, ...manifest.variants.map((v) => v.id)].filter((x) => x !== undefined)
  const duplicate = firstDuplicate(ids)
  if (duplicate) throw new InputError(manifestPath, `document id \`${duplicate}\` is used twice`)
  const referencePath = manifest.reference && inFolder(folder, manifest.reference.file, manifestPath)
  const variantPaths = manifest.variants.map((v) => inFolder(folder, v.file, manifestPath))
  const reference = manifest.reference && {
    id: manifest.reference.id,
    role: 'reference' as const,
    text: referenceText(read(referencePath!, folder), referencePath!),
    path: referencePath!,
    ...(manifest.reference.feed !== undefined && { feed: manifest.reference.feed }),
  }
  const variants = manifest.variants.map(
    (v, i): Document => ({
      id: v.id,
      role: 'variant',
      text: read(variantPaths[i]!, folder),
      path: variantPaths[i]!,
      ...(v.feed !== undefined && { feed: v.feed }),
      ...(v.sourceLang !== undefined && { sourceLang: v.sourceLang }),
    }),
  )
  return { id: manifest.id, path: folder, segmented: manifest.segmented, reference, variants }
}

/** The first id seen before, by a set: indexOf for each id was quadratic in a bundle of 100,000 variants. */
function firstDuplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) return id
    seen.add(id)
  }
  return undefined
}

/** At most this many bad lines of a JSONL file are listed; the count of the rest follows. */
export const JSONL_ERRORS_SHOWN = 20

/**
 * A .jsonl file of bundles, one JSON object a line (contract: docs/report-format.md); blank lines are skipped. Each line is
 * held to bundle.json's rules: known keys only, a document id once per bundle, a bundle id once per file. Every
 * bad line is reported (file:line), and then none of the file runs: a gate that audited the good lines would pass
 * a feed that lost some of its stories.
 */
export function loadJsonlBundles(text: string, where: string): Bundle[] {
  const bundles: Bundle[] = []
  const lines = new JsonlLines(where)
  let lineNumber = 0
  for (const line of text.split('\n')) {
    const bundle = lines.check(line, ++lineNumber)
    if (bundle) bundles.push(bundle)
  }
  lines.end()
  return bundles
}

/**
 * The lines of one .jsonl file, checked one at a time as they are read, so a file of any size is validated
 * without holding its bundles: what is kept is each bundle id (to refuse one used twice) and the first bad lines.
 */
export class JsonlLines {
  private readonly seen = new Set<string>()
  private readonly errors: InputError[] = []
  private bad = 0
  /** bundles the file holds so far (good lines) */
  count = 0

  constructor(readonly where: string) {}

  /** One line (1-based number) → its bundle, or undefined for a blank or bad line (the error is kept for end()). */
  check(line: string, lineNumber: number): Bundle | undefined {
    if (line.trim() === '') return undefined
    const at = `${this.where}:${lineNumber}`
    try {
      const bundle = jsonlBundle(line, at, this.seen)
      this.count++
      return bundle
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      if (this.bad++ < JSONL_ERRORS_SHOWN) this.errors.push(error)
      return undefined
    }
  }

  /** Throws every bad line (the first JSONL_ERRORS_SHOWN, then how many more), or that the file held no bundle. */
  end(): void {
    const errors = [...this.errors]
    const more = this.bad - errors.length
    if (more > 0) errors.push(new InputError(this.where, `${more} more bad line${more === 1 ? '' : 's'}`))
    if (errors.length === 1) throw errors[0]!
    if (errors.length > 1) throw new InputErrors(errors)
    if (this.count === 0) throw new InputError(this.where, 'no bundles (the file is empty)')
  }

  /** the bundle ids of the file's good lines */
  ids(): ReadonlySet<string> {
    return this.seen
  }
}

/**
 * One non-blank line of a .jsonl file → its bundle; an InputError at `at` (file:line) when the line is bad. With
 * `seen`, the bundle ids of the file's earlier lines, an id used twice is refused (and the id added to them).
 */
export function jsonlBundle(line: string, at: string, seen?: Set<string>): Bundle {
  const raw = parseJson(jsonlBundleSchema, line, at)
  if (seen) {
    if (seen.has(raw.id)) throw new InputError(at, `bundle id \`${raw.id}\` is used twice`)
    seen.add(raw.id)
  }
  const ids = [raw.reference?.id, ...raw.variants.map((v) => v.id)].filter((x) => x !== undefined)
  const twice = firstDuplicate(ids)
  if (twice !== undefined) throw new InputError(at, `document id \`${twice}\` is used twice`)
  return {
    id: raw.id,
    segmented: raw.segmented,
    reference: raw.reference && {
      id: raw.reference.id,
      role: 'reference',
      text: referenceText(raw.reference.text, at),
      ...(raw.reference.feed !== undefined && { feed: raw.reference.feed }),
    },
    variants: raw.variants.map((v) => ({ ...v, role: 'variant' as const })),
  }
}

/** `--reference FILE VARIANT...`: loose files make one bundle named after the reference file. */
export function loadLooseFiles(referencePath: string, variantPaths: readonly string[], read: ReadText): Bundle {
  if (variantPaths.length === 0) throw new InputError('--reference', 'needs at least one variant file after it')
  const documentId = (path: string) => basename(path).replace(/\.[^.]+$/, '')
  return {
    id: documentId(referencePath),
    segmented: false,
    reference: { id: documentId(referencePath), role: 'reference', text: referenceText(read(referencePath), referencePath), path: referencePath },
    variants: variantPaths.map((path) => ({ id: documentId(path), role: 'variant', text: read(path), path })),
  }
}
