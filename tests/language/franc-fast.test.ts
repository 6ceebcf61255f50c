import { franc, francAll } from 'franc'
import { data } from 'franc/data.js'
import { describe, expect, it } from 'vitest'
import { cleanedUnit, francAllFast, francFast, IRREGULAR, SEPARATOR } from '../../src/language/franc-fast.js'
import { buildModels, FRANC_MODELS_INDEX, francModelsFileOf, francModelsFiles, francModelsStamp, modelsOf, modelsOfFile } from '../../src/language/franc-models.js'
import { readPrebuilt } from '../../src/prebuilt/files.js'
import { analyze } from '../../src/analyze.js'
import { doc } from '../helpers.js'
import { shippedTexts } from '../shipped-texts.js'
// a seeded generator (mulberry32): the same random strings on every run
import { random } from '../../bench/align-eval/generate.js'

// The minimum length only decides whether franc answers und at once (the other lengths src/language/language.ts
// asks for, 10 and 40, are checked on short texts below); 1 lets every text through to the full computation.
function expectSameAsFranc(text: string) {
  expect(francAllFast(text, 1)).toEqual(francAll(text, { minLength: 1 }))
  expect(francFast(text, 1)).toBe(franc(text, { minLength: 1 }))
}

describe('francAllFast', () => {
  it('gives franc’s list, scores and tie order on every shipped text, its lines and its sentences', () => {
    const texts = shippedTexts()
    expect(texts.length).toBeGreaterThan(10)
    const distinct = new Set<string>()
    for (const [, text] of texts) {
      distinct.add(text)
      for (const line of text.split('\n')) distinct.add(line)
      for (const sentence of analyze(doc(text), false).sentences) distinct.add(sentence.text)
    }
    for (const text of distinct) expectSameAsFranc(text)
  })

  it('gives franc’s answer on franc’s own models read as text, in every script franc knows', () => {
    for (const models of Object.values(data)) {
      for (const model of Object.values(models)) {
        expectSameAsFranc(model.replace(/\|/g, ' '))
        expectSameAsFranc(model.slice(0, 45))
      }
    }
  })

  it('gives franc’s answer on random strings mixing scripts, digits, punctuation and repeats', () => {
    const next = random(6)
    // astral characters (𠀀 is Han, 𐐀 Deseret, 😀 no script) and a lone surrogate take the regular-expression count
    const alphabet = [...'aeioustnrlkmzßéøçąğ  .,;!?-’"0123456789ΑαβγДдЖжשלוםمرحبا你好世界こんにちは한국어ไทย\u212a\u0130', '𠀀', '𐐀', '😀', '\ud800']
    for (let n = 0; n < 300; n++) {
      const length = Math.floor(next() * 300)
      // a third of the texts without astral characters, so the per-unit count is what they test
      const letters = n % 3 === 0 ? alphabet.length - 4 : alphabet.length
      let text = ''
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * letters)]
      expectSameAsFranc(text)
    }
  })

  it('cleans a text unit by unit as trigram-utils does, but for the units whose lower case is not one unit alone', () => {
    const regular: number[] = []
    for (let unit = 0; unit < 65536; unit++) {
      const ch = String.fromCharCode(unit)
      const cleaned = cleanedUnit(unit)
      expect(cleaned === SEPARATOR).toBe(/[\u0021-\u0040\s]/.test(ch))
      if (cleaned === SEPARATOR || cleaned === IRREGULAR) continue
      expect(String.fromCharCode(cleaned - 1)).toBe(ch.toLowerCase())
      regular.push(unit)
    }
    // in a text too: its lower case is its units' own, one by one (Σ, whose lower case depends on what follows, is IRREGULAR)
    for (const units of [regular, [...regular].reverse()]) {
      const lower = String.fromCharCode(...units).toLowerCase()
      expect(lower.length).toBe(units.length)
      expect(units.filter((unit, i) => lower.charCodeAt(i) !== cleanedUnit(unit) - 1)).toEqual([])
    }
    for (const unit of ['Σ', 'İ', '\ud801', '\udc00']) expect(cleanedUnit(unit.charCodeAt(0))).toBe(IRREGULAR)
    // trigrams of the space and a–z are counted by index, the others hashed: texts mixing the two, and the units next to a–z
    for (const text of ['Die ΣΑΣ und ΟΔΥΣΣΕΥΣ sind in der Stadt', 'İstanbul İzmir', 'The `quick` {brown} fox|jumps ~over@ [the] lazy_dog', 'Zürich ÉTÉ naïve café Œuvre', 'ab\u00a0cd\u3000ef\ufeffgh']) {
      expectSameAsFranc(text)
    }
  })

  it('answers as franc does under and over the minimum length, and on letterless text', () => {
    const texts = ['', 'a', 'Seoul', '12345 67890 !!', '...', 'The minister said.', 'Die Regierung hat am Montag beschlossen, dass']
    for (const text of texts) {
      for (const minLength of [1, 10, 40]) {
        expect(francAllFast(text, minLength)).toEqual(francAll(text, { minLength }))
        expect(francFast(text, minLength)).toBe(franc(text, { minLength }))
      }
    }
  })
})

// The tests above ask francAllFast, which reads the tables the build wrote when it has (as every run does), else
// makes them from franc's data: both are compared with franc's own answers there. Here the files themselves.
/** Whether two tables hold the same numbers in arrays of the same kind (toEqual on each element is slow on these) */
const sameArray = (a: Int32Array | Uint16Array, b: Int32Array | Uint16Array) =>
  a.constructor === b.constructor && a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))

describe('the tables the build writes from franc’s models', () => {
  const files = francModelsFiles(francModelsStamp())
  const index = readPrebuilt(FRANC_MODELS_INDEX)

  it('are the files made from the installed franc now, byte for byte (run `npm run build` if not)', () => {
    expect([...files.keys()].sort()).toEqual([FRANC_MODELS_INDEX, ...Object.keys(data).map(francModelsFileOf)].sort())
    // without a build there are no files to compare: the tables made in memory are the ones the tests above ask
    if (!index) return
    for (const [name, contents] of files) expect(readPrebuilt(name)?.equals(Buffer.from(contents)), `dist/data/${name} is stale`).toBe(true)
  })

  it('read back as the arrays made from franc’s data, in every script, with the languages in franc’s order', () => {
    const entries = JSON.parse(files.get(FRANC_MODELS_INDEX) as string) as { scripts: Record<string, Parameters<typeof modelsOfFile>[1]> }
    for (const script of Object.keys(data)) {
      const made = buildModels(data[script]!)
      const read = modelsOfFile(files.get(francModelsFileOf(script)) as Buffer, entries.scripts[script]!)
      expect(read.languages).toEqual(Object.keys(data[script]!))
      for (const name of ['high', 'low', 'idPlusOne', 'offsets', 'postings', 'countStamp', 'count'] as const) expect([script, name, sameArray(read[name], made[name])]).toEqual([script, name, true])
      // and the ones a run uses, read from the build's file when there is one
      for (const name of ['high', 'low', 'idPlusOne', 'offsets', 'postings'] as const) expect([script, name, sameArray(modelsOf(script)![name], made[name])]).toEqual([script, name, true])
    }
    expect(modelsOf('Han')).toBeUndefined()
    // after a build, as views into the one file read (made here, each array has a buffer of its own)
    if (index) expect(modelsOf('Latin')!.postings.buffer).toBe(modelsOf('Latin')!.high.buffer)
  })

  it('read a file from an unaligned buffer as from an aligned one', () => {
    const bytes = files.get(francModelsFileOf('Hebrew')) as Buffer
    const shifted = Buffer.alloc(bytes.length + 1).subarray(1)
    bytes.copy(shifted)
    const entries = JSON.parse(files.get(FRANC_MODELS_INDEX) as string) as { scripts: Record<string, Parameters<typeof modelsOfFile>[1]> }
    const read = modelsOfFile(shifted, entries.scripts['Hebrew']!)
    const made = buildModels(data['Hebrew']!)
    for (const name of ['high', 'low', 'idPlusOne', 'offsets', 'postings'] as const) expect(sameArray(read[name], made[name])).toBe(true)
  })
})
