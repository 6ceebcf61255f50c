import { describe, expect, test } from 'vitest'
import { parseReviewFile, serializeReviewFile } from '../../src/review/review-file.js'
import { storyResult } from './fixtures/story.js'
import { KEY, renderApp } from './render-app.js'

const lineWith = (frame: string, text: string) => frame.split('\n').find((line) => line.includes(text)) ?? ''
const FRAGMENT = 'fragment:004-mt-french:2:chase.'
const BREAK = 'spurious-break:004-mt-french:1:.'

describe('triage', () => {
  test('d dismisses the selected finding, saves at once, and moves to the next finding', async () => {
    const { frame, press, saved } = await renderApp(storyResult())
    await press(KEY.enter, ']', 'd')
    expect(saved).toHaveLength(1)
    expect(saved[0]).toEqual({
      [BREAK]: { decision: 'dismissed', check: 'spurious-break', bundle: 'nato-stoltenberg-seoul-2023-01-30', variant: '004-mt-french' },
    })
    // what the app saves is what the CLI writes: it must survive the file format unchanged
    expect(parseReviewFile(serializeReviewFile(saved[0]!))).toEqual(saved[0])
    expect(lineWith(frame(), 'spurious-break')).toMatch(/^ {2}✗ MAJOR\s+spurious-break · Fluency\/Punctuation · dismissed/)
    expect(lineWith(frame(), 'fragment ·')).toMatch(/^› {3}CRITICAL/)
    expect(frame()).toContain('dismissed `spurious-break` · 3 undecided in this variant')
    // the dismissed span loses its highlight; the other one keeps it
    expect(frame()).toContain('military planes.')
    expect(frame()).not.toContain('«M:.»')
    expect(frame()).toContain('«C:chase.»')
  })

  test('c confirms; u undoes; counts and the triaged column follow', async () => {
    const { frame, press, saved } = await renderApp(storyResult())
    await press(KEY.enter, ']', ']', 'c')
    expect(saved.at(-1)?.[FRAGMENT]?.decision).toBe('confirmed')
    await press('[')
    expect(lineWith(frame(), 'fragment ·')).toMatch(/✓ CRITICAL\s+fragment · Fluency\/Grammar · confirmed/)
    await press(KEY.tab, 'j', 'u')
    expect(saved.at(-1)).toEqual({})
    expect(lineWith(frame(), 'fragment ·')).toMatch(/^› {3}CRITICAL\s+fragment · Fluency\/Grammar · Unexpected/)
    await press('k', 'd', KEY.escape)
    // the dismissed major no longer counts; 1 of 4 findings triaged
    expect(lineWith(frame(), '004-mt-french')).toMatch(/fr\s+1\s+0\s+1\s+1\s+80%\s+1\/4/)
  })

  test('decisions from an earlier review are shown and kept', async () => {
    const earlier = {
      [FRAGMENT]: { decision: 'dismissed', check: 'fragment', bundle: 'nato-stoltenberg-seoul-2023-01-30', variant: '004-mt-french' },
    } as const
    const { frame, press, saved } = await renderApp(storyResult(), { decisions: earlier })
    expect(lineWith(frame(), '004-mt-french')).toMatch(/fr\s+0\s+1\s+1\s+1\s+80%\s+1\/4/)
    await press(KEY.enter, ']', 'c')
    expect(Object.keys(saved.at(-1)!).sort()).toEqual([FRAGMENT, BREAK].sort())
  })

  test('with the pipeline’s scorer, a dismissal shows in the score and the order at once', async () => {
    // a stand-in scorer: 25 points off per kept finding that is not neutral
    const rescore = (_: unknown, kept: readonly { severity: string }[]) => {
      const score = 100 - 25 * kept.filter((f) => f.severity !== 'neutral').length
      return { score, verdict: score < 70 ? ('fail' as const) : ('pass' as const) }
    }
    const { frame, press } = await renderApp(storyResult(), { rescore })
    await press(KEY.enter, ']', 'd', 'd')
    // two of the French variant's three non-neutral findings dismissed: 75, a pass
    expect(frame()).toMatch(/‹ 004-mt-french · 75 ████████░░ PASS/)
    await press('d', KEY.escape)
    // all three: 100, now better than the 96 of 001, so listed after it
    expect(lineWith(frame(), '004-mt-french')).toMatch(/100 ██████████\s+PASS/)
    const lines = frame().split('\n')
    expect(lines.findIndex((l) => l.includes('004-mt-french'))).toBeGreaterThan(lines.findIndex((l) => l.includes('001-native')))
  })

  test('with no finding in the row, triage says so and saves nothing', async () => {
    const { frame, press, saved } = await renderApp(storyResult())
    await press(KEY.enter, 'd')
    expect(saved).toHaveLength(0)
    expect(frame()).toContain('no finding selected')
  })
})
