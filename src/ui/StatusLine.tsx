// The bottom line: what the keys do here, and on the right the notice, the filter and the search. Hints are
// fitted to the width by fit.ts, so `? help` and `Esc back` stay when the terminal is narrow.
import { Box, Text } from 'ink'
import { HINTS } from './keymap.js'
import { describeFilter } from './model/filter.js'
import { fitParts, statusLine } from './model/fit.js'
import type { UiState } from './state.js'

interface Props {
  readonly state: UiState
  readonly color: boolean
  readonly columns: number
  /** the help is taller than the terminal: offer j/k to scroll it */
  readonly helpScrolls: boolean
}

export function StatusLine({ state, color, columns, helpScrolls }: Props) {
  if (state.searching) {
    const prompt = `/${state.query}`
    return (
      <Box>
        <Text bold wrap="truncate">{prompt}</Text>
        <Text inverse> </Text>
        <Text dimColor={color} wrap="truncate">{`   ${fitParts(HINTS.search, Math.max(0, columns - prompt.length - 4))}`}</Text>
      </Box>
    )
  }
  const hints =
    state.overlay === 'help'
      ? HINTS.help.filter((hint) => helpScrolls || hint.keep === 0)
      : state.overlay === 'filter'
        ? HINTS.filter
        : state.screen === 'overview'
          ? HINTS.overview
          : HINTS[state.pane]
  const notice = [state.notice, state.filter.kind === 'all' ? null : `filter: ${describeFilter(state.filter)}`]
    .filter(Boolean)
    .join(' · ')
  const { left, right } = statusLine(hints, notice, columns)
  return (
    <Box>
      <Box flexGrow={1} flexShrink={1}>
        <Text dimColor={color} wrap="truncate">
          {left}
        </Text>
      </Box>
      {right ? (
        <Box flexShrink={0} marginLeft={1}>
          <Text bold {...(color ? { color: 'cyan' } : {})} wrap="truncate">
            {right}
          </Text>
        </Box>
      ) : null}
    </Box>
  )
}
