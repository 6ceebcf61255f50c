import { describe, expect, it } from 'vitest'
import type { HumanSet } from '../../bench/human-data.js'
import { mtauditOn } from '../../bench/mtaudit-hook.js'
import { makeJudged } from './make-judged.js'

describe('mtauditOn', () => {
  it('runs the real pipeline and charges a finding to the line it is on', () => {
    // Line 1 has the stray ". ," of seed 004; lines 0 and 2 are clean wire copy.
    const lines = [
      'The NATO chief urged South Korea on Monday to step up military support for Ukraine.',
      'He spoke in Seoul . , before flying to Tokyo.',
      'The alliance has backed Kyiv since the invasion began.',
    ]
    const j = makeJudged('story', 'sysA', lines, [0, 1, 0])
    const set: HumanSet = { name: 'test', bundles: [j.bundle], judged: [j] }
    const run = mtauditOn(set)!
    expect(run.findings[0]!.length).toBeGreaterThan(0)
    expect(run.outputs[0]!.sentences[0]).toBe(0)
    expect(run.outputs[0]!.sentences[1]).toBeLessThan(0)
    expect(run.outputs[0]!.sentences[2]).toBe(0)
    expect(run.outputs[0]!.score).toBeLessThan(100)
  })
})
