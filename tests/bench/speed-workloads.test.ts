import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../../bench/human-data.js'
import { jsonlWorkload, readAndSplit, storyWorkload, workloadOf } from '../../bench/speed-workloads.js'

describe('speed workloads', () => {
  it('reads the bundled story as many times as asked, with the product loader', () => {
    const once = storyWorkload(repoRoot(), 1).load()
    const thrice = storyWorkload(repoRoot(), 3).load()
    expect(once.length).toBeGreaterThan(0)
    expect(thrice.length).toBe(3 * once.length)
    expect(thrice[2]!.variants.length).toBe(once[0]!.variants.length)
  })

  it('a workload made again from its spec (as the timing process does) reads the same bundles', () => {
    const story = storyWorkload(repoRoot(), 2)
    const again = workloadOf(JSON.parse(JSON.stringify(story.spec)))
    expect(again.name).toBe(story.name)
    expect(again.load()).toEqual(story.load())
  })

  it('the floor splits every line of every document, reference included, with sentence-splitter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtaudit-speed-'))
    try {
      const path = join(dir, 'x.bundles.jsonl')
      const bundle = {
        id: 'b',
        segmented: false,
        reference: { id: 'r', text: 'One sentence. Two sentences.\n\nThree.' },
        variants: [{ id: 'v', text: 'Four. Five.' }],
      }
      writeFileSync(path, JSON.stringify(bundle))
      expect(readAndSplit(jsonlWorkload('x', path))).toBe(5)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
