// The English model the tagger gives wink-nlp: wink-eng-lite-web-model's own parts, with two changes to what a
// cold start pays for them. The package's core loader parses its 3 MB model JSON, turns it into a string and
// parses it again (a deep copy), and decodes two base64 tables a character at a time; this one parses the file
// once and decodes with Buffer, then builds the same tables the same way. And wink-nlp loads every model it is
// given whatever its pipe: the named-entity and sentiment automata (0.6 MB of JSON) the tagger never runs are
// given empty. tests/checks/grammar-garble/wink-model.test.ts proves the tags, lemmas and tokens the same; a
// version of the package other than the one this reads falls back to the package's model as it is.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** the version whose files and core-model layout this reads */
const KNOWN_VERSION = '1.8.1'

/** an automaton with no states, in wink-nlp's JSON form: [version, last state, machine, terminal, marked, custom] */
const EMPTY_MACHINE = '[100,0,{},{},{},{}]'

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] }
  features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>
  pos: { hash: Record<string, number> }
  lexicon: string | Uint32Array
  xpansions: string | Uint32Array
}

const uint32s = (base64: string): Uint32Array => {
  const bytes = Buffer.from(base64, 'base64')
  // a copy: the Buffer may sit at an offset of the shared pool no Uint32Array can start at
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
}

/** The core model as the package's read-core-model.js and load-core-model.js build it, the JSON parsed once. */
function coreModel(file: string): () => CoreModel {
  return () => {
    const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel
    const { packing, features, pos } = model
    model.lexicon = uint32s(model.lexicon as string)
    model.xpansions = uint32s(model.xpansions as string)
    const hashOf = (list: readonly string[]) => {
      const hash: Record<string, number> = Object.create(null)
      for (let k = 0; k < list.length; k++) hash[list[k]!] = k
      return hash
    }
    for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list)
    features['lexeme']!.hash = hashOf(features['lexeme']!.list)
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
}

/** The model object wink-nlp takes (`winkNLP(model, pipe)`). */
export function englishModel(): unknown {
  const require = createRequire(import.meta.url)
  const entry = require.resolve('wink-eng-lite-web-model')
  const root = dirname(dirname(entry))
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  if (version !== KNOWN_VERSION) return require('wink-eng-lite-web-model')
  const part = (name: string) => require(join(dirname(entry), name))
  const model = Object.create(null) as Record<string, unknown>
  model['core'] = coreModel(join(dirname(entry), 'languages', 'cur', 'models', 'eng-core-web-model.json'))
  model['sbd'] = part('load-sbd-model.js')
  model['pos'] = part('load-pos-model.js')
  model['ner'] = () => ({ machines: [], transformers: [], setter: () => undefined })
  model['negation'] = part('load-negation-model.js')
  model['sa'] = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined })
  model['metaCER'] = part('load-cer-meta-model.js')
  model['featureFn'] = part('feature.js')
  const addons = Object.create(null) as Record<string, unknown>
  addons['stem'] = part('porter-stemmer.js')
  addons['lemmatize'] = part('lemmatize.js')
  addons['readabilityStats'] = part('readability-stats.js')
  addons['wordVectors'] = undefined
  model['addons'] = addons
  return model
}
