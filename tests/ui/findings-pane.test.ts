import { describe, expect, test } from 'vitest'
import type { Finding } from '../../src/types.js'
import { findingLines, findingText, FINDING_PREFIX } from '../../src/ui/model/findings-pane.js'

const finding = (check: string, message: string): Finding => ({
  check,
  category: 'Fluency/Grammar',
  severity: 'major',
  dimension: 'fluency',
  message,
  start: 0,
  end: 1,
  fingerprint: check,
})

const long = 'Sentence cut in two at `what they want. they want by force.`: the part after the full stop starts in lower case; remove the full stop and join the fragment to the sentence before.'
/** wrapped lines rejoined: the text, less the spaces broken at */
const rejoined = (lines: readonly { text: string }[]) => lines.map((l) => l.text.trim()).join(' ')

const findings = [finding('spurious-sentence-break', long), finding('repeated-fragment', 'Fragment `they want` is repeated across the sentence break.'), finding('name-drift', long)]

describe('findings pane lines', () => {
  test('the selected finding wraps whole, the others take a line each, never more lines than the pane has', () => {
    const lines = findingLines(findings, 0, {}, 80, 6)
    expect(lines.length).toBeLessThanOrEqual(6)
    const selected = lines.filter((l) => l.finding === 0)
    expect(selected.length).toBeGreaterThan(1)
    expect(rejoined(selected)).toBe(findingText(findings[0]!, {}))
    for (const line of selected) expect(line.text.length).toBeLessThanOrEqual(80 - FINDING_PREFIX)
    expect(lines.filter((l) => l.finding === 1)).toEqual([{ finding: 1, first: true, text: findingText(findings[1]!, {}) }])
  })

  test('after j to a finding further down, the list scrolls so all of it shows', () => {
    const lines = findingLines(findings, 2, {}, 80, 4)
    expect(lines).toHaveLength(4)
    expect(lines.at(-1)?.finding).toBe(2)
    expect(rejoined(lines.filter((l) => l.finding === 2))).toBe(findingText(findings[2]!, {}))
  })

  test('a finding longer than the pane is cut with …, and the decision shows in its text', () => {
    const lines = findingLines(findings, 0, { 'spurious-sentence-break': { decision: 'dismissed', check: 'x', bundle: 'b', variant: 'v' } }, 80, 2)
    expect(lines).toHaveLength(2)
    expect(lines[0]!.text).toMatch(/^spurious-sentence-break · Fluency\/Grammar · dismissed/)
    expect(lines[1]!.text.endsWith('…')).toBe(true)
  })
})
