// Nothing derived for one bundle may leak into the next: the same bundle audited alone, after another bundle or
// before it gives the same bytes. A process-wide cache keyed by the wrong thing (the last reference seen, a
// vocabulary that only grows, a per-document map never cleared) shows up here as a difference.
import { describe, expect, it } from 'vitest'
import { audit } from '../../src/audit.js'
import { DEFAULT_CONFIG } from '../../src/config.js'
import { jsonReport } from '../../src/report/json.js'
import type { AuditResult, Bundle } from '../../src/types.js'
import { seedText } from '../helpers.js'

const story: Bundle = {
  id: 'nato',
  segmented: false,
  reference: { id: 'wire', role: 'reference', text: seedText('reference') },
  variants: (['native', 'greek', 'indonesian', 'french'] as const).map((name) => ({ id: name, role: 'variant' as const, text: seedText(name) })),
}

// another story whose sentences share words with the first ("Seoul", "tanks"), so caches keyed by words collide
const other: Bundle = {
  id: 'floods',
  segmented: true,
  reference: {
    id: 'wire',
    role: 'reference',
    text: 'Heavy rain flooded Seoul on Monday.\nTanks of water were sent to the south.\nThe mayor said 14 people died.',
  },
  variants: [
    { id: 'a', role: 'variant', text: 'Heavy rain flooded Seoul on Monday.\nTanks of water was sent to the south.\nThe mayor said 41 people died.' },
    { id: 'b', role: 'variant', text: 'Strong rain flooded Seoul Monday.\nWater tanks were sent south. .\nThe mayor said fourteen people died.' },
  ],
}

/** The report of one bundle of a result, as JSON text. */
const reportOf = (result: AuditResult, id: string) => jsonReport({ ...result, bundles: result.bundles.filter((b) => b.id === id) })

describe('bundles audited in one process', () => {
  it('give the same bytes alone, first or second', () => {
    const storyAlone = reportOf(audit([story], DEFAULT_CONFIG), 'nato')
    const otherAlone = reportOf(audit([other], DEFAULT_CONFIG), 'floods')
    const forward = audit([story, other], DEFAULT_CONFIG)
    const backward = audit([other, story], DEFAULT_CONFIG)
    expect(reportOf(forward, 'nato')).toBe(storyAlone)
    expect(reportOf(backward, 'nato')).toBe(storyAlone)
    expect(reportOf(forward, 'floods')).toBe(otherAlone)
    expect(reportOf(backward, 'floods')).toBe(otherAlone)
    // and again after both: nothing that grew on the way changes a result
    expect(reportOf(audit([story], DEFAULT_CONFIG), 'nato')).toBe(storyAlone)
  })
})
