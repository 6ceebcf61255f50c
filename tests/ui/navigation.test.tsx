import { describe, expect, test } from 'vitest'
import { storyResult } from './fixtures/story.js'
import { KEYMAP } from '../../src/ui/keymap.js'
import { KEY, renderApp } from './render-app.js'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** The line of the frame holding `text`. */
const lineWith = (frame: string, text: string) => frame.split('\n').find((line) => line.includes(text)) ?? ''
/** The findings pane's selected line: `›`, a decision mark, the severity. */
const selectedFinding = (frame: string) =>
  frame.split('\n').find((line) => /^› [ ✓✗] (NEUTRAL|MINOR|MAJOR|CRITICAL)/.test(line)) ?? ''

describe('review navigation', () => {
  test('the overview lists the variants worst first, with score, verdict, counts and coverage', async () => {
    const { frame } = await renderApp(storyResult())
    const lines = frame().split('\n')
    const french = lines.findIndex((l) => l.includes('004-mt-french'))
    const native = lines.findIndex((l) => l.includes('001-native-rewrite'))
    expect(french).toBeGreaterThan(0)
    expect(french).toBeLessThan(native)
    expect(lines[french]).toMatch(/^›\s+41 ████░░░░░░\s+FAIL\s+004-mt-french\s+French site.*fr\s+1\s+1\s+1\s+1\s+80%\s+0\/4/)
    expect(lines[native]).toMatch(/96 ██████████\s+PASS\s+001-native-rewrite.*en\s+0\s+0\s+1\s+0\s+40%/)
    expect(frame()).toContain('bundle nato-stoltenberg-seoul-2023-01-30')
  })

  test('j/k and the arrows move the selection; Enter opens the selected variant; Esc comes back', async () => {
    const { frame, press } = await renderApp(storyResult())
    await press('j')
    expect(lineWith(frame(), '001-native-rewrite')).toMatch(/^›/)
    await press('k')
    expect(lineWith(frame(), '004-mt-french')).toMatch(/^›/)
    await press(KEY.down, KEY.enter)
    expect(frame()).toContain('‹ 001-native-rewrite')
    expect(frame()).toContain('Kiev')
    await press(KEY.escape)
    expect(frame()).toContain('mtaudit review')
    // back on the variant just left, not the top row
    expect(lineWith(frame(), '001-native-rewrite')).toMatch(/^›/)
    await press(KEY.up, KEY.enter)
    expect(frame()).toContain('‹ 004-mt-french')
  })

  test('keys that arrive in one chunk (typed fast, pasted, sent by tmux) act one by one', async () => {
    const { frame, press } = await renderApp(storyResult())
    await press('j\r')
    expect(frame()).toContain('‹ 001-native-rewrite')
    await press('\u001b', '/Kiev\r')
    expect(frame()).toContain('`Kiev`: 1 matching variant')
    expect(lineWith(frame(), '001-native-rewrite')).toMatch(/^›/)
  })

  test('the variant view aligns the texts row by row and shows the selected row’s findings', async () => {
    const { frame, press } = await renderApp(storyResult())
    await press(KEY.enter)
    expect(lineWith(frame(), 'China sent dozens of fighter jets')).toMatch(/^ 1:2 ↕C China sent dozens of fighter jets.*│ China sent dozens of military planes«M:\.»/)
    expect(lineWith(frame(), 'South Korea is an increasingly')).toContain('— dropped from the variant')
    expect(lineWith(frame(), 'The Leopard 2')).toMatch(/^\s+\+\s+— added, not in the reference/)
    expect(frame()).toContain('Findings · row 1 of 6 · match')
    await press('j')
    expect(frame()).toContain('Findings · row 2 of 6 · split 1→2 · moved')
    expect(lineWith(frame(), 'spurious-break')).toMatch(/^› {3}MAJOR\s+spurious-break · Fluency\/Punctuation · Spurious sentence break/)
    expect(lineWith(frame(), 'fragment ·')).toMatch(/CRITICAL\s+fragment · Fluency\/Grammar/)
    // the selected finding's reference passage is marked in the reference column
    expect(frame()).toContain('«fighter jets»')
  })

  test('] and [ step through findings across rows; Tab moves j/k into the findings pane', async () => {
    const { frame, press } = await renderApp(storyResult())
    await press(KEY.enter, ']')
    expect(selectedFinding(frame())).toContain('spurious-break')
    await press(']')
    expect(selectedFinding(frame())).toContain('fragment')
    await press(']')
    expect(frame()).toContain('row 4 of 6')
    expect(selectedFinding(frame())).toContain('stray-punctuation')
    await press('[', '[')
    expect(frame()).toContain('row 2 of 6')
    expect(selectedFinding(frame())).toContain('spurious-break')
    await press(KEY.tab)
    expect(frame()).toContain('▸ Findings')
    await press('j')
    expect(selectedFinding(frame())).toContain('fragment')
    expect(frame()).toContain('row 2 of 6')
    await press(KEY.tab, 'j')
    expect(frame()).toContain('row 3 of 6')
  })

  test('? shows every key, each on its own line with its whole action, and q quits', async () => {
    const { frame, press } = await renderApp(storyResult(), { columns: 80, rows: 24 })
    await press('?')
    const lines = frame().split('\n')
    for (const entry of KEYMAP) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${escape(entry.keys)} +${entry.where} +${escape(entry.action)}$`)))
    }
    expect(lines.at(-1)).toBe('Esc or ? close')
    await press(KEY.escape)
    expect(frame()).toContain('004-mt-french')
    await press('q')
    // an exited Ink app draws no more frames: the key below changes nothing
    const last = frame()
    await press('j')
    expect(frame()).toBe(last)
  })
})
