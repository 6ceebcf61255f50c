import { describe, expect, it } from 'vitest'
import { sentenceChrf } from '../../src/score/chrf.js'
import { variantChrf, type ReferenceProfiles } from '../../src/score/variant-chrf.js'
import { analyze } from '../../src/analyze.js'
import type { Link } from '../../src/types.js'

const doc = (id: string, lines: string[], role: 'reference' | 'variant') =>
  analyze({ id, role, text: lines.join('\n') }, true)

const reference = doc('ref', ['NATO chief urges Seoul to step up support.', 'He met the president.', 'Talks ended.'], 'reference')
const variant = doc('var', ['NATO chief urges Seoul to step up aid.', 'He met the', 'president.', 'A new line.'], 'variant')

const link = (v: number[], r: number[], kind: Link['kind']): Link => ({ variant: v, reference: r, kind, moved: false, similarity: 0.5 })
const alignment: Link[] = [
  link([0], [0], 'match'),
  link([1, 2], [1], 'split'),
  link([3], [], 'added'),
  link([], [2], 'dropped'),
]

describe('variantChrf', () => {
  it('scores each link, a split as one pair with its parts joined', () => {
    const v = variantChrf(variant, reference, alignment)!
    const first = sentenceChrf('NATO chief urges Seoul to step up aid.', 'NATO chief urges Seoul to step up support.')
    expect(v.bySentence[0]).toBe(first)
    // "He met the" + "president." joined equals the reference sentence once whitespace is removed
    expect(v.bySentence[1]).toBe(100)
    expect(v.bySentence[2]).toBe(100)
    expect(v.pairs).toBe(2)
    expect(v.meanSentence).toBeCloseTo((first + 100) / 2, 12)
  })

  it('charges nothing for added and dropped sentences', () => {
    const v = variantChrf(variant, reference, alignment)!
    expect(v.bySentence[3]).toBeNull()
    // the same links without the added and dropped ones give the same corpus score
    const linkedOnly = variantChrf(variant, reference, alignment.slice(0, 2))!
    expect(v.corpus).toBe(linkedOnly.corpus)
    expect(v.corpus).toBeGreaterThan(first(v))
    expect(v.corpus).toBeLessThan(100)
  })

  it('gives every variant scored against one reference the scores it gets alone (reference profiles are reused)', () => {
    const other = doc('other', ['NATO chief urges Seoul to step up support.', 'He met the president.', 'Talks ended.'], 'variant')
    const identity: Link[] = [link([0], [0], 'match'), link([1], [1], 'match'), link([2], [2], 'match')]
    const merged: Link[] = [link([0], [0, 1], 'merge')]
    const alone = variantChrf(variant, reference, alignment)!
    const profiles: ReferenceProfiles = new Map()
    expect(variantChrf(variant, reference, alignment, profiles)).toEqual(alone)
    expect(variantChrf(other, reference, identity, profiles)!.bySentence).toEqual([100, 100, 100])
    expect(variantChrf(other, reference, merged, profiles)!.bySentence[0]).toBe(
      sentenceChrf('NATO chief urges Seoul to step up support.', 'NATO chief urges Seoul to step up support. He met the president.'),
    )
    expect(variantChrf(variant, reference, alignment, profiles)).toEqual(alone)
    // one profile per reference text: the three sentences and the merge's two joined
    expect(profiles.size).toBe(4)
  })

  it('is null without a reference or without any link', () => {
    expect(variantChrf(variant, null, [])).toBeNull()
    expect(variantChrf(variant, reference, [link([3], [], 'added')])).toBeNull()
  })
})

const first = (v: { bySentence: readonly (number | null)[] }) => v.bySentence[0]!
