import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indentJson, indentJsonPieces } from '../../src/report/stream.js'

// indentJson renders the value nested in arrays and cuts their brackets off, instead of indenting each line of the
// rendered text: the output must be what indenting gives, for any value at any depth.
describe('indentJson', () => {
  it('is JSON.stringify(value, null, 2) with every line indented by two spaces a level', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), (value, depth) => {
        const pad = '  '.repeat(depth)
        expect(indentJson(value, depth)).toBe(pad + JSON.stringify(value, null, 2).replaceAll('\n', `\n${pad}`))
      }),
      { numRuns: 500 },
    )
  })

  it('keeps empty arrays and objects on one line', () => {
    expect(indentJson({ a: [], b: {} }, 2)).toBe('    {\n      "a": [],\n      "b": {}\n    }')
    expect(indentJson([], 1)).toBe('  []')
  })
})

// indentJsonPieces gives a long document's bundle in pieces: joined, they must be indentJson's text to the byte
describe('indentJsonPieces', () => {
  it('joins to indentJson(value, depth) for any value at any depth, long lists included', () => {
    // arrays long enough to be given an item at a time, in objects and arrays that are then given a property or
    // an item at a time, with what JSON leaves out of an object or writes as null in an array (undefined, functions)
    const leaf = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant(undefined), fc.constant(() => 1))
    const small = fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }), fc.dictionary(fc.string(), leaf, { maxKeys: 3 }))
    const list = fc.array(small, { minLength: 17, maxLength: 30 })
    const inner = fc.oneof(leaf, list, fc.array(fc.oneof(leaf, list), { maxLength: 3 }), fc.dictionary(fc.string(), fc.oneof(leaf, list), { maxKeys: 3 }))
    const outer = fc.oneof(inner, fc.array(inner, { maxLength: 3 }), fc.dictionary(fc.string(), inner, { maxKeys: 3 }))
    // what JSON cannot hold stands inside arrays and objects only, as in a report
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), list, fc.array(outer, { maxLength: 3 }), fc.dictionary(fc.string(), outer, { maxKeys: 3 }))
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 6 }), (v, depth) => {
        expect([...indentJsonPieces(v, depth)].join('')).toBe(indentJson(v, depth))
      }),
      { numRuns: 300 },
    )
  })

  it('cuts a long list into several pieces, and a bundle-sized value into one', () => {
    const sentences = Array.from({ length: 5000 }, (_, index) => ({ index, text: `Sentence “${index}” of a long document.`, penalty: undefined }))
    const pieces = [...indentJsonPieces({ id: 'doc', reference: { sentences } }, 2)]
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces.join('')).toBe(indentJson({ id: 'doc', reference: { sentences } }, 2))
    expect([...indentJsonPieces({ id: 'story', sentences: sentences.slice(0, 20) }, 2)]).toHaveLength(1)
  })
})
