// The native English that every check must stay silent on (at major or above): the two native seed texts and
// the hand-written news copy in tests/fixtures/clean-native-news-english-stays-silent/.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { seedText } from './helpers.js'

const CLEAN_DIR = join(import.meta.dirname, 'fixtures', 'clean-native-news-english-stays-silent')

export const CLEAN_TEXTS: readonly (readonly [name: string, text: string])[] = [
  ['000 (AFP wire, native)', seedText('reference')],
  ['001 (native rewrite)', seedText('native')],
  ...readdirSync(CLEAN_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(join(CLEAN_DIR, f), 'utf8')] as const),
]
