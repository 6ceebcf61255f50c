// The bottom line: what the keys do here, and on the right the notice, the filter and the search.
import { Box, Text } from 'ink'
import { HINTS } from './keymap.js'
import { describeFilter } from './model/filter.js'
import type { UiState } from './state.js'

export function StatusLine({ state, color }: { state: UiState; color: boolean }) {
  if (state.searching) {
    return (
      <Box>
        <Text bold>/{state.query}</Text>
        <Text inverse> </Text>
        <Text dimColor={color} wrap="truncate">{`   ${HINTS.search}`}</Text>
      </Box>
    )
  }
  const hints =
    state.overlay === 'help'
      ? HINTS.help
      : state.overlay === 'filter'
        ? HINTS.filter
        : state.screen === 'overview'
          ? HINTS.overview
          : HINTS[state.pane]
  const right = [state.notice, state.filter.kind === 'all' ? null : `filter: ${describeFilter(state.filter)}`]
    .filter(Boolean)
    .join(' · ')
  return (
    <Box>
      <Box flexGrow={1} flexShrink={1}>
        <Text dimColor={color} wrap="truncate">
          {hints}
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
