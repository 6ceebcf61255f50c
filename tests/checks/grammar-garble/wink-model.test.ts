// The tagger's model (src/checks/grammar-garble/wink-model.ts) must tag as wink-eng-lite-web-model itself does:
// the same tokens, lemmas and tags on every line of the texts the project ships and on garbled English.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lemmatizer } from '../../../src/checks/grammar-garble/lemmatize.js'
import { coreFile, coreOfJson, englishModel, tablesOf, knownModelDir, WINK_CORE_FILE, winkCoreStamp, winkCoreTable } from '../../../src/checks/grammar-garble/wink-model.js'
import { readPrebuilt } from '../../../src/prebuilt/files.js'
import { CLEAN_TEXTS } from '../../clean-text.js'

interface Wink {
  readDoc(text: string): { tokens(): { out(what: unknown): string[] } }
  its: { value: unknown; lemma: unknown; pos: unknown }
}

const require = createRequire(import.meta.url)
const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink

const root = join(import.meta.dirname, '..', '..', '..', 'reference')
const lines = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => f.endsWith('.txt')).map((f) => join(root, d.name, f)))
  .map((file) => readFileSync(file, 'utf8'))
  .concat(CLEAN_TEXTS.map(([, text]) => text))
  .flatMap((text) => text.split('\n'))
  .filter((line) => line.trim() !== '')

const GARBLED = [
  'The figures shows that three his cousins were shown in decides of videos.',
  'Nobody knows when will they return, the fishermen who They pulled from the sea said.',
  'Coach Maria Lund she told reporters that the deal was worse than.',
  "It's 5.30 p.m. in Seoul; Stoltenberg's aides didn't say — \"we'll see\" — whether NATO would.",
]

const tagsOf = (nlp: Wink, text: string) => {
  const tokens = nlp.readDoc(text).tokens()
  return [tokens.out(nlp.its.value), tokens.out(nlp.its.lemma), tokens.out(nlp.its.pos)]
}

describe('the tagger model', () => {
  it('tags every line of the bundled story, the clean-text suite and garbled English as the package model does', () => {
    const ours = winkNLP(englishModel(), ['pos'])
    const theirs = winkNLP(require('wink-eng-lite-web-model'), ['pos'])
    expect(lines.length).toBeGreaterThan(150)
    for (const text of [...lines, ...GARBLED]) expect(tagsOf(ours, text), text).toEqual(tagsOf(theirs, text))
  })
})

describe('the table the build writes from the model', () => {
  const dir = knownModelDir()
  // another version of the package is read as the package gives it, with no table
  it.runIf(dir !== undefined)('holds the model the JSON holds, and finds every word at the index the JSON’s hash gives', () => {
    const fromJson = coreOfJson(coreFile(dir!))
    const fromTable = tablesOf(winkCoreTable(winkCoreStamp())!)!.core
    expect(fromTable).toBeDefined()
    expect(Buffer.from((fromTable.lexicon as Uint32Array).buffer, (fromTable.lexicon as Uint32Array).byteOffset, (fromTable.lexicon as Uint32Array).byteLength).equals(Buffer.from((fromJson.lexicon as Uint32Array).buffer))).toBe(true)
    expect([...(fromTable.xpansions as Uint32Array)]).toEqual([...(fromJson.xpansions as Uint32Array)])
    const { features: jsonFeatures, lexicon: _l, xpansions: _x, ...jsonRest } = fromJson
    const { features: tableFeatures, lexicon: _tl, xpansions: _tx, ...tableRest } = fromTable
    expect(tableRest).toEqual(jsonRest)
    for (const [name, feature] of Object.entries(jsonFeatures)) {
      const ours = tableFeatures[name]!
      // read word by word, as wink-nlp reads them (the lexicon's are decoded as they are first read)
      expect(Array.from(ours.list), name).toEqual(feature.list)
      expect([ours.intrinsicSize, ours.index, ours.maxIndex], name).toEqual([feature.intrinsicSize, feature.index, feature.maxIndex])
      if (!feature.hash) continue
      const hash = feature.hash
      // every listed word, a word listed twice at its last index, and words the list lacks (even Object's own names)
      for (const word of feature.list) if (ours.hash![word] !== hash[word]) expect(ours.hash![word], `${name}: ${word}`).toBe(hash[word])
      for (const word of ['', 'zzzzzzzzqx', 'constructor', '__proto__', 'Stoltenberg’s', 'naïve', '\uffff']) expect(ours.hash![word], `${name}: ${word}`).toBe(hash[word])
    }
  })

  it.runIf(dir !== undefined)('keeps the words wink-nlp adds as it meets them', () => {
    const hash = tablesOf(winkCoreTable(winkCoreStamp())!)!.core.features['lexeme']!.hash!
    expect(hash['qwzxplorbity']).toBeUndefined()
    hash['qwzxplorbity'] = 123456
    expect(hash['qwzxplorbity']).toBe(123456)
    const list = tablesOf(winkCoreTable(winkCoreStamp())!)!.core.features['lexeme']!.list
    const count = list.length
    expect(list.push('qwzxplorbity')).toBe(count + 1)
    expect([list[count - 1], list[count], list.length]).toEqual([coreOfJson(coreFile(dir!)).features['lexeme']!.list.at(-1), 'qwzxplorbity', count + 1])
  })

  it.runIf(dir !== undefined)('is not read when stamped for another model, and the build’s file is current', () => {
    expect(tablesOf(winkCoreTable('mtaudit-wink-core/1 wink-eng-lite-web-model@0.0.1 LE')!)).toBeUndefined()
    const built = readPrebuilt(WINK_CORE_FILE)
    if (built) expect(built.equals(winkCoreTable(winkCoreStamp())!), `${WINK_CORE_FILE} is stale: npm run build`).toBe(true)
  })
})

describe('the lemmatiser', () => {
  const dir = knownModelDir()
  it.runIf(dir !== undefined)('answers as the package’s lemmatize.js for every word of the lexicon, in each part of speech', () => {
    const theirs = require(join(dir!, 'lemmatize.js')) as (value: string, pos: string, cache: unknown) => string
    const ours = lemmatizer(tablesOf(winkCoreTable(winkCoreStamp())!)!.exceptions)
    // a cache that knows some stems and not others, the same for both: each rule is reached with either answer
    const cache = { hasSamePOS: (word: string, pos: string) => (word.length * 7 + word.charCodeAt(0) + pos.length) % 3 !== 0 }
    const words = [...coreOfJson(coreFile(dir!)).features['lexeme']!.list, 'geese', 'went', 'worse', 'boxes', 'churches', 'larger', 'raised', 'firemen']
    let compared = 0
    for (const pos of ['ADJ', 'NOUN', 'VERB', 'PROPN']) {
      for (const word of words) {
        const [a, b] = [ours(word, pos, cache), theirs(word, pos, cache)]
        if (a !== b) expect(a, `${pos} ${word}`).toBe(b)
        compared++
      }
    }
    expect(compared).toBeGreaterThan(300_000)
    expect(['geese', 'went', 'worse'].map((w, i) => ours(w, ['NOUN', 'VERB', 'ADJ'][i]!, cache))).toEqual(['goose', 'go', 'bad'])
  })
})
