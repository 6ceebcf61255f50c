// franc's models as the tables francFast scores with (franc-fast.ts says why): each script's trigrams in an
// open-addressing table of their two integer halves, and per trigram its (language, rank) postings. The build
// writes each script's into a file of dist/data (below), so a run reads the one it needs with one readFileSync,
// as views, and neither loads franc's data module (its models as 240 kB of JavaScript strings) nor turns Latin's
// 37,800 trigrams round on its first question; without the files (the tests run from the sources) they are made
// here from franc's data, by the same code the build runs.
import { createRequire } from 'node:module'
import { packageVersion, readPrebuilt } from '../prebuilt/files.js'

/** A trigram's two integer halves: its first two UTF-16 units, and its third. */
const highOf = (text: string, i: number) => (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)
const lowOf = (text: string, i: number) => text.charCodeAt(i + 2)

export function slotOf(high: number, low: number, mask: number): number {
  let h = Math.imul(high, 0x9e3779b1) ^ Math.imul(low, 0x85ebca77)
  h ^= h >>> 15
  return h & mask
}

/** The index of a trigram of the space and a–z, base 27 (the space 0, a–z 1–26), counted by asciiCode's digits */
const ASCII_TRIGRAMS = 27 * 27 * 27

/** a unit's digit in such an index: the space 0, a–z 1–26, anything else −1 */
export const asciiCode = (unit: number) => (unit === 0x20 ? 0 : unit >= 0x61 && unit <= 0x7a ? unit - 0x60 : -1)

/** The index of the trigram at `start` when it is all of the space and a–z, else −1 */
function asciiIndexOf(model: string, start: number): number {
  const a = asciiCode(model.charCodeAt(start))
  const b = asciiCode(model.charCodeAt(start + 1))
  const c = asciiCode(model.charCodeAt(start + 2))
  return a >= 0 && b >= 0 && c >= 0 ? a * 729 + b * 27 + c : -1
}

export interface ScriptModels {
  readonly languages: readonly string[]
  /** open-addressing table of the script's trigrams: their halves, and their id + 1 (0 = empty slot) */
  readonly high: Int32Array
  readonly low: Int32Array
  readonly idPlusOne: Int32Array
  /** a trigram id's postings are pairs (language index, rank in that language's model) from offsets[id − 1] to offsets[id] */
  readonly offsets: Int32Array
  /** language indexes and ranks are below 65,536 (a model has 300 trigrams; Latin, the most, 126 languages) */
  readonly postings: Uint16Array
  /** per trigram id + 1, the call that last counted it (a stamp of an older call means 0) and its count in the text */
  readonly countStamp: Int32Array
  readonly count: Int32Array
}

/** A script's tables, made from franc's models of it (a language code → its trigrams, "|"-separated, most
 *  frequent first). */
export function buildModels(models: Record<string, string>): ScriptModels {
  const languages = Object.keys(models) // franc's order (for…in over own keys), which decides ties
  // Read straight from the model strings, without splitting them or keying a Map by trigram string: Latin's
  // 126 models are 37,800 trigrams, built whenever the build's file is absent.
  let capacity = 1 // trigrams at most: every one takes four units with its "|"
  for (const language of languages) capacity += (models[language]!.length >> 2) + 1
  // Only the trigrams with a unit other than the space and a–z are hashed (below): the table is sized by them,
  // not by every trigram (Latin's 37,800 have 3,901 such), as the build's file holds it and every run reads it.
  let hashed = 0
  for (const language of languages) {
    const model = models[language]!
    for (let start = 0; start <= model.length; ) {
      let end = model.indexOf('|', start)
      if (end === -1) end = model.length
      if (end - start === 3 && asciiIndexOf(model, start) < 0) hashed++
      start = end + 1
    }
  }
  let tableSize = 16
  while (tableSize < 2 * hashed) tableSize *= 2
  const mask = tableSize - 1
  const high = new Int32Array(tableSize)
  const low = new Int32Array(tableSize)
  const idPlusOne = new Int32Array(tableSize)
  // each (trigram id, language, rank) once, in franc's language order; then grouped by id below
  const postId = new Int32Array(capacity)
  const postLanguage = new Int32Array(capacity)
  const postRank = new Int32Array(capacity)
  const lastLanguage = new Int32Array(ASCII_TRIGRAMS + capacity + 1).fill(-1)
  let posts = 0
  // A trigram of the space and a–z is found by index, not hashed: nearly every trigram of English text is one, so
  // it is the hot path of the ranking. Its id is its index + 1
  // (asciiCode's digits, base 27), those outside the models too, so that they are told apart by the same count;
  // the other trigrams are numbered after them.
  let id = ASCII_TRIGRAMS
  const hashedId = (model: string, start: number) => {
    const h = highOf(model, start)
    const l = lowOf(model, start)
    let s = slotOf(h, l, mask)
    while (idPlusOne[s] !== 0 && !(high[s] === h && low[s] === l)) s = (s + 1) & mask
    if (idPlusOne[s] === 0) {
      high[s] = h
      low[s] = l
      idPlusOne[s] = ++id
    }
    return idPlusOne[s]!
  }
  languages.forEach((language, index) => {
    const model = models[language]!
    for (let start = 0, rank = 0; start <= model.length; rank++) {
      let end = model.indexOf('|', start)
      if (end === -1) end = model.length
      // franc's models hold trigrams of three UTF-16 units; the text's trigrams are never anything else
      if (end - start === 3) {
        const ascii = asciiIndexOf(model, start)
        const trigram = ascii >= 0 ? ascii + 1 : hashedId(model, start)
        // franc assigns ranks from the end down, so a trigram listed twice keeps its first (lowest) rank
        if (lastLanguage[trigram] !== index) {
          lastLanguage[trigram] = index
          postId[posts] = trigram
          postLanguage[posts] = index
          postRank[posts++] = rank
        }
      }
      start = end + 1
    }
  })
  const offsets = new Int32Array(id + 1)
  for (let k = 0; k < posts; k++) offsets[postId[k]!]! += 2
  for (let k = 1; k <= id; k++) offsets[k]! += offsets[k - 1]!
  const postings = new Uint16Array(2 * posts)
  if (languages.length > 0x10000 || postRank.some((rank) => rank > 0xffff)) throw new Error('franc’s models no longer fit 16-bit postings')
  const fill = offsets.slice(0, id + 1) // fill[t - 1]: where trigram t's next pair goes
  for (let k = 0; k < posts; k++) {
    const at = fill[postId[k]! - 1]!
    fill[postId[k]! - 1] = at + 2
    postings[at] = postLanguage[k]!
    postings[at + 1] = postRank[k]!
  }
  return {
    languages,
    high,
    low,
    idPlusOne,
    offsets,
    postings,
    countStamp: new Int32Array(id + 1),
    count: new Int32Array(id + 1),
  }
}

// Each script's tables, read or made on first use; the per-call counts they carry are stamped with the call
// (countStamp), so nothing one text counted is read for another.
const built = new Map<string, ScriptModels>()

/** The tables made so far, for franc-fast to reset their count stamps. */
export function builtModels(): Iterable<ScriptModels> {
  return built.values()
}

/** franc's data module, loaded only when the tables are made here: a run with the build's file never parses it. */
function francData(): Record<string, Record<string, string>> {
  const { data } = createRequire(import.meta.url)('franc/data.js') as typeof import('franc/data.js')
  return data
}

/** The tables of a script, or undefined for a script franc has no models of (it then answers with the script). */
export function modelsOf(script: string): ScriptModels | undefined {
  let models = built.get(script)
  if (models) return models
  const index = prebuilt()
  const entry = index?.scripts[script]
  if (index && !entry) return undefined
  const bytes = entry && readPrebuilt(francModelsFileOf(script))
  if (entry && bytes) {
    models = modelsOfFile(bytes, entry)
  } else {
    // not built (the tests run from the sources), or built beside another franc: the same tables, made here
    const source = francData()[script]
    models = source && buildModels(source)
  }
  if (models) built.set(script, models)
  return models
}

// The files the build writes into dist/data: franc-models.json, { stamp, scripts: { [script]: { languages,
// lengths } } }, the lengths the element counts of each script's arrays; and per script franc-<script>.bin, the
// script's high, low, idPlusOne, offsets (Int32Array) and postings (Uint16Array) one after the other, in the
// machine's byte order. A run reads the index and the file of each script it meets, each with one readFileSync,
// as views into it: an English text reads Latin's alone. The stamp names franc's version and the byte order: files
// written beside another franc, or on a machine of the other order, are not read.
export const FRANC_MODELS_INDEX = 'franc-models.json'
export const francModelsFileOf = (script: string) => `franc-${script}.bin`
const INT32_ARRAYS = ['high', 'low', 'idPlusOne', 'offsets'] as const

interface ModelsIndex {
  readonly stamp: string
  readonly scripts: Readonly<Record<string, { readonly languages: readonly string[]; readonly lengths: readonly number[] }>>
}

export function francModelsStamp(): string {
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1
  return `mtaudit-franc-models/1 franc@${packageVersion('franc')} ${littleEndian ? 'LE' : 'BE'}`
}

const bytesOf = (array: Int32Array | Uint16Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)

/** The files' names and contents: every script of franc's data, its tables made by buildModels. */
export function francModelsFiles(stamp: string): Map<string, Buffer | string> {
  const data = francData()
  const files = new Map<string, Buffer | string>()
  const index: ModelsIndex = { stamp, scripts: {} }
  for (const script of Object.keys(data)) {
    const models = buildModels(data[script]!)
    ;(index.scripts as Record<string, ModelsIndex['scripts'][string]>)[script] = {
      languages: models.languages,
      lengths: [...INT32_ARRAYS.map((name) => models[name].length), models.postings.length],
    }
    files.set(francModelsFileOf(script), Buffer.concat([...INT32_ARRAYS.map((name) => bytesOf(models[name])), bytesOf(models.postings)]))
  }
  files.set(FRANC_MODELS_INDEX, JSON.stringify(index))
  return files
}

/** A script's tables as views into its file's bytes. */
export function modelsOfFile(bytes: Buffer, { languages, lengths }: ModelsIndex['scripts'][string]): ScriptModels {
  // Int32Array views need an offset that is a multiple of four; a Buffer from Node's pool may start anywhere
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes)
  let at = aligned.byteOffset
  const [high, low, idPlusOne, offsets] = lengths.slice(0, 4).map((count) => {
    const view = new Int32Array(aligned.buffer, at, count)
    at += 4 * count
    return view
  }) as [Int32Array, Int32Array, Int32Array, Int32Array]
  const postings = new Uint16Array(aligned.buffer, at, lengths[4])
  return { languages, high, low, idPlusOne, offsets, postings, countStamp: new Int32Array(offsets.length), count: new Int32Array(offsets.length) }
}

// The build's index, read once: undefined until asked, null when absent or stamped for another franc
let prebuiltIndex: ModelsIndex | null | undefined

function prebuilt(): ModelsIndex | null {
  if (prebuiltIndex === undefined) {
    const index = readPrebuilt(FRANC_MODELS_INDEX)
    const parsed = index && (JSON.parse(index.toString('utf8')) as ModelsIndex)
    prebuiltIndex = parsed && parsed.stamp === francModelsStamp() ? parsed : null
  }
  return prebuiltIndex
}
