// One side of a row (the reference's sentences or the variant's) as display lines of coloured segments,
// wrapped to the column. Each sentence starts a line, so a spurious break shows as two short lines:
//   dozens of military planes.
//   chase.
// Without colour, flagged text carries its severity letter in guillemets: «M:. chase».
import type { Sentence, Severity } from '../../types.js'
import { SEVERITY_LETTER } from '../format.js'
import { runs, type Run, type Span } from './highlight.js'
import { flatten, runsOnLine, wrapLines } from './wrap.js'

export interface Segment {
  readonly text: string
  readonly severity: Severity | null
  readonly current: boolean
}

export type DisplayLine = readonly Segment[]

export function sideLines(
  sentences: readonly Sentence[],
  width: number,
  spans: readonly Span[],
  marks: boolean,
): DisplayLine[] {
  const lines: DisplayLine[] = []
  for (const sentence of sentences) {
    let display = ''
    const shown: Run[] = []
    for (const run of runs(sentence.start, sentence.end, spans)) {
      const flagged = run.severity !== null || run.current
      const body = flatten(sentence.text.slice(run.start, run.end))
      const text = marks && flagged ? `«${run.severity ? `${SEVERITY_LETTER[run.severity]}:` : ''}${body}»` : body
      shown.push({ ...run, start: display.length, end: display.length + text.length })
      display += text
    }
    for (const line of wrapLines(display, width)) {
      lines.push(runsOnLine(line, shown).map((run) => ({ ...run, text: display.slice(run.start, run.end) })))
    }
  }
  return lines
}
