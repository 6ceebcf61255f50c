import { describe, expect, test } from 'vitest'
import { HINTS } from '../../src/ui/keymap.js'
import { fitParts, statusLine, truncate } from '../../src/ui/model/fit.js'

describe('fitting a line', () => {
  test('drops whole parts, the highest keep first and the last of equals, never a keep 0', () => {
    const parts = [
      { text: 'one', keep: 0 },
      { text: 'two', keep: 2 },
      { text: 'three', keep: 1 },
      { text: 'four', keep: 2 },
    ]
    expect(fitParts(parts, 100)).toBe('one · two · three · four')
    expect(fitParts(parts, 20)).toBe('one · two · three')
    expect(fitParts(parts, 12)).toBe('one · three')
    expect(fitParts(parts, 5)).toBe('one')
    expect(fitParts(parts, 2)).toBe('o…')
  })

  test('cuts a shrinkable part to the room left instead of dropping it', () => {
    const parts = [
      { text: '‹ 002-mt-greek', keep: 0 },
      { text: 'Greek agency (RES-EMP), machine-translated', keep: 1, shrink: true },
    ]
    expect(fitParts(parts, 40)).toBe('‹ 002-mt-greek · Greek agency (RES-EMP)…')
    // under 8 columns of room it goes altogether
    expect(fitParts(parts, 22)).toBe('‹ 002-mt-greek')
  })

  test('truncate measures columns, not code units', () => {
    expect(truncate('日本語のテキスト', 7)).toBe('日本語…')
    expect(truncate('short', 10)).toBe('short')
  })
})

describe('the status line', () => {
  test('at 80 columns the variant view keeps `Esc back` and `? help`, dropping the least needed hints', () => {
    const { left, right } = statusLine(HINTS.rows, '', 80)
    expect(left.length).toBeLessThanOrEqual(80)
    expect(left).toMatch(/Esc back · \? help$/)
    expect(left).toContain(']/[ finding')
    expect(left).not.toContain('…')
    expect(right).toBe('')
  })

  test('a long notice is cut before the hints that must stay', () => {
    const notice = 'dismissed `spurious-sentence-break` · 3 undecided in this variant · filter: major and worse'
    const { left, right } = statusLine(HINTS.rows, notice, 80)
    expect(left).toBe('Esc back · ? help')
    expect(right.endsWith('…')).toBe(true)
    expect(left.length + 1 + right.length).toBeLessThanOrEqual(80)
    // with room, the notice is whole and hints fill the rest
    const wide = statusLine(HINTS.rows, '`Seoul`: 2 matching rows', 140)
    expect(wide.right).toBe('`Seoul`: 2 matching rows')
    expect(wide.left).toContain('Tab findings')
  })
})
