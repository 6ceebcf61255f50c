import { describe, expect, test } from 'vitest'
import { runs } from '../../src/ui/model/highlight.js'
import { scrollTop, visibleRange } from '../../src/ui/model/scroll-window.js'
import { sideLines } from '../../src/ui/model/side-lines.js'
import { wrapLines } from '../../src/ui/model/wrap.js'
import { analyzed } from './fixtures/build-result.js'

describe('highlight runs', () => {
  test('cut a sentence at finding edges, the worse severity winning where findings overlap', () => {
    // "planes. chase." at offset 100: a minor on ". " (106-108) inside a major on ". chase" (106-113)
    const cut = runs(100, 114, [
      { start: 106, end: 113, severity: 'major' },
      { start: 106, end: 108, severity: 'minor' },
    ])
    expect(cut).toEqual([
      { start: 0, end: 6, severity: null, current: false, match: false },
      { start: 6, end: 13, severity: 'major', current: false, match: false },
      { start: 13, end: 14, severity: null, current: false, match: false },
    ])
  })
})

describe('wrapping', () => {
  test('keeps offsets: the lines, rejoined, are the text less the spaces broken at', () => {
    const text = 'NATO chief Jens Stoltenberg urged South Korea on Monday to step up military support.'
    const lines = wrapLines(text, 20)
    expect(lines.length).toBeGreaterThan(3)
    for (const line of lines) expect(line.end - line.start).toBeLessThanOrEqual(20)
    expect(lines.map((l) => text.slice(l.start, l.end)).join(' ').replace(/ +/g, ' ')).toBe(text)
  })

  test('puts each sentence of a split on its own line and marks flagged text without colour', () => {
    const doc = analyzed('v', 'variant', ['China sent dozens of military planes.', 'chase.'])
    const start = doc.sentences[1]!.start
    const lines = sideLines(doc.sentences, 60, [{ start, end: start + 6, severity: 'critical' }], true)
    expect(lines.map((line) => line.map((s) => s.text).join(''))).toEqual([
      'China sent dozens of military planes.',
      '«C:chase.»',
    ])
    const coloured = sideLines(doc.sentences, 60, [{ start, end: start + 6, severity: 'critical' }], false)
    expect(coloured[1]).toEqual([{ start: 0, end: 6, severity: 'critical', current: false, match: false, text: 'chase.' }])
  })
})

describe('scroll window', () => {
  const heights = [3, 1, 2, 4, 1, 1]
  const heightOf = (row: number) => heights[row]!

  test('scrolls down only as far as needed to show the selected row whole', () => {
    // 5 lines: rows 0..1 fill 4; selecting row 2 (2 lines) needs 6, so row 0 leaves
    expect(scrollTop(0, 1, heightOf, 5)).toBe(0)
    expect(scrollTop(0, 2, heightOf, 5)).toBe(1)
    expect(scrollTop(1, 3, heightOf, 5)).toBe(3)
  })

  test('scrolls up to a selected row above the window, and draws only what fits', () => {
    expect(scrollTop(3, 1, heightOf, 5)).toBe(1)
    expect(visibleRange(1, heights.length, heightOf, 5)).toEqual([1, 2, 3])
  })
})
