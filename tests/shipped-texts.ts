// Every text the project ships: the bundled story in reference/ and the fixture texts in tests/fixtures, read as
// the loaders read them. Tests that prove a fast path gives the same answer as the slow one run over all of them.
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = join(import.meta.dirname, '..')

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? textFiles(join(dir, entry.name)) : entry.name.endsWith('.txt') ? [join(dir, entry.name)] : []))
    .sort()
}

/** [path relative to the repository, text] for every .txt under reference/ and tests/fixtures/. */
export function shippedTexts(): [string, string][] {
  return [join(ROOT, 'reference'), join(ROOT, 'tests', 'fixtures')]
    .flatMap(textFiles)
    .map((path) => [relative(ROOT, path), readFileSync(path, 'utf8').replace(/^\uFEFF/, '')])
}
