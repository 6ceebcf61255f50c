import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultBenchDir, loadHumanSet } from '../../bench/human-data.js'
import { lineStarts } from '../../src/report/locate.js'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mtaudit-human-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const bundle = {
  id: 'b1',
  segmented: true,
  reference: { id: 'ref-A', text: 'The cat sat.\nIt rained.' },
  variants: [
    { id: 'sysA', text: 'The cat sits.\nIt rain.' },
    { id: 'sysB', text: 'Cat sat.\nRain.' },
  ],
}
const span = { category: 'Fluency/Grammar', severity: 'Minor', side: 'target', start: 3, end: 7, text: 'rain' }
const labels = [
  { bundle: 'b1', variant: 'sysB', mqm: [1, 5], errors: [[], [span]] },
  { bundle: 'b1', variant: 'sysA', mqm: [0, 1], errors: null },
]
const write = (name: string, rows: unknown[]) =>
  writeFileSync(join(dir, name), rows.map((r) => JSON.stringify(r)).join('\n') + '\n')

describe('loadHumanSet', () => {
  it('returns null when the set is absent, so the benchmark can say so and skip', () => {
    expect(loadHumanSet('nt21-zhen.dev', dir)).toBeNull()
    write('x.bundles.jsonl', [bundle])
    expect(loadHumanSet('x', dir)).toBeNull() // labels missing
  })

  it('joins each label to its variant by bundle and variant id, whatever the line order', () => {
    write('x.bundles.jsonl', [bundle])
    write('x.labels.jsonl', labels)
    const set = loadHumanSet('x', dir)!
    expect(set.judged.map((j) => [j.system, j.mqm])).toEqual([
      ['sysA', [0, 1]],
      ['sysB', [1, 5]],
    ])
    const sysB = set.judged[1]!
    expect(sysB.lines).toEqual(['Cat sat.', 'Rain.'])
    expect(sysB.referenceLines).toEqual(['The cat sat.', 'It rained.'])
    expect(sysB.errors?.[1]?.[0]?.text).toBe('rain')
    expect(sysB.lineStarts).toEqual([0, 9])
  })

  it('refuses labels that do not fit the variant, naming the variant', () => {
    write('x.bundles.jsonl', [bundle])
    write('x.labels.jsonl', [labels[0], { ...labels[1], mqm: [0, 1, 2] }])
    expect(() => loadHumanSet('x', dir)).toThrow(/b1 \/ sysA: 3 MQM values for 2 lines/)
  })

  it('refuses an invalid label line, naming the file and line', () => {
    write('x.bundles.jsonl', [bundle])
    write('x.labels.jsonl', [labels[0], { bundle: 'b1', variant: 'sysA', mqm: 'high' }])
    expect(() => loadHumanSet('x', dir)).toThrow(/mqm/)
    try {
      loadHumanSet('x', dir)
    } catch (error) {
      expect((error as { where: string }).where).toMatch(/x\.labels\.jsonl:2$/)
    }
  })

  it('refuses a label with no variant', () => {
    write('x.bundles.jsonl', [bundle])
    write('x.labels.jsonl', [labels[0]])
    expect(() => loadHumanSet('x', dir)).toThrow(/no label for b1 \/ sysA/)
  })
})

describe('helpers', () => {
  it('finds line starts', () => {
    expect(lineStarts('ab\ncd\n\ne')).toEqual([0, 3, 6, 7])
  })
  it('looks for the data in ../shared/bench beside the repository, unless MTAUDIT_BENCH_DIR names a folder', () => {
    const saved = process.env['MTAUDIT_BENCH_DIR']
    try {
      delete process.env['MTAUDIT_BENCH_DIR']
      expect(defaultBenchDir()).toMatch(/[/\\]shared[/\\]bench$/)
      process.env['MTAUDIT_BENCH_DIR'] = '/data/held-out'
      expect(defaultBenchDir()).toBe('/data/held-out')
    } finally {
      if (saved === undefined) delete process.env['MTAUDIT_BENCH_DIR']
      else process.env['MTAUDIT_BENCH_DIR'] = saved
    }
  })
})
