import { describe, expect, test } from 'vitest'
import { analyzed, auditResult, bundleResult, link } from './fixtures/build-result.js'
import { longResult } from './fixtures/long.js'
import { storyResult } from './fixtures/story.js'
import { KEY, renderApp } from './render-app.js'

const lines = (frame: string) => frame.split('\n')
const widest = (frame: string) => Math.max(...lines(frame).map((line) => [...line].length))

describe('layout', () => {
  test('side by side from 100 columns: one line carries both texts', async () => {
    const { frame, press } = await renderApp(storyResult(), { columns: 120 })
    await press(KEY.enter)
    expect(frame()).toMatch(/reference 000-afp-wire\s+variant 004-mt-french/)
    expect(frame()).toMatch(/China sent dozens of fighter jets.*│ China sent dozens of military planes/)
  })

  test('stacked below 100 columns: the reference line (R) above the variant line (V), nothing wider than the terminal', async () => {
    const { frame, press } = await renderApp(storyResult(), { columns: 72 })
    await press(KEY.enter, 'j')
    const shown = lines(frame())
    const reference = shown.findIndex((l) => /R China sent dozens of «fighter jets»/.test(l))
    expect(reference).toBeGreaterThan(0)
    expect(shown[reference]).toMatch(/^›1:2 ↕C R /)
    expect(shown[reference + 1]).toMatch(/^ {8}V China sent dozens of military planes«M:\.»/)
    expect(shown[reference + 2]).toMatch(/^ {10}«C:chase\.»/)
    expect(frame()).not.toContain('│ China')
    expect(widest(frame())).toBeLessThanOrEqual(72)
  })

  test('the overview fits narrow terminals, dropping the feed column', async () => {
    const { frame } = await renderApp(storyResult(), { columns: 80 })
    expect(frame()).not.toContain('French site')
    expect(frame()).toMatch(/41 ██░░░\s+FAIL\s+004-mt-french/)
    expect(widest(frame())).toBeLessThanOrEqual(80)
  })

  test('a resize redraws in the other layout, keeping the selection', async () => {
    const { frame, press, resize } = await renderApp(storyResult(), { columns: 120 })
    await press(KEY.enter, 'j')
    expect(frame()).toContain('│ China sent dozens')
    await resize(70, 30)
    expect(frame()).not.toContain('│ China sent dozens')
    expect(frame()).toMatch(/^›1:2 ↕C R China/m)
    await resize(130, 30)
    expect(frame()).toMatch(/^›1:2 ↕C China sent dozens of «fighter jets».*│ China sent/m)
  })

  test('without colour, flagged text carries marks; with colour the text is left as it is', async () => {
    const plain = await renderApp(storyResult(), { color: false })
    await plain.press(KEY.enter)
    expect(plain.frame()).toContain('planes«M:.»')
    const coloured = await renderApp(storyResult(), { color: true })
    await coloured.press(KEY.enter)
    expect(coloured.frame()).toContain('China sent dozens of military planes.')
    expect(coloured.frame()).not.toContain('«')
  })
})

describe('long documents', () => {
  test('a 2,000-sentence variant draws only the rows that fit, and G reaches the last', async () => {
    const { frame, press } = await renderApp(longResult(2000), { columns: 120, rows: 30 })
    await press(KEY.enter)
    expect(frame()).toContain('Sentence 0 of the feed')
    expect(frame()).not.toContain('Sentence 40 of the feed')
    expect(lines(frame()).length).toBeLessThanOrEqual(30)
    await press('G')
    expect(frame()).toContain('row 2000 of 2000')
    expect(frame()).toMatch(/^›.*Sentence 1999 of the wire/m)
    expect(frame()).not.toContain('Sentence 0 of the feed')
    await press('g', ']', ']')
    expect(frame()).toContain('row 21 of 2000')
  })

  test('moving down scrolls one row at a time once the selection reaches the bottom', async () => {
    const { frame, press } = await renderApp(longResult(200), { columns: 120, rows: 20 })
    await press(KEY.enter)
    const firstShown = () => Number(/Sentence (\d+) of the wire/.exec(frame())?.[1])
    for (let i = 0; i < 12; i++) await press('j')
    const top = firstShown()
    expect(top).toBeGreaterThan(0)
    await press('j')
    expect(firstShown()).toBe(top + 1)
    await press(KEY.up)
    expect(firstShown()).toBe(top + 1)
  })
})

describe('at 80 columns', () => {
  test('the overview’s first line keeps the bundle and its reference, the variant title its verdict and counts', async () => {
    const { frame, press } = await renderApp(storyResult(), { columns: 80, rows: 24 })
    expect(frame().split('\n')[0]).toBe('mtaudit review · bundle nato-stoltenberg-seoul-2023-01-30 · reference 000-afp-w…')
    await press(KEY.enter)
    expect(frame().split('\n')[0]).toBe('‹ 004-mt-french · 41 ██░░░ FAIL · C1 M1 m1 n1 · triaged 0/4 · coverage 80%')
    expect(frame().split('\n').at(-1)).toMatch(/Esc back · \? help$/)
  })
})

describe('a row taller than the window', () => {
  test('is read in steps with j before j leaves it, so its last words are in reach; k goes back up', async () => {
    const words = Array.from({ length: 160 }, (_, i) => `word${i}`).join(' ')
    const reference = analyzed('ref', 'reference', [`${words} END-OF-REFERENCE.`, 'Short one.'])
    const variant = analyzed('v', 'variant', [`${words} END-OF-VARIANT.`, 'Short one.'])
    const result = auditResult([
      bundleResult('tall', reference, [{ doc: variant, score: 90, alignment: [link('match', [0], [0]), link('match', [1], [1])] }]),
    ])
    const { frame, press } = await renderApp(result, { columns: 80, rows: 24 })
    await press(KEY.enter)
    expect(frame()).toMatch(/row 1 of 2 · ↓ \d+ more lines of this row \(j\)/)
    expect(frame()).not.toContain('END-OF-VARIANT')
    const seen = new Set<string>()
    for (let i = 0; i < 10 && frame().includes('row 1 of 2'); i++) {
      for (const mark of ['END-OF-REFERENCE', 'END-OF-VARIANT']) if (frame().includes(mark)) seen.add(mark)
      await press('j')
    }
    expect([...seen].sort()).toEqual(['END-OF-REFERENCE', 'END-OF-VARIANT'])
    expect(frame()).toContain('row 2 of 2')
    await press('k')
    expect(frame()).toContain('row 1 of 2 ·')
    expect(frame()).toMatch(/^›/m)
    expect(lines(frame()).length).toBeLessThanOrEqual(24)
  })
})
