// One key press: the state before, the key, the view → the state after, plus what the app must do
// (quit, save the decisions). Pure, so every key can be tested without a terminal.
import type { Key } from 'ink'
import type { ReviewDecisions } from '../review/review-file.js'
import { describeFilter, sameFilter } from './model/filter.js'
import { countMatches, findMatch, rowTexts, searchTexts, stepFinding } from './navigate.js'
import { clamp, variantRows, type UiState, type View } from './state.js'
import { triage } from './triage.js'

export interface KeyOutcome {
  readonly state: UiState
  readonly quit?: boolean
  readonly save?: ReviewDecisions
}

export interface KeyContext {
  readonly view: View
  /** rows a PgDn moves */
  readonly page: number
  /** how far the help can scroll (0: it fits the terminal) */
  readonly helpScroll?: number
  /** lines of the selected row that do not fit the window (0 or less: it fits); j/k scroll through them first */
  readonly rowOverflow?: number
  /** lines one j scrolls inside such a row */
  readonly rowStep?: number
  readonly now?: () => string
}

type Move = 'down' | 'up' | 'first' | 'last' | 'pageDown' | 'pageUp' | null

function moveOf(input: string, key: Key): Move {
  if (key.downArrow || input === 'j') return 'down'
  if (key.upArrow || input === 'k') return 'up'
  if (key.home || input === 'g') return 'first'
  if (key.end || input === 'G') return 'last'
  if (key.pageDown || (key.ctrl && input === 'd')) return 'pageDown'
  if (key.pageUp || (key.ctrl && input === 'u')) return 'pageUp'
  return null
}

function moved(index: number, count: number, move: Exclude<Move, null>, page: number): number {
  const delta = { down: 1, up: -1, first: -Infinity, last: Infinity, pageDown: page, pageUp: -page }[move]
  return clamp(index + delta, count)
}

export function handleKey(state: UiState, input: string, key: Key, ctx: KeyContext): KeyOutcome {
  const outcome = keyOutcome(state, input, key, ctx)
  // scrolling inside a row starts again at its top whenever another row (or variant) is selected
  const next = outcome.state
  if (next.rowLine !== 0 && (next.rowIndex !== state.rowIndex || next.openKey !== state.openKey || next.screen !== 'variant')) {
    return { ...outcome, state: { ...next, rowLine: 0 } }
  }
  return outcome
}

function keyOutcome(state: UiState, input: string, key: Key, ctx: KeyContext): KeyOutcome {
  const s: UiState = { ...state, notice: null }
  if (state.searching) return { state: typeQuery(s, input, key, ctx.view) }
  if (state.overlay === 'help') return { state: inHelp(s, input, key, ctx) }
  if (state.overlay === 'filter') return { state: pickFilter(s, input, key, ctx) }
  if (input === 'q' && !key.ctrl) return { state: s, quit: true }
  if (input === '?') return { state: { ...s, overlay: 'help', helpTop: 0 } }
  if (input === '/') return { state: { ...s, searching: true, query: '' } }
  if (input === 'f') {
    const cursor = ctx.view.filterOptions.findIndex((f) => sameFilter(f, state.filter))
    return { state: { ...s, overlay: 'filter', filterCursor: Math.max(0, cursor) } }
  }
  if (input === 'n' || input === 'N') return { state: jumpToMatch(s, ctx.view, input === 'n' ? 1 : -1, false) }
  const move = moveOf(input, key)
  if (state.screen === 'overview') {
    if (move) return { state: { ...s, overviewIndex: moved(state.overviewIndex, ctx.view.overview.length, move, ctx.page) } }
    const row = ctx.view.overview[state.overviewIndex]
    if (key.return && row) {
      // after a search from the overview, the variant opens at its first matching row
      const first = state.query === '' ? -1 : findMatch(rowTexts(variantRows(row, state.filter)), state.query, 0, 1, true)
      return { state: { ...s, screen: 'variant', openKey: row.key, rowIndex: Math.max(0, first), findingIndex: 0, pane: 'rows' } }
    }
    if (key.escape) return { state: { ...s, notice: 'q quits' } }
    return { state: s }
  }
  if (key.escape) {
    // back on the variant just left, not the top row (it may be hidden by a filter chosen meanwhile)
    const left = ctx.view.overview.findIndex((row) => row.key === state.openKey)
    return { state: { ...s, screen: 'overview', pane: 'rows', overviewIndex: left < 0 ? state.overviewIndex : left } }
  }
  if (key.tab) return { state: { ...s, pane: state.pane === 'rows' ? 'findings' : 'rows' } }
  if (input === 'c' || input === 'd' || input === 'u') {
    return triage(s, ctx.view, input === 'c' ? 'confirmed' : input === 'd' ? 'dismissed' : null, ctx.now)
  }
  if (input === ']' || input === '[') {
    const next = stepFinding(ctx.view, state.rowIndex, state.findingIndex, input === ']' ? 1 : -1)
    if (!next) return { state: { ...s, notice: input === ']' ? 'no finding below' : 'no finding above' } }
    return { state: { ...s, rowIndex: next.row, findingIndex: next.finding } }
  }
  if (move && state.pane === 'findings') {
    const count = ctx.view.rows[state.rowIndex]?.findings.length ?? 0
    return { state: { ...s, findingIndex: moved(state.findingIndex, count, move, ctx.page) } }
  }
  // a row taller than the window is read in steps before j leaves it, so none of its text is out of reach
  const overflow = ctx.rowOverflow ?? 0
  const step = ctx.rowStep ?? 1
  if (move === 'down' && state.rowLine < overflow) return { state: { ...s, rowLine: Math.min(overflow, state.rowLine + step) } }
  if (move === 'up' && state.rowLine > 0) return { state: { ...s, rowLine: Math.max(0, state.rowLine - step) } }
  if (move) return { state: { ...s, rowIndex: moved(state.rowIndex, ctx.view.rows.length, move, ctx.page), rowLine: 0, findingIndex: 0 } }
  return { state: s }
}

function inHelp(s: UiState, input: string, key: Key, ctx: KeyContext): UiState {
  if (key.escape || input === '?' || input === 'q') return { ...s, overlay: 'none' }
  const move = moveOf(input, key)
  const limit = ctx.helpScroll ?? 0
  if (!move) return s
  return { ...s, helpTop: moved(s.helpTop, limit + 1, move, ctx.page) }
}

function typeQuery(s: UiState, input: string, key: Key, view: View): UiState {
  if (key.escape) return { ...s, searching: false, query: '' }
  if (key.return) return jumpToMatch({ ...s, searching: false }, view, 1, true)
  if (key.backspace || key.delete) return { ...s, query: s.query.slice(0, -1) }
  if (key.ctrl || key.meta || key.tab || input === '') return s
  return { ...s, query: s.query + input }
}

function jumpToMatch(s: UiState, view: View, step: 1 | -1, inclusive: boolean): UiState {
  if (s.query === '') return { ...s, notice: 'no search yet: / starts one' }
  const texts = searchTexts(view, s.screen)
  const from = s.screen === 'overview' ? s.overviewIndex : s.rowIndex
  const at = findMatch(texts, s.query, from, step, inclusive)
  if (at < 0) return { ...s, notice: `no match for \`${s.query}\`` }
  const count = countMatches(texts, s.query)
  const noun = `${s.screen === 'overview' ? 'variant' : 'row'}${count === 1 ? '' : 's'}`
  const notice = `\`${s.query}\`: ${count} matching ${noun}`
  return s.screen === 'overview' ? { ...s, overviewIndex: at, notice } : { ...s, rowIndex: at, findingIndex: 0, notice }
}

function pickFilter(s: UiState, input: string, key: Key, ctx: KeyContext): UiState {
  const options = ctx.view.filterOptions
  if (key.escape || input === 'f') return { ...s, overlay: 'none' }
  const move = moveOf(input, key)
  if (move) return { ...s, filterCursor: moved(s.filterCursor, options.length, move, ctx.page) }
  const filter = options[s.filterCursor]
  if (!key.return || !filter) return s
  const notice = `showing ${describeFilter(filter)}`
  return { ...s, overlay: 'none', filter, overviewIndex: 0, rowIndex: 0, findingIndex: 0, notice }
}
