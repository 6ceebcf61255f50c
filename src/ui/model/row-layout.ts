// How wide each text column is and how many lines a row takes, for both layouts:
//   side by side (≥ 100 columns): gutter │ reference │ variant, the row as tall as its longer side;
//   stacked (narrower): gutter, then the reference lines (R) above the variant lines (V).
// The scroll window measures rows with the same function the row is drawn with, so the two never disagree.
import type { Finding } from '../../types.js'
import type { ReviewDecisions } from '../../review/review-file.js'
import type { AlignedRow } from './aligned-rows.js'
import { findingSpans, matchSpans, type Span } from './highlight.js'
import { sideLines, type DisplayLine } from './side-lines.js'

export const SIDE_BY_SIDE_FROM = 100
/** selection mark, four columns of link kind, moved mark, severity letter, space */
export const GUTTER = 8

export interface Layout {
  readonly mode: 'side' | 'stacked'
  readonly referenceWidth: number
  readonly variantWidth: number
  readonly marks: boolean
}

export function layoutFor(columns: number, marks: boolean): Layout {
  if (columns >= SIDE_BY_SIDE_FROM) {
    const text = columns - GUTTER - 3
    const referenceWidth = Math.floor(text / 2)
    return { mode: 'side', referenceWidth, variantWidth: text - referenceWidth, marks }
  }
  const width = Math.max(10, columns - GUTTER - 2)
  return { mode: 'stacked', referenceWidth: width, variantWidth: width, marks }
}

export interface RowLines {
  readonly reference: readonly DisplayLine[]
  readonly variant: readonly DisplayLine[]
  readonly height: number
}

export function rowLines(
  row: AlignedRow,
  layout: Layout,
  decisions: ReviewDecisions,
  current: Finding | undefined,
  query = '',
): RowLines {
  const open = row.findings.filter((f) => decisions[f.fingerprint]?.decision !== 'dismissed')
  const variantSpans = findingSpans(open, current)
  // the reference passage the selected finding is judged against, shown without a severity
  const referenceSpans: Span[] =
    current?.reference && row.findings.includes(current)
      ? [{ start: current.reference.start, end: current.reference.end, severity: null, current: true }]
      : []
  const matches = (sentences: AlignedRow['variant']) => sentences.flatMap((s) => matchSpans(s.text, s.start, query))
  const reference = sideLines(row.reference, layout.referenceWidth, [...referenceSpans, ...matches(row.reference)], layout.marks)
  const variant = sideLines(row.variant, layout.variantWidth, [...variantSpans, ...matches(row.variant)], layout.marks)
  const sides = [Math.max(1, reference.length), Math.max(1, variant.length)] as const
  const height = layout.mode === 'side' ? Math.max(...sides) : sides[0] + sides[1]
  return { reference, variant, height }
}

export interface VariantWindow {
  readonly layout: Layout
  /** lines of the findings pane */
  readonly paneHeight: number
  /** 1 when the column heads are drawn (side by side) */
  readonly heads: number
  /** lines left for the rows */
  readonly windowLines: number
}

/** How the variant view splits `height` lines: title, column heads, the rows, the findings pane. */
export function variantWindow(columns: number, height: number, marks: boolean): VariantWindow {
  const layout = layoutFor(columns, marks)
  const paneHeight = Math.min(8, Math.max(4, Math.floor(height / 3)))
  const heads = layout.mode === 'side' ? 1 : 0
  return { layout, paneHeight, heads, windowLines: Math.max(1, height - 1 - heads - paneHeight) }
}

/**
 * How far j/k scroll inside a row taller than the window, so none of its text is out of reach: a window less
 * two lines of overlap, e.g. a 30-line merge in a 14-line window is read at lines 0, 12 and 16.
 */
export function rowScrollStep(windowLines: number): number {
  return Math.max(1, windowLines - 2)
}
