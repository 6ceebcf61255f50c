// Tables the build writes once (`npm run build` runs build.ts after the bundle) so that a run only reads them:
// hunspell's word list sorted for binary search, franc's models turned into postings. They sit in dist/data of
// the package, found from the package root, so the library (dist/src), the bundled binary (dist/bin) and the
// TypeScript sources under test all read the same files. Without a build (vitest straight from the sources) a
// file is absent and its user builds the same table in memory, as every run did before.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export function prebuiltDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('mtaudit/package.json')), 'dist', 'data')
}

/** The prebuilt file `name`, or undefined when the build has not written it. */
export function readPrebuilt(name: string): Buffer | undefined {
  try {
    return readFileSync(join(prebuiltDir(), name))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** A dependency's version, as a prebuilt file's stamp: a table written from dictionary-en 4.0.0 is not read
 *  beside 4.1.0, whose word list may differ, when the dependency was updated without a build. */
export function packageVersion(name: string): string {
  // dictionary-en exports only its entry point, not its package.json, which sits beside it (franc's too)
  const manifest = join(dirname(createRequire(import.meta.url).resolve(name)), 'package.json')
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version
}
