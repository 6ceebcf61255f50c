// `?`: every key, where it works, and what the row gutter and the marks mean. The lines come from
// help-lines.ts, one Text each, from `top` (j/k scroll when the terminal is too short for all of them).
import { Box, Text } from 'ink'
import { KEYS_WIDTH, WHERE_WIDTH, type HelpLine } from './model/help-lines.js'

export function HelpOverlay({ lines, top, height, color }: { lines: readonly HelpLine[]; top: number; height: number; color: boolean }) {
  return (
    <Box flexDirection="column" height={height} flexShrink={0} overflow="hidden">
      {lines.slice(top, top + height).map((line, i) =>
        line.entry ? (
          <Text key={top + i} wrap="truncate">
            <Text bold>{line.keys.padEnd(KEYS_WIDTH)}</Text>
            <Text dimColor={color}>{line.where.padEnd(WHERE_WIDTH)}</Text>
            {line.text}
          </Text>
        ) : (
          <Text key={top + i} wrap="truncate" bold={top + i === 0}>
            {line.text === '' ? ' ' : line.text}
          </Text>
        ),
      )}
    </Box>
  )
}
