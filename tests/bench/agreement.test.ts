import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runAgreement } from '../../bench/agreement.js'
import { findHumanSets } from '../../bench/human-data.js'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mtaudit-agree-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const write = (name: string, rows: unknown[]) => writeFileSync(join(dir, name), rows.map((r) => JSON.stringify(r)).join('\n'))
const ref = ['The minister resigned on Monday.', 'Protests continued in the capital.']
const systems: [string, string[], number[]][] = [
  ['good', ['The minister resigned on Monday.', 'Protests continued in the capital.'], [0, 0]],
  ['fair', ['The minister quit on Monday.', 'Protests went on in the capital.'], [1, 2]],
  ['poor', ['Minister resign Monday.', 'Protest capital continue.'], [5, 10]],
]
const bundle = (id: string, reference: string[] | null) => ({
  id,
  segmented: true,
  reference: reference && { id: 'ref', text: reference.join('\n') },
  variants: systems.map(([system, lines]) => ({ id: system, text: lines.join('\n') })),
})
const labels = (id: string) => systems.map(([system, , mqm]) => ({ bundle: id, variant: system, mqm, errors: null }))

describe('runAgreement', () => {
  it('says where it looked and skips when there is no data', () => {
    const section = runAgreement(join(dir, 'missing'))
    expect(section.lines[0]).toMatch(/no human-judged data in .*missing.*skipped/)
    expect(section.figures).toMatchObject({ skipped: true })
  })

  it('measures every set with both files: chrF and mtaudit with a reference, mtaudit alone without', () => {
    write('a.bundles.jsonl', [bundle('b1', ref)])
    write('a.labels.jsonl', labels('b1'))
    write('z.bundles.jsonl', [bundle('b2', null)])
    write('z.labels.jsonl', labels('b2'))
    write('orphan.bundles.jsonl', [bundle('b3', ref)]) // no labels: not a set
    expect(findHumanSets(dir)).toEqual(['a', 'z'])
    const { figures } = runAgreement(dir)
    const a = figures['a'] as Record<string, Record<string, number>>
    // chrF ranks good > fair > poor exactly as the MQM does
    expect(a['chrf']).toMatchObject({ systems: 3, segments: 6, systemKendall: 1 })
    expect(a['mtaudit']).toBeDefined()
    expect(a['alignedChrf']).toBeDefined()
    const z = figures['z'] as Record<string, unknown>
    expect(z['chrf']).toBeUndefined()
    expect(z['mtaudit']).toBeDefined()
    expect(figures['orphan']).toBeUndefined()
  })
})
