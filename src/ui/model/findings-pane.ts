// The findings pane as lines of a fixed count: a title, then each finding of the selected row, the selected
// one's text wrapped in full and the others on one line each, scrolled so the selected one shows. Ink laid
// the pane out itself before, and when the findings did not fit it shrank the title to nothing and drew the
// first finding over it ("›   MAJORs · rospurious-sentence-break").
import type { ReviewDecisions } from '../../review/review-file.js'
import type { Finding } from '../../types.js'
import { scrollTop, visibleRange } from './scroll-window.js'
import { wrapLines } from './wrap.js'

/** `› ✓ CRITICAL ` and a space: the selection, the decision, the severity */
export const FINDING_PREFIX = 15

export interface PaneLine {
  readonly finding: number
  /** the first line of the finding carries its prefix; the others are indented under the text */
  readonly first: boolean
  readonly text: string
}

/** `check · category · decision · message`, the text a finding shows after its prefix. */
export function findingText(finding: Finding, decisions: ReviewDecisions): string {
  const decision = decisions[finding.fingerprint]?.decision
  return `${finding.check} · ${finding.category}${decision ? ` · ${decision}` : ''} · ${finding.message}`
}

/** The lines under the pane's title: at most `lines` of them. */
export function findingLines(
  findings: readonly Finding[],
  selected: number,
  decisions: ReviewDecisions,
  width: number,
  lines: number,
): PaneLine[] {
  if (lines < 1 || findings.length === 0) return []
  const textWidth = Math.max(10, width - FINDING_PREFIX)
  const linesOf = (i: number): PaneLine[] => {
    const text = findingText(findings[i] as Finding, decisions)
    // the others are one line each, cut by the terminal; the selected one is read whole
    if (i !== selected) return [{ finding: i, first: true, text }]
    return wrapLines(text, textWidth).map((line, j) => ({ finding: i, first: j === 0, text: text.slice(line.start, line.end) }))
  }
  const heightOf = (i: number) => Math.min(lines, linesOf(i).length)
  const top = scrollTop(0, Math.max(0, Math.min(selected, findings.length - 1)), heightOf, lines)
  const out = visibleRange(top, findings.length, heightOf, lines).flatMap(linesOf).slice(0, lines)
  const last = out.at(-1)
  // a selected finding longer than the pane says that it goes on
  if (last && last.finding === selected && out.length === lines && linesOf(selected).length > lines) {
    out[out.length - 1] = { ...last, text: `${last.text.slice(0, Math.max(0, textWidth - 1))}…` }
  }
  return out
}
