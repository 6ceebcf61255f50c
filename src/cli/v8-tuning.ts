// How V8 compiles for a run of mtaudit. A `check` runs once over its input and ends: V8's optimising compiler
// (TurboFan) is asked for a function once it has run a little (the interrupt budget: bytecode executed), and by
// default it is asked for hundreds of the checks' functions that finish their work soon after, on threads that
// share the machine's cores with the audit. A budget eight times the default leaves those in V8's baseline code
// and optimises what stays hot: a cold `check` of a feed of a few dozen stories spends much less CPU
// and finishes sooner, and a long run, where the hot code is optimised either way, a little less. It changes
// how fast, never what: the reports are the same bytes (docs/benchmarks.md, "Issue 14, a fourth pass").
import { setFlagsFromString } from 'node:v8'

/** bytecode a function runs before V8 considers optimising it: eight times V8 11's default of 67,584 */
export const INTERRUPT_BUDGET = 8 * 67_584

/**
 * Sets the budget for the process, its worker threads included (V8's flags are the process's). Only the binary
 * calls it: a program that imports mtaudit as a library keeps its own V8 settings.
 */
export function tuneV8ForOneRun(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`)
}
