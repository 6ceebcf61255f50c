import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { prebuiltDir, readPrebuilt } from '../../src/prebuilt/files.js'
import {
  dictionaryFiles,
  englishKind,
  englishKindIn,
  LEXICON_FILE,
  lexiconMaps,
  lexiconOfTable,
  lexiconStamp,
  lexiconTable,
} from '../../src/text/english-lexicon.js'
import { shippedTexts } from '../shipped-texts.js'

// The reference: the dictionary read into Maps, as every run did before the build wrote the table.
const maps = lexiconMaps(dictionaryFiles())
const madeNow = lexiconTable(dictionaryFiles(), lexiconStamp())
// What a run reads: the table the build wrote, or, with no build (vitest straight from the sources), the same made here
const prebuilt = readPrebuilt(LEXICON_FILE)
const table = lexiconOfTable(prebuilt ?? Buffer.from(madeNow))

/** Every word of the shipped texts and every seventh entry of the dictionary, each with the inflections and
 *  prefixes the affix rules undo and with its end cut off. */
function questions(): Set<string> {
  const words = new Set<string>()
  for (const [, text] of shippedTexts()) for (const word of text.match(/[\p{L}\p{N}'’-]+/gu) ?? []) words.add(word)
  let n = 0
  for (const word of [...maps.common.keys(), ...maps.proper.keys()]) if (n++ % 7 === 0) words.add(word)
  // words a hunspell rule derives (sanctions, rebuilt, reopened, colours) and near misses of every kind
  for (const word of [...words]) {
    const lower = word.toLowerCase()
    for (const form of [`${lower}s`, `${lower}es`, `${lower}ed`, `${lower}d`, `${lower}ing`, `${lower}ly`, `${lower}ness`, `re${lower}`, `un${lower}ed`, `${lower}'s`, lower.slice(0, -1), lower.slice(0, -2)]) words.add(form)
  }
  return words
}

describe('the English lexicon read from the table the build writes', () => {
  it('is the table made from the installed dictionary now, byte for byte (run `npm run build` if not)', () => {
    // without a build there is no file to compare: the table a run makes in memory is the one tested below
    if (prebuilt) expect(prebuilt.toString('utf8') === madeNow, `${join(prebuiltDir(), LEXICON_FILE)} is stale`).toBe(true)
    expect(madeNow.startsWith(`${lexiconStamp()}\n`)).toBe(true)
  })

  it('holds every entry of the dictionary with the flags the Maps hold, common and proper apart', () => {
    for (const kind of ['common', 'proper'] as const) {
      expect(maps[kind].size).toBeGreaterThan(kind === 'common' ? 30_000 : 5_000)
      for (const [word, flags] of maps[kind]) {
        if (table[kind].get(word) !== flags) expect([kind, word, table[kind].get(word)]).toEqual([kind, word, flags])
      }
    }
    expect(table.suffixes.map(String)).toEqual(maps.suffixes.map(String))
    expect(table.prefixes.map(String)).toEqual(maps.prefixes.map(String))
  })

  it('answers englishKind as the Maps do on every word of the shipped texts, their inflections and near misses', () => {
    const words = questions()
    expect(words.size).toBeGreaterThan(20_000)
    const kinds = new Map<string, number>()
    for (const word of words) {
      const expected = englishKindIn(word, maps)
      if (englishKindIn(word, table) !== expected) expect([word, englishKindIn(word, table)]).toEqual([word, expected])
      if (englishKind(word) !== expected) expect([word, englishKind(word)]).toEqual([word, expected])
      kinds.set(String(expected), (kinds.get(String(expected)) ?? 0) + 1)
    }
    // each answer is given many times: the comparison is not of words all unknown
    for (const kind of ['common', 'proper', 'undefined']) expect(kinds.get(kind)).toBeGreaterThan(500)
  })

  it('finds nothing for words outside the dictionary’s alphabet, before its first entry or after its last', () => {
    for (const word of ['', 'a\tb', 'tab\t', '\n', 'zzzzzz', '~', '\u0000', 'café', 'ﬁnd', 'yapıldı', 'naïve', '日本', '😀']) {
      for (const kind of ['common', 'proper'] as const) expect(table[kind].get(word)).toBe(maps[kind].get(word))
    }
  })

  it('sorts a non-ASCII entry by its UTF-8 bytes, as the look-up compares them', () => {
    const dic = '5\nzebra\ncafé/S\ncafe\nœuvre\nÉclair/M\n'
    const aff = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'dictionary-en', 'index.aff'), 'utf8')
    const small = lexiconOfTable(Buffer.from(lexiconTable({ dic, aff }, 'test')))
    for (const word of ['zebra', 'café', 'cafe', 'œuvre', 'éclair', 'cafés', 'caf', 'cafée', 'œ']) {
      expect([word, englishKindIn(word, small)]).toEqual([word, englishKindIn(word, lexiconMaps({ dic, aff }))])
    }
    expect(englishKindIn('cafés', small)).toBe('common')
    expect(englishKindIn('éclair', small)).toBe('proper')
  })
})
