// The tagger's model (src/checks/grammar-garble/wink-model.ts) must tag as wink-eng-lite-web-model itself does:
// the same tokens, lemmas and tags on every line of the texts the project ships and on garbled English.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { englishModel } from '../../../src/checks/grammar-garble/wink-model.js'
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
