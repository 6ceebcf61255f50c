// `f`: choose what to show: all findings, a severity floor, or one check.
import { Box, Text } from 'ink'
import { describeFilter, type Filter } from './model/filter.js'
import { scrollTop } from './model/scroll-window.js'

interface Props {
  readonly options: readonly Filter[]
  readonly cursor: number
  readonly height: number
}

export function FilterPicker({ options, cursor, height }: Props) {
  const lines = Math.max(1, height - 3)
  const top = scrollTop(0, cursor, () => 1, lines)
  return (
    <Box flexDirection="column" height={height} overflow="hidden" borderStyle="round" paddingX={1}>
      <Text bold>Filter</Text>
      {options.slice(top, top + lines).map((option, i) => (
        <Text key={describeFilter(option)} bold={top + i === cursor} inverse={top + i === cursor} wrap="truncate">
          {`${top + i === cursor ? '›' : ' '} ${describeFilter(option)}`}
        </Text>
      ))}
    </Box>
  )
}
