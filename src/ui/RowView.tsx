// One aligned row, drawn as one Text per screen line: Ink lays out every Box, so a row of boxes (gutter, two
// columns, separator) made a 40-line frame slow to redraw at each key press; plain lines cost a fraction.
// The gutter says what the link is (` =  ` match, `1:2 ` split, `2:1 ` merge, ` +  ` added, ` −  ` dropped),
// `↕` when the variant moved it out of the reference order, and the worst open severity.
import { Box, Text } from 'ink'
import stringWidth from 'string-width'
import type { ReviewDecisions } from '../review/review-file.js'
import { kindLabel, SEVERITY_COLOR, SEVERITY_LETTER, worstOpen } from './format.js'
import { Segments } from './Line.js'
import type { AlignedRow } from './model/aligned-rows.js'
import type { Layout, RowLines } from './model/row-layout.js'
import type { DisplayLine } from './model/side-lines.js'

interface Props {
  readonly row: AlignedRow
  readonly lines: RowLines
  /** screen lines of the row to leave out at the top (a row taller than the window, scrolled with j) */
  readonly skip?: number
  readonly layout: Layout
  readonly selected: boolean
  readonly decisions: ReviewDecisions
  readonly color: boolean
}

function emptySide(row: AlignedRow, side: 'reference' | 'variant'): string {
  if (side === 'variant') return row.kind === 'dropped' ? '— dropped from the variant' : '—'
  return row.kind === 'added' ? '— added, not in the reference' : '—'
}

const BLANK_GUTTER = ' '.repeat(8)

function Gutter({ row, selected, decisions, color }: Omit<Props, 'lines' | 'layout' | 'skip'>) {
  const worst = worstOpen(row.findings, decisions)
  return (
    <>
      <Text bold={selected} {...(color && selected ? { color: 'cyan' } : {})}>
        {selected ? '›' : ' '}
      </Text>
      <Text dimColor={color && row.kind === 'match'}>{kindLabel(row)}</Text>
      <Text>{row.moved ? '↕' : ' '}</Text>
      <Text bold {...(color && worst ? { color: SEVERITY_COLOR[worst] } : {})}>
        {worst ? SEVERITY_LETTER[worst] : ' '}
      </Text>
      <Text> </Text>
    </>
  )
}

/** Line `i` of one side, padded to the column's width; the first line of an empty side says why it is empty. */
function Side({ lines, i, width, empty, color, pad }: { lines: readonly DisplayLine[]; i: number; width: number; empty: string; color: boolean; pad: boolean }) {
  const line = lines[i]
  if (!line) {
    const text = lines.length === 0 && i === 0 ? empty : ''
    return <Text dimColor={color}>{pad ? text.padEnd(width) : text}</Text>
  }
  const used = line.reduce((sum, segment) => sum + stringWidth(segment.text), 0)
  return (
    <>
      <Segments line={line} color={color} />
      {pad && used < width ? <Text>{' '.repeat(width - used)}</Text> : null}
    </>
  )
}

export function RowView({ row, lines, layout, selected, decisions, color, skip = 0 }: Props) {
  const gutter = <Gutter row={row} selected={selected} decisions={decisions} color={color} />
  const reference = { lines: lines.reference, width: layout.referenceWidth, empty: emptySide(row, 'reference'), color }
  const variant = { lines: lines.variant, width: layout.variantWidth, empty: emptySide(row, 'variant'), color }
  const out = []
  if (layout.mode === 'side') {
    for (let i = 0; i < lines.height; i++) {
      out.push(
        <Text key={i} wrap="truncate">
          {i === 0 ? gutter : BLANK_GUTTER}
          <Side {...reference} i={i} pad />
          <Text dimColor={color}>{' │ '}</Text>
          <Side {...variant} i={i} pad={false} />
        </Text>,
      )
    }
  } else {
    const referenceHeight = Math.max(1, lines.reference.length)
    for (let i = 0; i < lines.height; i++) {
      const onVariant = i >= referenceHeight
      const j = onVariant ? i - referenceHeight : i
      const label = j > 0 ? '  ' : onVariant ? 'V ' : 'R '
      out.push(
        <Text key={i} wrap="truncate">
          {i === 0 ? gutter : BLANK_GUTTER}
          <Text dimColor={color}>{label}</Text>
          <Side {...(onVariant ? variant : reference)} i={j} pad={false} />
        </Text>,
      )
    }
  }
  return (
    <Box flexDirection="column" height={lines.height - skip} flexShrink={0}>
      {out.slice(skip)}
    </Box>
  )
}
