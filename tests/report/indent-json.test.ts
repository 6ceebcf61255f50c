import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indentJson } from '../../src/report/stream.js'

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
