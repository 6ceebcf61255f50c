// The selected row's findings: decision mark, severity, check, category and the message. The selected
// finding's message wraps in full; the others are cut to one line. The lines come from findings-pane.ts, one
// Text each, so the pane is always exactly `height` lines and its title is never drawn over.
import { Box, Text } from 'ink'
import type { ReviewDecisions } from '../review/review-file.js'
import { decisionMark, kindWords, SEVERITY_COLOR } from './format.js'
import type { AlignedRow } from './model/aligned-rows.js'
import { FINDING_PREFIX, findingLines } from './model/findings-pane.js'

interface Props {
  readonly row: AlignedRow | undefined
  readonly rowNumber: number
  readonly rowCount: number
  /** lines of the selected row below the window: j scrolls to them */
  readonly more?: number
  readonly selected: number
  readonly focused: boolean
  readonly width: number
  readonly height: number
  readonly decisions: ReviewDecisions
  readonly color: boolean
}

export function FindingsPane({ row, rowNumber, rowCount, more = 0, selected, focused, width, height, decisions, color }: Props) {
  const findings = row?.findings ?? []
  const continues = more > 0 ? ` · ↓ ${more} more lines of this row (j)` : ''
  const title = row ? `row ${rowNumber} of ${rowCount}${continues} · ${kindWords(row)} · ${findings.length} findings` : 'no rows'
  const lines = findingLines(findings, selected, decisions, width, height - 1)
  return (
    <Box flexDirection="column" height={height} flexShrink={0} overflow="hidden">
      <Text bold={focused} inverse={focused} wrap="truncate">
        {`${focused ? '▸' : ' '} Findings · ${title}`}
      </Text>
      {findings.length === 0 ? <Text dimColor={color}>  no findings in this row</Text> : null}
      {lines.map((line, i) => {
        const finding = findings[line.finding]
        if (!finding) return null
        const decision = decisions[finding.fingerprint]?.decision
        const isSelected = line.finding === selected
        const dim = color && decision === 'dismissed'
        if (!line.first) {
          return (
            <Text key={i} wrap="truncate" dimColor={dim}>
              {' '.repeat(FINDING_PREFIX)}
              {line.text}
            </Text>
          )
        }
        const check = line.text.startsWith(finding.check) ? finding.check : ''
        return (
          <Text key={i} wrap="truncate" dimColor={dim}>
            <Text bold={isSelected}>{isSelected ? '› ' : '  '}</Text>
            {`${decisionMark(decision)} `}
            <Text bold {...(color ? { color: SEVERITY_COLOR[finding.severity] } : {})}>
              {finding.severity.toUpperCase().padEnd(FINDING_PREFIX - 4)}
            </Text>
            <Text bold={isSelected}>{check}</Text>
            {line.text.slice(check.length)}
          </Text>
        )
      })}
    </Box>
  )
}
