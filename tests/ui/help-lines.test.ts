import stringWidth from 'string-width'
import { describe, expect, test } from 'vitest'
import { KEYMAP, LEGEND } from '../../src/ui/keymap.js'
import { helpLines, helpScrollLimit, KEYS_WIDTH, WHERE_WIDTH } from '../../src/ui/model/help-lines.js'

const drawn = (line: ReturnType<typeof helpLines>[number]) =>
  line.entry ? `${line.keys.padEnd(KEYS_WIDTH)}${line.where.padEnd(WHERE_WIDTH)}${line.text}` : line.text

describe('help lines', () => {
  test('at 80×24 every key and the legend fit in the 22 lines above the status line, none wider than 80', () => {
    const lines = helpLines(KEYMAP, LEGEND, 80)
    expect(lines.length).toBeLessThanOrEqual(22)
    expect(helpScrollLimit(lines.length, 22)).toBe(0)
    for (const line of lines) expect(stringWidth(drawn(line))).toBeLessThanOrEqual(80)
    // one line per key, its action whole
    expect(lines.filter((l) => l.keys !== '').map((l) => [l.keys, l.text])).toEqual(KEYMAP.map((k) => [k.keys, k.action]))
  })

  test('on a narrow terminal an action wraps under itself, and a short one scrolls', () => {
    const lines = helpLines(KEYMAP, LEGEND, 50)
    for (const line of lines) expect(stringWidth(drawn(line))).toBeLessThanOrEqual(50)
    const dismiss = lines.findIndex((l) => l.keys === 'd')
    expect(lines[dismiss + 1]).toMatchObject({ entry: true, keys: '', where: '' })
    const entry = [lines[dismiss]!, ...lines.slice(dismiss + 1).filter((_, i, rest) => rest.slice(0, i + 1).every((l) => l.entry && l.keys === ''))]
    expect(entry.map((l) => l.text.trim()).join(' ')).toBe(KEYMAP.find((k) => k.keys === 'd')!.action)
    expect(helpScrollLimit(lines.length, 15)).toBe(lines.length - 15)
  })
})
