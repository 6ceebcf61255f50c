// load: what the user named → Bundle values. Pure apart from the `read` function the CLI passes in,
// so tests can load bundles from memory and only src/cli touches the file system.
import { basename, join } from 'node:path'
import { InputError } from '../errors.js'
import type { Bundle, Document } from '../types.js'
import { jsonlBundleSchema, manifestSchema, parseJson } from './schema.js'

/** Reads one file as strict UTF-8 text (see decodeText); throws InputError naming the path. */
export type ReadText = (path: string) => string

/** A bundle folder: bundle.json names the reference and variant files, relative to the folder. */
export function loadBundleFolder(folder: string, read: ReadText): Bundle {
  const manifestPath = join(folder, 'bundle.json')
  const manifest = parseJson(manifestSchema, read(manifestPath), manifestPath)
  const ids = [manifest.reference?.id, ...manifest.variants.map((v) => v.id)].filter((x) => x !== undefined)
  const duplicate = ids.find((x, i) => ids.indexOf(x) !== i)
  if (duplicate) throw new InputError(manifestPath, `document id \`${duplicate}\` is used twice`)
  const reference = manifest.reference && {
    id: manifest.reference.id,
    role: 'reference' as const,
    text: read(join(folder, manifest.reference.file)),
    path: join(folder, manifest.reference.file),
    ...(manifest.reference.feed !== undefined && { feed: manifest.reference.feed }),
  }
  const variants = manifest.variants.map(
    (v): Document => ({
      id: v.id,
      role: 'variant',
      text: read(join(folder, v.file)),
      path: join(folder, v.file),
      ...(v.feed !== undefined && { feed: v.feed }),
      ...(v.sourceLang !== undefined && { sourceLang: v.sourceLang }),
    }),
  )
  return { id: manifest.id, path: folder, segmented: manifest.segmented, reference, variants }
}

/** A .jsonl file of bundles, one JSON object a line (contract: DESIGN.md); blank lines are skipped. */
export function loadJsonlBundles(text: string, where: string): Bundle[] {
  const bundles: Bundle[] = []
  const seen = new Set<string>()
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return
    const at = `${where}:${i + 1}`
    const raw = parseJson(jsonlBundleSchema, line, at)
    if (seen.has(raw.id)) throw new InputError(at, `bundle id \`${raw.id}\` is used twice`)
    seen.add(raw.id)
    bundles.push({
      id: raw.id,
      segmented: raw.segmented,
      reference: raw.reference && { id: raw.reference.id, role: 'reference', text: raw.reference.text },
      variants: raw.variants.map((v) => ({ ...v, role: 'variant' as const })),
    })
  })
  if (bundles.length === 0) throw new InputError(where, 'no bundles (the file is empty)')
  return bundles
}

/** `--reference FILE VARIANT...`: loose files make one bundle named after the reference file. */
export function loadLooseFiles(referencePath: string, variantPaths: readonly string[], read: ReadText): Bundle {
  if (variantPaths.length === 0) throw new InputError('--reference', 'needs at least one variant file after it')
  const documentId = (path: string) => basename(path).replace(/\.[^.]+$/, '')
  return {
    id: documentId(referencePath),
    segmented: false,
    reference: { id: documentId(referencePath), role: 'reference', text: read(referencePath), path: referencePath },
    variants: variantPaths.map((path) => ({ id: documentId(path), role: 'variant', text: read(path), path })),
  }
}
