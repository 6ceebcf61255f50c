// `c`, `d`, `u`: record the editor's ruling on the selected finding. The decision carries check, bundle and
// variant so the review file reads on its own, e.g.
//   "3f9a…": {"decision": "dismissed", "check": "name-drift", "bundle": "nato-…", "variant": "001-native-rewrite"}
import type { Decision, ReviewDecisions } from '../review/review-file.js'
import { selectedFinding, type UiState, type View } from './state.js'
import { stepFinding } from './navigate.js'

export interface TriageOutcome {
  readonly state: UiState
  /** the decisions to save; absent when nothing changed */
  readonly save?: ReviewDecisions
}

export function triage(state: UiState, view: View, decision: Decision | null, now?: () => string): TriageOutcome {
  const finding = selectedFinding(view, state)
  if (!finding || !view.open) return { state: { ...state, notice: 'no finding selected: ]/[ jumps to one' } }
  const decisions = { ...state.decisions }
  if (decision === null) {
    if (!decisions[finding.fingerprint]) return { state: { ...state, notice: 'this finding has no decision to undo' } }
    delete decisions[finding.fingerprint]
  } else {
    decisions[finding.fingerprint] = {
      decision,
      check: finding.check,
      bundle: view.open.bundle.id,
      variant: view.open.variant.analyzed.doc.id,
      ...(now ? { at: now() } : {}),
    }
  }
  const open = view.open.variant.findings.filter((f) => !decisions[f.fingerprint]).length
  const verb = decision ?? 'cleared'
  let next: UiState = { ...state, decisions, notice: `${verb} \`${finding.check}\` · ${open} undecided in this variant` }
  // A ruling moves on to the next finding, so triage is one key per finding; undo stays put to show the result.
  const after = decision === null ? null : stepFinding(view, state.rowIndex, state.findingIndex, 1)
  if (after) next = { ...next, rowIndex: after.row, findingIndex: after.finding }
  return { state: next, save: decisions }
}
