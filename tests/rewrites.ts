// Native rewrites with the same facts as their reference (tests/fixtures/native-rewrites-with-the-same-facts-stay-silent):
// the pairs on which reference checks must stay silent, plus every clean text against itself.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { CLEAN_TEXTS } from './clean-text.js'

const DIR = join(import.meta.dirname, 'fixtures', 'native-rewrites-with-the-same-facts-stay-silent')
const CLEAN_DIR = join(import.meta.dirname, 'fixtures', 'clean-native-news-english-stays-silent')

export const REWRITE_PAIRS: readonly (readonly [name: string, reference: string, rewrite: string])[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.rewrite.txt'))
  .sort()
  .map((f) => {
    const base = f.replace('.rewrite.txt', '.txt')
    const reference = existsSync(join(DIR, base)) ? join(DIR, base) : join(CLEAN_DIR, base)
    return [base, readFileSync(reference, 'utf8'), readFileSync(join(DIR, f), 'utf8')] as const
  })

/** Every clean text and every reference of a pair, each against itself. */
export const SELF_PAIRS: readonly (readonly [name: string, text: string])[] = [
  ...CLEAN_TEXTS,
  ...REWRITE_PAIRS.filter(([name]) => !CLEAN_TEXTS.some(([n]) => n === name)).map(([name, reference]) => [name, reference] as const),
]
