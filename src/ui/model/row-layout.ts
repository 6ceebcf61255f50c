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
