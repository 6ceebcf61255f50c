import { describe, expect, it } from 'vitest'
import { audit } from '../../src/audit.js'
import { loadJsonlBundles } from '../../src/bundle/load.js'
import { DEFAULT_CONFIG } from '../../src/config.js'
import { FIDELITY_WEIGHT } from '../../src/score/fidelity.js'
import type { AuditConfig } from '../../src/types.js'

// Sentences from the AFP reference (000), and two renderings of them: a faithful one and one that loses the
// facts, as a poor machine translation of the same source would.
const REFERENCE = [
  'NATO Secretary General Jens Stoltenberg asked South Korea on Monday to step up military support for Ukraine.',
  'South Korea opened its first diplomatic mission to NATO last year.',
  'Earlier this week, US President Joe Biden promised 31 Abrams tanks to help Kyiv fight off Moscow.',
]
const FAITHFUL = [
  'NATO Secretary General Jens Stoltenberg asked South Korea on Monday to step up military support to Ukraine.',
  'South Korea opened its first diplomatic mission to NATO last year.',
  'Earlier this week, US President Joe Biden promised 31 Abrams tanks to help Kyiv fight off Moscow.',
]
const UNFAITHFUL = [
  'The NATO boss wanted Korea to give more army help for Ukraine on Monday.',
  'South Korea opened its first diplomatic mission to NATO last year.',
  'This week the president of America gave tanks to Kyiv against Moscow.',
]

function run(segmented: boolean, config: Partial<AuditConfig> = {}) {
  const line = JSON.stringify({
    id: 'story',
    segmented,
    reference: { id: 'ref', text: REFERENCE.join(segmented ? '\n' : '\n\n') },
    variants: [
      { id: 'faithful', text: FAITHFUL.join(segmented ? '\n' : '\n\n') },
      { id: 'unfaithful', text: UNFAITHFUL.join(segmented ? '\n' : '\n\n') },
    ],
  })
  const [faithful, unfaithful] = audit(loadJsonlBundles(line, 'x.jsonl'), { ...DEFAULT_CONFIG, ...config }).bundles[0]!.variants
  return { faithful: faithful!, unfaithful: unfaithful! }
}

describe('fidelity', () => {
  it('charges sentence-parallel variants for what they lose of their counterpart', () => {
    const { faithful, unfaithful } = run(true)
    expect(unfaithful.score).toBeLessThan(faithful.score)
    expect(unfaithful.chrf!).toBeLessThan(faithful.chrf!)
    // the untouched middle sentence costs nothing; the rewritten ones cost up to λ each
    expect(unfaithful.fidelityPenalties![1]).toBe(0)
    for (const p of [unfaithful.fidelityPenalties![0]!, unfaithful.fidelityPenalties![2]!]) {
      expect(p).toBeGreaterThan(FIDELITY_WEIGHT / 3)
      expect(p).toBeLessThanOrEqual(FIDELITY_WEIGHT)
    }
  })

  it('does not charge rewrites by default (paraphrase is legitimate there) but still reports their chrF', () => {
    const { unfaithful } = run(false)
    expect(unfaithful.fidelityPenalties).toBeNull()
    expect(unfaithful.score).toBe(100)
    expect(unfaithful.chrf).toBeGreaterThan(0)
    expect(run(false, { fidelity: 'on' }).unfaithful.score).toBeLessThan(100)
    expect(run(true, { fidelity: 'off' }).unfaithful.score).toBe(100)
  })
})
