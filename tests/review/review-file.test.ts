import { describe, expect, test } from 'vitest'
import {
  dismissedFingerprints,
  parseReviewFile,
  reviewFilePath,
  ReviewFileError,
  serializeReviewFile,
  type ReviewDecisions,
} from '../../src/review/review-file.js'

const decisions: ReviewDecisions = {
  'zz-stray': { decision: 'confirmed', check: 'stray-punctuation', bundle: 'nato', variant: '004-mt-french' },
  'aa-kiev': { decision: 'dismissed', check: 'name-drift', bundle: 'nato', variant: '001-native-rewrite' },
}

describe('review file', () => {
  test('serializes with sorted fingerprints and fixed field order, and parses back to the same decisions', () => {
    const text = serializeReviewFile(decisions)
    expect(text).toBe(
      [
        '{',
        '  "schema": "mtaudit.review/1",',
        '  "decisions": {',
        '    "aa-kiev": {',
        '      "decision": "dismissed",',
        '      "check": "name-drift",',
        '      "bundle": "nato",',
        '      "variant": "001-native-rewrite"',
        '    },',
        '    "zz-stray": {',
        '      "decision": "confirmed",',
        '      "check": "stray-punctuation",',
        '      "bundle": "nato",',
        '      "variant": "004-mt-french"',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    )
    expect(parseReviewFile(text)).toEqual(decisions)
  })

  test('keeps a decision time when there is one', () => {
    const timed = { f: { decision: 'confirmed', check: 'c', bundle: 'b', variant: 'v', at: '2024-05-01T10:00:00Z' } } as const
    expect(parseReviewFile(serializeReviewFile(timed))).toEqual(timed)
  })

  test.each([
    ['not JSON', '{', /not JSON/],
    ['another schema', '{"schema":"mtaudit.review/2","decisions":{}}', /schema/],
    ['an unknown decision', '{"schema":"mtaudit.review/1","decisions":{"f":{"decision":"maybe","check":"c","bundle":"b","variant":"v"}}}', 'decisions.f.decision: Invalid option: expected one of "confirmed"|"dismissed"'],
    ['a missing check', '{"schema":"mtaudit.review/1","decisions":{"f":{"decision":"confirmed","bundle":"b","variant":"v"}}}', /decisions\.f\.check/],
  ])('rejects %s, naming the place', (_name, text, message) => {
    expect(() => parseReviewFile(text)).toThrow(ReviewFileError)
    expect(() => parseReviewFile(text)).toThrow(message)
  })

  test('gives the dismissed fingerprints for AuditConfig.dismissed, sorted', () => {
    const more = { ...decisions, 'mm-x': { ...decisions['aa-kiev']!, check: 'x' } }
    expect(dismissedFingerprints(more)).toEqual(['aa-kiev', 'mm-x'])
  })

  test('lives beside the input, its extension replaced', () => {
    expect(reviewFilePath('reference/nato/bundle.json')).toBe('reference/nato/bundle.mtaudit-review.json')
    expect(reviewFilePath('/data/stories.jsonl')).toBe('/data/stories.mtaudit-review.json')
  })
})
