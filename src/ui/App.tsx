// The review app: holds the state, turns keys into the next state (handle-key.ts), draws the screen for it.
// Decisions are handed to `saveDecisions` the moment they are made, so quitting never loses triage.
import { Box, useApp, useInput } from 'ink'
import { useMemo, useRef, useState } from 'react'
import type { AuditResult } from '../types.js'
import type { ReviewDecisions } from '../review/review-file.js'
import { FilterPicker } from './FilterPicker.js'
import { handleKey } from './handle-key.js'
import { splitChunk } from './key-chunks.js'
import { HelpOverlay } from './HelpOverlay.js'
import { KEYMAP, LEGEND } from './keymap.js'
import { helpLines, helpScrollLimit } from './model/help-lines.js'
import { rowLines, rowScrollStep, variantWindow } from './model/row-layout.js'
import { Overview } from './Overview.js'
import type { Rescore } from './model/overview-rows.js'
import { clamp, deriveView, initialState, type UiState, type View } from './state.js'
import { StatusLine } from './StatusLine.js'
import { useTerminalSize } from './use-terminal-size.js'
import { VariantView } from './VariantView.js'

export interface AppProps {
  readonly result: AuditResult
  readonly decisions: ReviewDecisions
  readonly saveDecisions: (decisions: ReviewDecisions) => void
  /** false under NO_COLOR: no colour at all, and flagged text carries marks such as «M:…» */
  readonly color: boolean
  /** stamps decisions with a time (`at`); left out, the review file stays free of timestamps */
  readonly now?: () => string
  /** rescores a variant without its dismissed findings, so triage shows its effect on the score at once */
  readonly rescore?: Rescore
}

export function App({ result, decisions, saveDecisions, color, now, rescore }: AppProps) {
  const { exit } = useApp()
  const size = useTerminalSize()
  const [state, setState] = useState<UiState>(() => initialState(decisions))
  const view = useMemo(() => deriveView(result, state, rescore), [result, state, rescore])
  // one line is left free: an Ink frame as tall as the terminal is redrawn by clearing the whole screen
  const height = Math.max(6, size.rows - 1)
  const bodyHeight = height - 1
  const rowIndex = clamp(state.rowIndex, view.rows.length)
  const overviewIndex = clamp(state.overviewIndex, view.overview.length)
  const help = helpLines(KEYMAP, LEGEND, size.columns)
  const helpScroll = helpScrollLimit(help.length, bodyHeight)
  // the selected row's height against the window: j/k scroll inside a row that does not fit
  const geometry = variantWindow(size.columns, bodyHeight, !color)
  const overflowOf = (s: UiState, v: View) => {
    const row = s.screen === 'variant' ? v.rows[clamp(s.rowIndex, v.rows.length)] : undefined
    return row ? rowLines(row, geometry.layout, s.decisions, row.findings[s.findingIndex], s.query).height - geometry.windowLines : 0
  }
  const rowLine = Math.max(0, Math.min(state.rowLine, overflowOf(state, view)))
  const shown: UiState = { ...state, rowIndex, rowLine, overviewIndex, helpTop: Math.min(state.helpTop, helpScroll) }
  const keyContext = { page: Math.max(1, Math.floor(bodyHeight / 3)), helpScroll, rowStep: rowScrollStep(geometry.windowLines), overflowOf }

  // Ink re-subscribes the input handler in an effect; a key that lands before that effect runs would reach
  // the previous render's handler (seen after a resize: `j` in the variant view acted on the overview).
  // The handler therefore reads what it needs from a ref that every render updates.
  const latest = useRef({ shown, view, keyContext })
  latest.current = { shown, view, keyContext }
  useInput((chunk, chunkKey) => {
    for (const [input, key] of splitChunk(chunk, chunkKey)) {
      const { shown, view, keyContext } = latest.current
      const outcome = handleKey(shown, input, key, { ...keyContext, rowOverflow: keyContext.overflowOf(shown, view), view, now })
      let next = outcome.state
      try {
        if (outcome.save) saveDecisions(outcome.save)
      } catch (error) {
        // e.g. a read-only folder: keep reviewing, say why the decision is not on disk
        next = { ...next, notice: `not saved: ${(error as Error).message}` }
      }
      // keys pasted or typed faster than a frame arrive before the next render: chain them on this state
      latest.current = { shown: next, view: deriveView(result, next, rescore), keyContext }
      setState(next)
      if (outcome.quit) {
        exit()
        return
      }
    }
  })

  let body
  if (state.overlay === 'help') body = <HelpOverlay lines={help} top={shown.helpTop} height={bodyHeight} color={color} />
  else if (state.overlay === 'filter')
    body = <FilterPicker options={view.filterOptions} cursor={state.filterCursor} height={bodyHeight} />
  else if (state.screen === 'variant' && view.open)
    body = (
      <VariantView
        key={`${view.open.key}\u0000${JSON.stringify(state.filter)}`}
        open={view.open}
        rows={view.rows}
        rowIndex={rowIndex}
        current={view.rows[rowIndex]?.findings[state.findingIndex]}
        rowLine={rowLine}
        findingIndex={state.findingIndex}
        pane={state.pane}
        decisions={state.decisions}
        columns={size.columns}
        height={bodyHeight}
        color={color}
        query={state.query}
      />
    )
  else
    body = (
      <Overview
        result={result}
        rows={view.overview}
        selected={overviewIndex}
        columns={size.columns}
        height={bodyHeight}
        color={color}
      />
    )
  return (
    <Box flexDirection="column" width={size.columns} height={height}>
      {body}
      <StatusLine state={shown} color={color} columns={size.columns} helpScrolls={helpScroll > 0} />
    </Box>
  )
}
