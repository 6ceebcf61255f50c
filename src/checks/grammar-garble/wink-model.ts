// The English model the tagger gives wink-nlp: wink-eng-lite-web-model's own parts, with four changes to what a
// cold start pays for them. The package's core loader parses its 3 MB model JSON, turns it into a string and
// parses it again (a deep copy), decodes two base64 tables a character at a time, and fills an object with the
// 87,000 words of its lexicon; the build (src/prebuilt/build.ts) writes the same model once as a table instead —
// the two tables as raw bytes, each word list's sort order beside it, the lexicon's words as UTF-8 — and a run
// reads it, finding a word by binary search in that order where the package fills the object on every start; the table holds the
// lemmatiser's exception lists too, which the package loads as JavaScript (lemmatize.ts). Without the table this
// parses the JSON once and decodes with Buffer. And wink-nlp loads every model it is given whatever its pipe: the
// named-entity and sentiment automata (0.6 MB of JSON) the tagger never runs are given empty.
// tests/checks/grammar-garble/wink-model.test.ts proves the tags, lemmas and tokens the same; a version of the
// package other than the one this reads falls back to the package's model as it is.
import { endianness } from 'node:os'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { readPrebuilt } from '../../prebuilt/files.js'
import { lemmatizer, type LemmaExceptions } from './lemmatize.js'

/** the version whose files and core-model layout this reads */
const KNOWN_VERSION = '1.8.1'

/** an automaton with no states, in wink-nlp's JSON form: [version, last state, machine, terminal, marked, custom] */
const EMPTY_MACHINE = '[100,0,{},{},{},{}]'

interface Feature {
  list: string[]
  hash?: Record<string, number>
  intrinsicSize?: number
  index?: number
  maxIndex?: number
}

export interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] }
  features: Record<string, Feature>
  pos: { hash: Record<string, number> }
  lexicon: string | Uint32Array
  xpansions: string | Uint32Array
}

/** The features whose words the tokeniser looks up by hash: the lexicon's, and those packed as an index into a list. */
const hashedFeatures = (model: CoreModel): string[] => [
  ...Object.keys(model.packing.layout).filter((f) => model.packing.layout[f]![3] === 0),
  'lexeme',
]

/** how many spaces bring `bytes` to a multiple of four, where a Uint32Array can start */
const padToFour = (bytes: number): string => ' '.repeat((4 - (bytes % 4)) % 4)

const uint32s = (base64: string): Uint32Array => {
  const bytes = Buffer.from(base64, 'base64')
  // a copy: the Buffer may sit at an offset of the shared pool no Uint32Array can start at
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
}

/** word → its index in `list`, the last when a word is listed twice (as filling an object in list order keeps) */
function hashOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null)
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k
  return hash
}

/** The indexes of `list` in the order of their words (then of the index), as JavaScript compares strings. */
function sortOrder(list: readonly string[]): Uint32Array {
  const order = Uint32Array.from(list, (_, k) => k)
  return order.sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : a - b))
}

/**
 * What hashOf(list) answers, found by binary search in the list's sort order (`wordAt(k)` is the list's word k).
 * The words found, and those wink-nlp adds as it meets them (an out-of-vocabulary token: `hash[word] = index`),
 * are the object's own properties, read as any object's are: a text asks for the same few thousand words again
 * and again, and only a word not asked for before reaches the proxy behind the object (its prototype), whose
 * trap costs many times a property read. wink-nlp only reads and sets words.
 */
function sortedHash(wordAt: (k: number) => string, order: Uint32Array): Record<string, number> {
  const search = new Proxy(Object.create(null) as Record<string, number>, {
    get(_, word, hash: Record<string, number>) {
      if (typeof word !== 'string') return undefined
      // the first place whose word sorts after `word`: the one before it is the last of `word`'s entries
      let low = 0
      let high = order.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if (wordAt(order[middle]!) <= word) low = middle + 1
        else high = middle
      }
      if (low === 0 || wordAt(order[low - 1]!) !== word) return undefined
      const index = order[low - 1]!
      Reflect.defineProperty(hash, word, { value: index, writable: true, enumerable: true, configurable: true })
      return index
    },
  })
  // a word set (`hash[word] = index`) becomes the object's own property: the proxy has no set trap, and the
  // default one defines the property on the object set
  return Object.create(search) as Record<string, number>
}

/**
 * The lexicon's 87,000 words, each decoded from the table's UTF-8 bytes when first read: parsing them all as JSON
 * was half of what loading the table cost, and a text reads a few thousand (the words it is made of, and those
 * the binary search of sortedHash passes on the way). `list` is what wink-nlp reads words from by index and adds
 * the ones it meets to (`list.push`), which the array under the proxy takes as any array does; `wordAt` reads
 * the same words without the proxy's trap, for the binary search.
 */
function lazyWords(bytes: Buffer, offsets: Uint32Array): { readonly list: string[]; readonly wordAt: (k: number) => string } {
  const count = offsets.length - 1
  const words: string[] = new Array<string>(count)
  const wordAt = (k: number): string => (words[k] ??= bytes.toString('utf8', offsets[k], offsets[k + 1]))
  const list = new Proxy(words, {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const code = key.charCodeAt(0)
        if (code >= 48 && code <= 57) {
          const k = Number(key)
          if (k < count) return wordAt(k)
        }
      }
      return Reflect.get(target, key, receiver) as unknown
    },
  })
  return { list, wordAt }
}

/** The rest of what the package's load-core-model.js derives once the word hashes are in place. */
function finishCore(model: CoreModel): CoreModel {
  const { packing, features, pos } = model
  const clusters = features['posClusters']!.list as unknown as (string | Set<number>)[]
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0))
  packing.efList = []
  for (const f in packing.layout) {
    const layout = packing.layout[f]!
    if (layout[3] === 0) {
      const feature = features[f]!
      feature.intrinsicSize = feature.list.length
      feature.index = feature.list.length
      feature.maxIndex = layout[1]! >>> layout[2]!
    }
    if (layout[4] === 1) packing.efList.push(f)
  }
  features['lexeme']!.intrinsicSize = features['lexeme']!.list.length
  features['lexeme']!.index = features['lexeme']!.list.length
  return model
}

/** The core model as the package's read-core-model.js and load-core-model.js build it, the JSON parsed once. */
export function coreOfJson(file: string): CoreModel {
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel
  model.lexicon = uint32s(model.lexicon as string)
  model.xpansions = uint32s(model.xpansions as string)
  for (const f of hashedFeatures(model)) model.features[f]!.hash = hashOf(model.features[f]!.list)
  return finishCore(model)
}

// The table the build writes (dist/data/wink-core.bin):
//   mtaudit-wink-core/1 wink-eng-lite-web-model@1.8.1 LE    the stamp: a table of another model is not read
//   <bytes of the JSON> <words of the lexicon> <words of xpansions> <lexemes> <bytes of the lexemes>
//   { core: the model's JSON without its two base64 tables and its lexemes, exceptions: the lemmatiser's },
//   padded with spaces to a multiple of four bytes
//   the lexicon's and xpansions' 32-bit words, then each hashed feature's sort order (hashedFeatures' order),
//   then where each lexeme starts in the lexemes' bytes (and where the last ends), then those UTF-8 bytes
export const WINK_CORE_FILE = 'wink-core.bin'

export function winkCoreStamp(): string {
  return `mtaudit-wink-core/2 wink-eng-lite-web-model@${KNOWN_VERSION} ${endianness()}`
}

/** The package's model file, when the installed package is the version this reads. */
export function knownModelDir(): string | undefined {
  const entry = createRequire(import.meta.url).resolve('wink-eng-lite-web-model')
  const { version } = JSON.parse(readFileSync(join(dirname(dirname(entry)), 'package.json'), 'utf8')) as { version: string }
  return version === KNOWN_VERSION ? dirname(entry) : undefined
}

export const coreFile = (dir: string) => join(dir, 'languages', 'cur', 'models', 'eng-core-web-model.json')

/** The package's WordNet exception lists, which its lemmatize.js loads as JavaScript. */
function lemmaExceptions(dir: string): LemmaExceptions {
  const require = createRequire(import.meta.url)
  const list = (name: string) => ({ ...(require(join(dir, `wn-${name}-exceptions.js`)) as Record<string, string>) })
  return { adjective: list('adjective'), noun: list('noun'), verb: list('verb') }
}

/** What the table holds: the core model, and the lemmatiser's exception lists. */
export interface WinkTables {
  readonly core: CoreModel
  readonly exceptions: LemmaExceptions
}

/** The table's bytes, or undefined when the installed package is another version (a run then reads its model). */
export function winkCoreTable(stamp: string): Buffer | undefined {
  const dir = knownModelDir()
  if (!dir) return undefined
  const model = JSON.parse(readFileSync(coreFile(dir), 'utf8')) as CoreModel
  const lexicon = uint32s(model.lexicon as string)
  const xpansions = uint32s(model.xpansions as string)
  const orders = hashedFeatures(model).map((f) => sortOrder(model.features[f]!.list))
  const lexemes = model.features['lexeme']!.list.map((word) => Buffer.from(word))
  const lexemeOffsets = new Uint32Array(lexemes.length + 1)
  for (let k = 0; k < lexemes.length; k++) lexemeOffsets[k + 1] = lexemeOffsets[k]! + lexemes[k]!.length
  model.lexicon = ''
  model.xpansions = ''
  model.features['lexeme']!.list = []
  let json = JSON.stringify({ core: model, exceptions: lemmaExceptions(dir) })
  json += padToFour(Buffer.byteLength(json))
  const head = `${stamp}\n${Buffer.byteLength(json)} ${lexicon.length} ${xpansions.length} ${lexemes.length} ${lexemeOffsets[lexemes.length]}\n`
  // the JSON starts on a multiple of four too, so each array that follows sits where a Uint32Array can view it
  const lead = head + padToFour(Buffer.byteLength(head))
  const arrays = [lexicon, xpansions, ...orders, lexemeOffsets].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))
  return Buffer.concat([Buffer.from(lead), Buffer.from(json), ...arrays, ...lexemes])
}

/** The tables of the build's file, or undefined when it is stamped for another model. */
export function tablesOf(table: Buffer): WinkTables | undefined {
  const stamp = Buffer.from(`${winkCoreStamp()}\n`)
  if (!stamp.equals(table.subarray(0, stamp.length))) return undefined
  const sizesEnd = table.indexOf(10, stamp.length)
  const [jsonBytes, lexiconWords, xpansionWords, lexemeCount, lexemeBytes] = table.toString('latin1', stamp.length, sizesEnd).split(' ').map(Number) as [number, number, number, number, number]
  let at = sizesEnd + 1
  at += padToFour(at).length
  const { core, exceptions } = JSON.parse(table.toString('utf8', at, at + jsonBytes)) as WinkTables
  at += jsonBytes
  // a view where the bytes allow one (readFileSync's buffer starts an ArrayBuffer of its own), else a copy
  const words = (count: number): Uint32Array => {
    const bytes = table.subarray(at, (at += 4 * count))
    return bytes.byteOffset % 4 === 0
      ? new Uint32Array(bytes.buffer, bytes.byteOffset, count)
      : new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
  }
  core.lexicon = words(lexiconWords)
  core.xpansions = words(xpansionWords)
  const features = hashedFeatures(core)
  const orders = features.map((f) => words(f === 'lexeme' ? lexemeCount : core.features[f]!.list.length))
  const lexemeOffsets = words(lexemeCount + 1)
  const lexemes = lazyWords(table.subarray(at, at + lexemeBytes), lexemeOffsets)
  core.features['lexeme']!.list = lexemes.list
  features.forEach((f, k) => {
    const list = core.features[f]!.list
    core.features[f]!.hash = sortedHash(f === 'lexeme' ? lexemes.wordAt : (index) => list[index]!, orders[k]!)
  })
  return { core: finishCore(core), exceptions }
}

/** The model object wink-nlp takes (`winkNLP(model, pipe)`). */
export function englishModel(): unknown {
  const require = createRequire(import.meta.url)
  const dir = knownModelDir()
  if (!dir) return require('wink-eng-lite-web-model')
  const part = (name: string) => require(join(dir, name))
  // the build's table when it is there and current, else the package's JSON and JavaScript
  const prebuilt = readPrebuilt(WINK_CORE_FILE)
  const tables = prebuilt && tablesOf(prebuilt)
  const model = Object.create(null) as Record<string, unknown>
  model['core'] = () => tables?.core ?? coreOfJson(coreFile(dir))
  model['sbd'] = part('load-sbd-model.js')
  model['pos'] = part('load-pos-model.js')
  model['ner'] = () => ({ machines: [], transformers: [], setter: () => undefined })
  model['negation'] = part('load-negation-model.js')
  model['sa'] = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined })
  model['metaCER'] = part('load-cer-meta-model.js')
  model['featureFn'] = part('feature.js')
  const addons = Object.create(null) as Record<string, unknown>
  addons['stem'] = part('porter-stemmer.js')
  addons['lemmatize'] = tables ? lemmatizer(tables.exceptions) : part('lemmatize.js')
  addons['readabilityStats'] = part('readability-stats.js')
  addons['wordVectors'] = undefined
  model['addons'] = addons
  return model
}
