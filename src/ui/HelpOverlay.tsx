// `?`: every key, where it works, and what the row gutter and the marks mean.
import { Box, Text } from 'ink'
import { KEYMAP } from './keymap.js'

const LEGEND = [
  'gutter: ` = ` match · `1:2` split · `2:1` merge · `+` added · `−` dropped · `·` not aligned · `↕` moved',
  'severity: C critical · M major · m minor · n neutral; findings: ✓ confirmed · ✗ dismissed',
  'without colour, flagged text reads «M:text»; decisions are saved as you make them',
]

export function HelpOverlay({ height }: { height: number }) {
  return (
    <Box flexDirection="column" height={height} overflow="hidden" borderStyle="round" paddingX={1}>
      <Text bold>Keys</Text>
      {KEYMAP.map((entry) => (
        <Box key={entry.keys}>
          <Box width={14} flexShrink={0}>
            <Text bold>{entry.keys}</Text>
          </Box>
          <Box width={12} flexShrink={0}>
            <Text dimColor>{entry.where}</Text>
          </Box>
          <Text wrap="truncate">{entry.action}</Text>
        </Box>
      ))}
      <Text> </Text>
      {LEGEND.map((line) => (
        <Text key={line} wrap="truncate">
          {line}
        </Text>
      ))}
    </Box>
  )
}
