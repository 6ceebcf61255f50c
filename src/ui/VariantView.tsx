// The variant screen: the reference and the variant aligned row by row (side by side from 100 columns,
// stacked below), a window of rows that fits the terminal, and the selected row's findings underneath.
import { Box, Text } from 'ink'
import { useRef } from 'react'
import type { ReviewDecisions } from '../review/review-file.js'
import type { Finding } from '../types.js'
import { FindingsPane } from './FindingsPane.js'
import { percent, scoreBar, SEVERITY_LETTER } from './format.js'
import { fitParts, type Part } from './model/fit.js'
import type { AlignedRow } from './model/aligned-rows.js'
import type { OverviewRow } from './model/overview-rows.js'
import { GUTTER, rowLines, variantWindow, type RowLines } from './model/row-layout.js'
import { scrollTop, visibleRange } from './model/scroll-window.js'
import { RowView } from './RowView.js'
import { SEVERITIES } from '../types.js'
import type { Pane } from './state.js'

interface Props {
  readonly open: OverviewRow
  readonly rows: readonly AlignedRow[]
  readonly rowIndex: number
  readonly current: Finding | undefined
  readonly findingIndex: number
  readonly pane: Pane
  readonly decisions: ReviewDecisions
  readonly columns: number
  readonly height: number
  readonly color: boolean
  /** the `/` query, highlighted wherever it occurs in the rows */
  readonly query?: string
  /** lines of the selected row scrolled past, when it is taller than the window */
  readonly rowLine?: number
}

// The verdict and the counts stay at any width; the feed, often long, is cut or left out first (fit.ts).
function Title({ open, columns }: { open: OverviewRow; columns: number }) {
  const { variant } = open
  const doc = variant.analyzed.doc
  const counts = SEVERITIES.slice()
    .reverse()
    .map((s) => `${SEVERITY_LETTER[s]}${open.counts[s]}`)
    .join(' ')
  const parts: Part[] = [
    { text: `‹ ${doc.id}`, keep: 0 },
    { text: `${Math.round(open.score)} ${scoreBar(open.score, columns >= 100 ? 10 : 5)} ${open.verdict.toUpperCase()}`, keep: 0 },
    { text: counts, keep: 1 },
    { text: `triaged ${open.decided}/${open.total}`, keep: 2 },
    { text: `coverage ${percent(variant.coverage)}`, keep: 3 },
    ...(doc.sourceLang ? [{ text: `from ${doc.sourceLang}`, keep: 4 }] : []),
    ...(doc.feed ? [{ text: doc.feed, keep: 5, shrink: true }] : []),
  ]
  return (
    <Text bold wrap="truncate">
      {fitParts(parts, columns)}
    </Text>
  )
}

export function VariantView(props: Props) {
  const { open, rows, rowIndex, current, decisions, columns, height, color, query = '' } = props
  const { layout, paneHeight, heads, windowLines } = variantWindow(columns, height, !color)
  const skip = props.rowLine ?? 0
  // measured once a frame: the window measures the rows it considers, then draws the same ones
  const measured = new Map<number, RowLines>()
  const linesOf = (row: number) => {
    let lines = measured.get(row)
    if (!lines) measured.set(row, (lines = rowLines(rows[row] as AlignedRow, layout, decisions, row === rowIndex ? current : undefined, query)))
    return lines
  }
  // the selected row scrolled inside (taller than the window) is drawn from line `skip`, at the top
  const heightOf = (row: number) => linesOf(row).height - (row === rowIndex ? skip : 0)
  // the first row drawn survives between renders, so the window scrolls instead of jumping
  const top = useRef(0)
  top.current = skip > 0 ? rowIndex : scrollTop(Math.min(top.current, rowIndex), rowIndex, heightOf, windowLines)
  const visible = visibleRange(top.current, rows.length, heightOf, windowLines)
  // lines of the selected row below the window's edge, when it is taller than the window
  let above = 0
  for (let row = top.current; row < rowIndex; row++) above += heightOf(row)
  const below = rows.length === 0 ? 0 : above + heightOf(rowIndex) - windowLines
  const reference = open.bundle.reference?.doc.id
  return (
    <Box flexDirection="column" height={height}>
      <Title open={open} columns={columns} />
      {heads ? (
        <Box>
          <Box width={GUTTER} flexShrink={0} />
          <Box width={layout.referenceWidth + 3} flexShrink={0}>
            <Text underline wrap="truncate">{reference ? `reference ${reference}` : 'no reference'}</Text>
          </Box>
          <Text underline wrap="truncate">{`variant ${open.variant.analyzed.doc.id}`}</Text>
        </Box>
      ) : null}
      <Box flexDirection="column" height={windowLines} flexShrink={0} overflow="hidden">
        {rows.length === 0 ? <Text>  no rows under this filter (f to change it)</Text> : null}
        {visible.map((row) => (
          <RowView
            key={row}
            row={rows[row] as AlignedRow}
            lines={linesOf(row)}
            skip={row === rowIndex ? skip : 0}
            layout={layout}
            selected={row === rowIndex}
            decisions={decisions}
            color={color}
          />
        ))}
      </Box>
      <FindingsPane
        row={rows[rowIndex]}
        rowNumber={rowIndex + 1}
        rowCount={rows.length}
        more={Math.max(0, below)}
        selected={props.findingIndex}
        focused={props.pane === 'findings'}
        width={columns}
        height={paneHeight}
        decisions={decisions}
        color={color}
      />
    </Box>
  )
}
