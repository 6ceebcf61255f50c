// Input errors in plain words (issue 17): UTF-16 decoded, JSONL held to bundle.json's rules with every bad line
// reported, zod's issues rephrased, an empty reference refused, and text with nothing to check never passed.
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/bundle/decode.js'
import { audit } from '../../src/audit.js'
import { loadBundleFolder, loadJsonlBundles, loadLooseFiles } from '../../src/bundle/load.js'
import { manifestSchema, parseJson } from '../../src/bundle/schema.js'
import { InputError } from '../../src/errors.js'
import type { Bundle } from '../../src/types.js'

const utf16 = (text: string, bigEndian = false) => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le')
  return bigEndian ? Buffer.from(le).swap16() : le
}

function errorOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return `mtaudit: ${error.toLine()}`
    throw error
  }
  throw new Error('no error')
}

describe('decodeText', () => {
  it('decodes UTF-16 with a BOM, either byte order, offsets as in the UTF-8 copy', () => {
    const text = 'Yoon Suk-yeol said “we will not leave” — 🇰🇷.\r\nSecond line.'
    expect(decodeText(utf16(text), 'v.txt')).toBe(text)
    expect(decodeText(utf16(text, true), 'v.txt')).toBe(text)
    expect(decodeText(Buffer.from(`\ufeff${text}`), 'v.txt')).toBe(text)
  })

  it('refuses broken UTF-16 and UTF-32 by name', () => {
    expect(errorOf(() => decodeText(Buffer.concat([utf16('ab'), Buffer.from([0x3d, 0xd8])]), 'v.txt'))).toBe('mtaudit: v.txt: not valid UTF-16LE (an unpaired surrogate); save it as UTF-8')
    expect(errorOf(() => decodeText(Buffer.from([0xff, 0xfe, 0x41]), 'v.txt'))).toBe('mtaudit: v.txt: not valid UTF-16LE (an odd number of bytes); save it as UTF-8')
    expect(errorOf(() => decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'v.txt'))).toBe('mtaudit: v.txt: UTF-32 text (byte-order mark); save it as UTF-8')
  })
})

describe('JSONL', () => {
  const good = (id: string) => JSON.stringify({ id, reference: null, variants: [{ id: 'v', text: 'Hi.' }] })

  it('reports every bad line, file:line, one a line, and runs none of the file', () => {
    const text = [
      good('a'),
      JSON.stringify({ id: 'b', reference: null, variants: [{ id: 'v', txt: 'Hi.' }] }),
      '{"id": "c", ',
      JSON.stringify({ id: 'd', reference: { id: 'v', text: 'Hi.' }, variants: [{ id: 'v', text: 'Hi.' }] }),
      JSON.stringify({ id: 'e', reference: null, variants: [{ id: 'v', text: 'Hi.' }, { id: 'v', text: 'Ho.' }] }),
      good('a'),
      JSON.stringify({ reference: null, variants: [{ id: 'v', text: 'Hi.' }] }),
    ].join('\n')
    const lines = errorOf(() => loadJsonlBundles(text, 'feed.jsonl')).split('\n')
    expect(lines).toEqual([
      'mtaudit: feed.jsonl:2: missing field `variants[0].text`; unknown field `variants[0].txt`',
      expect.stringMatching(/^mtaudit: feed\.jsonl:3: invalid JSON: /),
      'mtaudit: feed.jsonl:4: document id `v` is used twice',
      'mtaudit: feed.jsonl:5: document id `v` is used twice',
      'mtaudit: feed.jsonl:6: bundle id `a` is used twice',
      'mtaudit: feed.jsonl:7: missing field `id`',
    ])
  })

  it('lists at most 20 bad lines and counts the rest', () => {
    const lines = errorOf(() => loadJsonlBundles(Array.from({ length: 25 }, () => '{"id": 1}').join('\n'), 'f.jsonl')).split('\n')
    expect(lines).toHaveLength(21)
    expect(lines[20]).toBe('mtaudit: f.jsonl: 5 more bad lines')
  })

  it('still loads good lines when all are good', () => {
    expect(loadJsonlBundles(`${good('a')}\n\n${good('b')}\n`, 'f.jsonl').map((b) => b.id)).toEqual(['a', 'b'])
  })
})

describe('schema errors in plain words', () => {
  const problem = (value: unknown) => errorOf(() => parseJson(manifestSchema, JSON.stringify(value), 'bundle.json'))
  it.each([
    [{ id: 'x', reference: null }, 'missing field `variants`'],
    [{ id: 'x', reference: null, variants: [] }, 'field `variants` must list at least 1 item'],
    [{ id: 'x', reference: null, variants: 'v.txt' }, 'field `variants` must be an array, not a string'],
    [{ id: 'x', reference: null, variants: [{ id: '', file: 'v.txt' }] }, 'field `variants[0].id` must not be empty'],
    [{ id: 'x', reference: { id: 'r' }, variants: [{ id: 'v', file: 'v.txt' }] }, 'missing field `reference.file`'],
    [{ id: 'x', reference: null, variants: [{ id: 'v', file: 'v.txt', lang: 'fr' }] }, 'unknown field `variants[0].lang`'],
    [[], 'the top level must be an object, not an array'],
  ])('%j', (value, expected) => {
    expect(problem(value)).toBe(`mtaudit: bundle.json: ${expected}`)
  })
})

describe('an empty reference is an input error, however the bundle is given', () => {
  const EMPTY = 'mtaudit: %s: the reference is empty: there is nothing to check the variants against (a bundle without one has `reference: null`)'
  it('a JSONL line', () => {
    const line = JSON.stringify({ id: 'b', reference: { id: 'r', text: ' \n ' }, variants: [{ id: 'v', text: 'A sentence.' }] })
    expect(errorOf(() => loadJsonlBundles(line, 'feed.jsonl'))).toBe(EMPTY.replace('%s', 'feed.jsonl:1'))
  })

  it('a bundle folder and --reference', () => {
    const files: Record<string, string> = {
      'b/bundle.json': JSON.stringify({ id: 'b', reference: { id: 'r', file: 'r.txt' }, variants: [{ id: 'v', file: 'v.txt' }] }),
      'b/r.txt': '',
      'b/v.txt': 'A sentence.',
    }
    const read = (path: string) => files[path]!
    expect(errorOf(() => loadBundleFolder('b', read))).toBe(EMPTY.replace('%s', 'b/r.txt'))
    expect(errorOf(() => loadLooseFiles('b/r.txt', ['b/v.txt'], read))).toBe(EMPTY.replace('%s', 'b/r.txt'))
  })
})

// Text with nothing to check in it is `unverified` whatever else: a gate must not pass what it could not read.
describe('a variant with nothing to check is unverified, never passed', () => {
  const REFERENCE = 'NATO chief Jens Stoltenberg urged South Korea on Monday to step up military support for Ukraine. He spoke in Seoul.'
  it.each([
    ['empty', ''],
    ['". " × 200,000', '. '.repeat(200_000)],
    ['only quotes', '"“”«»'.repeat(20_000)],
    ['only digits', '2023 1,000 45.6 '.repeat(10_000)],
    ['"Mr. " × 50,000', 'Mr. '.repeat(50_000)],
    ['one short line repeated', 'A line.\n'.repeat(10_000)],
  ])('%s, with and without a reference', (_, text) => {
    for (const reference of [REFERENCE, null]) {
      const bundle: Bundle = { id: 'b', segmented: false, reference: reference === null ? null : { id: 'r', role: 'reference', text: reference }, variants: [{ id: 'v', role: 'variant', text }] }
      expect(audit([bundle]).bundles[0]!.variants[0]!.verdict).toBe('unverified')
    }
  }, 60_000)
})
