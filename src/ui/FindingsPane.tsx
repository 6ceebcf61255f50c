// The selected row's findings: decision mark, severity, check, category and the message. The selected
// finding's message wraps in full; the others are cut to one line.
import { Box, Text } from 'ink'
import type { ReviewDecisions } from '../review/review-file.js'
import { decisionMark, kindWords, SEVERITY_COLOR } from './format.js'
import type { AlignedRow } from './model/aligned-rows.js'
import { scrollTop } from './model/scroll-window.js'

interface Props {
  readonly row: AlignedRow | undefined
  readonly rowNumber: number
  readonly rowCount: number
  readonly selected: number
  readonly focused: boolean
  readonly height: number
  readonly decisions: ReviewDecisions
  readonly color: boolean
}

export function FindingsPane({ row, rowNumber, rowCount, selected, focused, height, decisions, color }: Props) {
  const findings = row?.findings ?? []
  const title = row ? `row ${rowNumber} of ${rowCount} · ${kindWords(row)} · ${findings.length} findings` : 'no rows'
  const listLines = Math.max(1, height - 1)
  const top = scrollTop(0, selected, () => 1, listLines - 1)
  return (
    <Box flexDirection="column" height={height} flexShrink={0} overflow="hidden">
      <Text bold={focused} inverse={focused} wrap="truncate">
        {`${focused ? '▸' : ' '} Findings · ${title}`}
      </Text>
      {findings.length === 0 ? <Text dimColor={color}>  no findings in this row</Text> : null}
      {findings.slice(top, top + listLines).map((finding, i) => {
        const index = top + i
        const decision = decisions[finding.fingerprint]?.decision
        const isSelected = index === selected
        return (
          <Box key={finding.fingerprint + index} flexShrink={0}>
            <Box width={15} flexShrink={0}>
              <Text bold={isSelected}>{isSelected ? '› ' : '  '}</Text>
              <Text>{decisionMark(decision)} </Text>
              <Text bold {...(color ? { color: SEVERITY_COLOR[finding.severity] } : {})}>
                {finding.severity.toUpperCase()}
              </Text>
            </Box>
            <Text wrap={isSelected ? 'wrap' : 'truncate'} dimColor={color && decision === 'dismissed'}>
              <Text bold={isSelected}>{finding.check}</Text>
              <Text dimColor={color}>{` · ${finding.category}${decision ? ` · ${decision}` : ''} · `}</Text>
              <Text>{finding.message}</Text>
            </Text>
          </Box>
        )
      })}
    </Box>
  )
}
