// One aligned row. The gutter says what the link is (` =  ` match, `1:2 ` split, `2:1 ` merge, ` +  ` added,
// ` −  ` dropped), `↕` when the variant moved it out of the reference order, and the worst open severity.
import { Box, Text } from 'ink'
import type { ReviewDecisions } from '../review/review-file.js'
import { kindLabel, SEVERITY_COLOR, SEVERITY_LETTER, worstOpen } from './format.js'
import { Line } from './Line.js'
import type { AlignedRow } from './model/aligned-rows.js'
import type { Layout, RowLines } from './model/row-layout.js'
import type { DisplayLine } from './model/side-lines.js'

interface Props {
  readonly row: AlignedRow
  readonly lines: RowLines
  readonly layout: Layout
  readonly selected: boolean
  readonly decisions: ReviewDecisions
  readonly color: boolean
}

function emptySide(row: AlignedRow, side: 'reference' | 'variant'): string {
  if (side === 'variant') return row.kind === 'dropped' ? '— dropped from the variant' : '—'
  return row.kind === 'added' ? '— added, not in the reference' : '—'
}

interface ColumnProps {
  readonly lines: readonly DisplayLine[]
  readonly width: number
  readonly empty: string
  readonly color: boolean
}

function Column({ lines, width, empty, color }: ColumnProps) {
  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      {lines.length === 0 ? (
        <Text dimColor={color} wrap="truncate">
          {empty}
        </Text>
      ) : (
        lines.map((line, i) => <Line key={i} line={line} color={color} />)
      )}
    </Box>
  )
}

function Gutter({ row, selected, decisions, color }: Omit<Props, 'lines' | 'layout'>) {
  const worst = worstOpen(row.findings, decisions)
  return (
    <Box width={8} flexShrink={0}>
      <Text bold={selected} {...(color && selected ? { color: 'cyan' } : {})}>
        {selected ? '›' : ' '}
      </Text>
      <Text {...(color ? { dimColor: row.kind === 'match' } : {})}>{kindLabel(row)}</Text>
      <Text>{row.moved ? '↕' : ' '}</Text>
      <Text bold {...(color && worst ? { color: SEVERITY_COLOR[worst] } : {})}>
        {worst ? SEVERITY_LETTER[worst] : ' '}
      </Text>
    </Box>
  )
}

export function RowView({ row, lines, layout, selected, decisions, color }: Props) {
  const reference = (
    <Column lines={lines.reference} width={layout.referenceWidth} empty={emptySide(row, 'reference')} color={color} />
  )
  const variant = (
    <Column lines={lines.variant} width={layout.variantWidth} empty={emptySide(row, 'variant')} color={color} />
  )
  const gutter = <Gutter row={row} selected={selected} decisions={decisions} color={color} />
  if (layout.mode === 'side') {
    return (
      <Box height={lines.height} flexShrink={0}>
        {gutter}
        {reference}
        <Text dimColor={color}>{' │\n'.repeat(lines.height).slice(0, -1)}</Text>
        <Text> </Text>
        {variant}
      </Box>
    )
  }
  return (
    <Box flexDirection="column" height={lines.height} flexShrink={0}>
      <Box>
        {gutter}
        <Text dimColor={color}>R </Text>
        {reference}
      </Box>
      <Box>
        <Box width={8} flexShrink={0} />
        <Text dimColor={color}>V </Text>
        {variant}
      </Box>
    </Box>
  )
}
