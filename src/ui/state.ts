// The review's whole state, one immutable value, and the view derived from it and the audit result.
// Keys turn one state into the next in handle-key.ts; components only draw.
import type { AuditResult, Finding } from '../types.js'
import type { ReviewDecisions } from '../review/review-file.js'
import { alignedRows, type AlignedRow } from './model/aligned-rows.js'
import { filterOptions, filterRows, NO_FILTER, type Filter } from './model/filter.js'
import { overviewRows, type OverviewRow, type Rescore } from './model/overview-rows.js'

export type Screen = 'overview' | 'variant'
export type Pane = 'rows' | 'findings'

export interface UiState {
  readonly screen: Screen
  readonly overlay: 'none' | 'help' | 'filter'
  readonly overviewIndex: number
  /** OverviewRow.key of the variant open in the variant view */
  readonly openKey: string | null
  readonly rowIndex: number
  /** lines of the selected row scrolled past: j/k scroll inside a row taller than the window */
  readonly rowLine: number
  /** index into the selected row's findings */
  readonly findingIndex: number
  readonly pane: Pane
  readonly filter: Filter
  readonly filterCursor: number
  /** the first help line shown, when the help is taller than the terminal */
  readonly helpTop: number
  /** true while the editor types a `/` query */
  readonly searching: boolean
  readonly query: string
  /** one line of feedback for the status line, e.g. "no match for `kiev`" */
  readonly notice: string | null
  readonly decisions: ReviewDecisions
}

export function initialState(decisions: ReviewDecisions): UiState {
  return {
    screen: 'overview',
    overlay: 'none',
    overviewIndex: 0,
    openKey: null,
    rowIndex: 0,
    rowLine: 0,
    findingIndex: 0,
    pane: 'rows',
    filter: NO_FILTER,
    filterCursor: 0,
    helpTop: 0,
    searching: false,
    query: '',
    notice: null,
    decisions,
  }
}

export interface View {
  readonly overview: readonly OverviewRow[]
  /** the variant open in the variant view, if any */
  readonly open: OverviewRow | undefined
  /** its aligned rows under the filter */
  readonly rows: readonly AlignedRow[]
  readonly filterOptions: readonly Filter[]
}

// Aligned rows depend only on the variant: build them once per variant, not once per key press.
const rowCache = new WeakMap<object, AlignedRow[]>()

function rowsOf(open: OverviewRow): AlignedRow[] {
  let rows = rowCache.get(open.variant)
  if (!rows) rowCache.set(open.variant, (rows = alignedRows(open.variant, open.bundle.reference)))
  return rows
}

/** The aligned rows of a variant under the filter: what the variant view shows when it is opened. */
export function variantRows(open: OverviewRow, filter: Filter): readonly AlignedRow[] {
  return filterRows(rowsOf(open), filter)
}

export function deriveView(result: AuditResult, state: UiState, rescore?: Rescore): View {
  const overview = overviewRows(result, state.decisions, state.filter, rescore)
  const all = state.filter.kind === 'all' ? overview : overviewRows(result, state.decisions, NO_FILTER, rescore)
  const open = state.openKey === null ? undefined : all.find((row) => row.key === state.openKey)
  const rows = open ? variantRows(open, state.filter) : []
  // the checks of every variant, wherever `f` is pressed: a filter chosen in one variant applies to all of them
  const findings: Finding[] = all.flatMap((row) => [...row.variant.findings])
  return { overview, open, rows, filterOptions: filterOptions(findings) }
}

export function selectedFinding(view: View, state: UiState): Finding | undefined {
  return view.rows[state.rowIndex]?.findings[state.findingIndex]
}

export function clamp(value: number, count: number): number {
  return Math.max(0, Math.min(value, count - 1))
}
