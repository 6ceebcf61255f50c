import { describe, expect, test } from 'vitest'
import { storyResult } from './fixtures/story.js'
import { KEY, renderApp } from './render-app.js'

const lineWith = (frame: string, text: string) => frame.split('\n').find((line) => line.includes(text)) ?? ''

describe('filter', () => {
  test('f offers severity floors and the checks; a floor hides rows and variants without such findings', async () => {
    const { frame, press } = await renderApp(storyResult())
    await press('f')
    for (const option of ['all findings', 'minor and worse', 'major and worse', 'critical only', 'check fragment', 'check name-drift']) {
      expect(frame()).toContain(option)
    }
    await press('j', 'j', KEY.enter) // major and worse
    expect(frame()).toContain('filter: major and worse')
    expect(frame()).toContain('004-mt-french')
    expect(frame()).not.toContain('001-native-rewrite')
    await press(KEY.enter)
    expect(frame()).toContain('row 1 of 1 · split 1→2')
    expect(frame()).not.toContain('Leopard')
    expect(frame()).not.toContain('«m:. ,»')
  })

  test('a check filter keeps only that check’s findings, and Esc leaves the filter unchanged', async () => {
    const { frame, press } = await renderApp(storyResult())
    await press(KEY.enter, 'f', 'G', KEY.enter) // the last option: check stray-punctuation
    expect(frame()).toContain('filter: check stray-punctuation')
    expect(frame()).toContain('row 1 of 1 · match · moved')
    expect(lineWith(frame(), 'stray-punctuation')).toMatch(/MINOR/)
    expect(frame()).not.toContain('spurious-break')
    await press('f', 'g', KEY.escape)
    expect(frame()).toContain('filter: check stray-punctuation')
    await press('f', 'g', KEY.enter)
    expect(frame()).toContain('row 1 of 6')
  })
})

describe('search', () => {
  test('/ types a query in the status line, Enter jumps to the first matching row, n and N cycle', async () => {
    const { frame, press } = await renderApp(storyResult())
    await press(KEY.enter, '/', 'S', 'e', 'o', 'u', 'x', KEY.backspace, 'l')
    expect(frame()).toContain('/Seoul')
    await press(KEY.enter)
    // rows 4 and 5 mention Seoul (reference side of row 4, both sides of row 5)
    expect(frame()).toContain('row 4 of 6')
    expect(frame()).toContain('`Seoul`: 2 matching rows')
    await press('n')
    expect(frame()).toContain('row 5 of 6')
    await press('n')
    expect(frame()).toContain('row 4 of 6')
    await press('N', 'N')
    expect(frame()).toContain('row 4 of 6')
  })

  test('a query with no match says so and stays put; Esc cancels typing', async () => {
    const { frame, press } = await renderApp(storyResult())
    await press(KEY.enter, 'j', '/', 'z', 'q', KEY.enter)
    expect(frame()).toContain('no match for `zq`')
    expect(frame()).toContain('row 2 of 6')
    await press('/', 'x', KEY.escape)
    expect(frame()).not.toContain('/x')
    expect(frame()).toContain('row 2 of 6')
  })

  test('in the overview, / searches the sentences of every variant; Enter then opens it at the match, highlighted', async () => {
    const { frame, press } = await renderApp(storyResult())
    await press('j', '/', 'l', 'e', 'o', 'p', 'a', 'r', 'd', KEY.enter)
    expect(lineWith(frame(), '004-mt-french')).toMatch(/^›/)
    expect(frame()).toContain('`leopard`: 1 matching variant')
    await press(KEY.enter)
    expect(frame()).toContain('row 6 of 6 · added')
    expect(frame()).toContain('The «/:Leopard» 2 is a new generation tank.')
    // a query no variant holds leaves the selection where it was
    await press(KEY.escape, '/', 'z', 'q', KEY.enter)
    expect(frame()).toContain('no match for `zq`')
    expect(lineWith(frame(), '004-mt-french')).toMatch(/^›/)
  })

  test('in the variant view every match is marked, on both sides, over a flagged span too; / Esc clears them', async () => {
    const { frame, press } = await renderApp(storyResult())
    await press(KEY.enter, '/', 's', 'e', 'o', 'u', 'l', KEY.enter)
    expect(frame()).toMatch(/Stoltenberg is in «\/:Seoul» on the first leg.*│ «n:Stoltenberg» is in «\/:Seoul», the first stop/)
    await press('/', 'c', 'h', 'a', 's', KEY.enter)
    // the critical fragment `chase.` keeps its mark, with the match inside it
    expect(frame()).toContain('«C/:chas»«C:e.»')
    await press('/', KEY.escape)
    expect(frame()).not.toContain('«/:')
    expect(frame()).toContain('«C:chase.»')
  })

  test('in the overview, search finds a variant by name or feed', async () => {
    const { frame, press } = await renderApp(storyResult())
    await press('/', 'r', 'e', 'u', 't', 'e', 'r', 's', KEY.enter)
    expect(lineWith(frame(), '001-native-rewrite')).toMatch(/^›/)
  })
})

describe('filter options', () => {
  test('list the checks of every variant, also after a variant with fewer checks was opened', async () => {
    const { frame, press } = await renderApp(storyResult())
    await press('j', KEY.enter, 'f') // 001 has only name-drift
    for (const check of ['fragment', 'name-drift', 'spurious-break', 'stray-punctuation']) expect(frame()).toContain(`check ${check}`)
    await press(KEY.escape, KEY.escape, 'f')
    for (const check of ['fragment', 'name-drift', 'spurious-break', 'stray-punctuation']) expect(frame()).toContain(`check ${check}`)
  })
})
