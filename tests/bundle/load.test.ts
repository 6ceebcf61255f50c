import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/bundle/decode.js'
import { loadBundleFolder, loadJsonlBundles, loadLooseFiles } from '../../src/bundle/load.js'
import { InputError } from '../../src/errors.js'
import { STORY } from '../helpers.js'
import { readText } from '../../src/cli/read-input.js'

describe('load', () => {
  it('reads the bundled story: 000 the reference, 001–004 the variants with feed and source language', () => {
    const bundle = loadBundleFolder(STORY, readText)
    expect(bundle.reference?.id).toBe('000-afp-wire')
    expect(bundle.variants.map((v) => [v.id, v.sourceLang])).toEqual([
      ['001-native-rewrite', 'en'],
      ['002-mt-greek', 'el'],
      ['003-mt-indonesian', 'id'],
      ['004-mt-french', 'fr'],
    ])
    expect(bundle.variants.every((v) => v.feed)).toBe(true)
  })

  it('strips a byte-order mark so offsets index the text as shown', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]), 'x')).toBe('Hi')
  })

  it('reads JSONL bundles, with or without a reference', () => {
    const text = [
      JSON.stringify({ id: 'a', segmented: true, reference: { id: 'r', text: 'One.\nTwo.' }, variants: [{ id: 'v', text: 'Un.\nDeux.', sourceLang: 'fr' }] }),
      '',
      JSON.stringify({ id: 'b', reference: null, variants: [{ id: 'v', text: 'Hi.' }] }),
    ].join('\n')
    const bundles = loadJsonlBundles(text, 'in.jsonl')
    expect(bundles.map((b) => [b.id, b.segmented, b.reference?.id ?? null])).toEqual([['a', true, 'r'], ['b', false, null]])
  })

  it('names the line of a duplicate bundle id', () => {
    const line = JSON.stringify({ id: 'a', reference: null, variants: [{ id: 'v', text: 'Hi.' }] })
    expect(() => loadJsonlBundles(`${line}\n${line}`, 'in.jsonl')).toThrow(new InputError('in.jsonl:2', 'bundle id `a` is used twice'))
  })

  it('makes one bundle of loose files named after the reference', () => {
    const texts: Record<string, string> = { 'r.txt': 'Reference.', 'v1.txt': 'Variant.' }
    const bundle = loadLooseFiles('r.txt', ['v1.txt'], (p) => texts[p]!)
    expect([bundle.id, bundle.variants.map((v) => v.id)]).toEqual(['r', ['v1']])
  })
})
