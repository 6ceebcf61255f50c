// One side of a row (the reference's sentences or the variant's) as display lines of coloured segments,
// wrapped to the column. Each sentence starts a line, so a spurious break shows as two short lines:
//   dozens of military planes.
//   chase.
// Without colour, flagged text carries its severity letter in guillemets, «M:. chase», and text the search
// matches a slash, «/:Seoul» (both: «M/:. chase»). Marks go around the text; every character stays.
import type { Sentence, Severity } from '../../types.js'
import { SEVERITY_LETTER } from '../format.js'
import { runs, type Run, type Span } from './highlight.js'
import { flatten, runsOnLine, wrapLines } from './wrap.js'

export interface Segment {
  readonly text: string
  readonly severity: Severity | null
  readonly current: boolean
  readonly match: boolean
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
    const cut = runs(sentence.start, sentence.end, spans)
    cut.forEach((run, i) => {
      const body = flatten(sentence.text.slice(run.start, run.end))
      const text = marks ? marked(body, cut[i - 1], run, cut[i + 1]) : body
      shown.push({ ...run, start: display.length, end: display.length + text.length })
      display += text
    })
    for (const line of wrapLines(display, width)) {
      lines.push(runsOnLine(line, shown).map((run) => ({ ...run, text: display.slice(run.start, run.end) })))
    }
  }
  return lines
}

/** The letters a run's mark carries, '' for the reference passage alone; null when the run is not marked. */
function markOf(run: Run | undefined): string | null {
  if (!run || (run.severity === null && !run.current && !run.match)) return null
  return `${run.severity ? SEVERITY_LETTER[run.severity] : ''}${run.match ? '/' : ''}`
}

/**
 * A run's text with the marks it opens or closes: neighbours with the same mark share one, so a finding cut
 * into runs by the current finding's edges still reads «M:they want by force.», not «M:they want»«M: by force.».
 */
function marked(body: string, before: Run | undefined, run: Run, after: Run | undefined): string {
  const mark = markOf(run)
  if (mark === null) return body
  const open = markOf(before) === mark ? '' : `«${mark ? `${mark}:` : ''}`
  const close = markOf(after) === mark ? '' : '»'
  return `${open}${body}${close}`
}
