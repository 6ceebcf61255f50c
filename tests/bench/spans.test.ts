import { describe, expect, it } from 'vitest'
import type { HumanError } from '../../bench/human-data.js'
import { ratio, spanScores, splitByLine } from '../../bench/spans.js'
import type { Finding } from '../../src/types.js'
import { makeJudged } from './make-judged.js'

const human = (start: number, end: number, category: string, side: 'source' | 'target' = 'target'): HumanError => ({
  category,
  severity: 'Minor',
  side,
  start,
  end,
  text: '',
})
const finding = (start: number, end: number, category: Finding['category']): Finding => ({
  check: 'c',
  category,
  severity: 'minor',
  dimension: 'fluency',
  message: 'm',
  start,
  end,
  fingerprint: 'f',
})

describe('splitByLine', () => {
  it('cuts a range across a break into per-line ranges in line coordinates', () => {
    // "military planes.\nchase." — lines start at 0 and 17
    expect(splitByLine(10, 22, [0, 17])).toEqual([
      { line: 0, start: 10, end: 17 },
      { line: 1, start: 0, end: 5 },
    ])
  })
  it('widens an empty range to one character so an insertion point can be met', () => {
    expect(splitByLine(3, 3, [0, 10])).toEqual([{ line: 0, start: 3, end: 4 }])
  })
})

describe('spanScores', () => {
  // Line 0 "Hello , world ." (starts at 0), line 1 "Good  bye." (starts at 16).
  const j = makeJudged('d', 's', ['Hello , world .', 'Good  bye.'], [1, 1], {
    errors: [
      [human(5, 7, 'Fluency/Punctuation'), human(8, 13, 'Accuracy/Mistranslation'), human(0, 2, 'Accuracy/Omission', 'source')],
      [human(4, 6, 'Fluency/Spelling')],
    ],
  })

  it('counts overlaps within the same line only, and leaves source-side spans out', () => {
    const findings = [
      finding(5, 7, 'Fluency/Punctuation'), // on the human punctuation span: hit, same kind
      finding(9, 10, 'Fluency/Grammar'), // inside "world": hit, but the human called it Accuracy
      finding(0, 2, 'Fluency/Grammar'), // where only the source-side omission sits: miss
      finding(20, 22, 'Fluency/Spelling'), // line 1 offsets 4–6: hit
    ]
    const s = spanScores([j], [findings])
    expect(s.precision).toEqual({ hit: 3, total: 4 })
    expect(s.sameKindPrecision).toEqual({ hit: 2, total: 4 })
    expect(s.recall).toEqual({ hit: 3, total: 3 })
    expect(s.precisionByCategory['Fluency/Grammar']).toEqual({ hit: 1, total: 2 })
    expect(s.recallByCategory['Accuracy/Mistranslation']).toEqual({ hit: 1, total: 1 })
    expect(s.recallByCategory['Accuracy/Omission']).toBeUndefined()
    // chance level: 2 + 5 of line 0's 15 characters and 2 of line 1's 10 are inside target spans
    expect(s.humanCharShare).toEqual({ hit: 9, total: 25 })
  })

  it('treats touching ranges as apart: [0, 5) and [5, 7) do not intersect', () => {
    const s = spanScores([j], [[finding(0, 5, 'Fluency/Punctuation')]])
    expect(s.precision).toEqual({ hit: 0, total: 1 })
    expect(ratio(s.recall)).toBe(0)
    expect(ratio({ hit: 0, total: 0 })).toBeNull()
  })
})
