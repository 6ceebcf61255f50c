// How V8 compiles for a run of mtaudit. V8's optimising compiler (TurboFan) is asked for a function once it has
// run a little (the interrupt budget: bytecode executed), and by default it is asked for hundreds of the checks'
// functions; in a `check` of a feed of a few dozen stories most of them have finished their work by the time
// their optimised code is ready, compiled on threads that share the machine's cores with the audit. A budget
// eight times the default leaves those in V8's baseline code and optimises what stays hot: such a run spends
// much less CPU and finishes sooner. Over many megabytes the gain fades, since code takes longer to settle under
// the larger budget, so past SHORT_RUN_BYTES of input (as far as the gain was measured) the default is put back
// before the audit starts: V8 reads the budget each time it resets a function's. It changes how fast, never
// what: the reports are the same bytes (docs/benchmarks.md, "Issue 14, a fourth pass").
import { setFlagsFromString } from 'node:v8'

/** V8 11's default interrupt budget (node 20) */
const V8_DEFAULT_BUDGET = 67_584

/** bytecode a function runs before V8 considers optimising it, in a short run */
export const INTERRUPT_BUDGET = 8 * V8_DEFAULT_BUDGET

/** input (characters of text) up to which a run is short */
export const SHORT_RUN_BYTES = 8 * 1024 * 1024

/**
 * The larger budget for the process, its worker threads included (V8's flags are the process's). Only the binary
 * calls it, first thing: a program that imports mtaudit as a library keeps its own V8 settings.
 */
export function tuneV8ForOneRun(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`)
}

/** V8's default budget back, for an input past SHORT_RUN_BYTES. */
export function tuneV8ForALongRun(): void {
  setFlagsFromString(`--interrupt-budget=${V8_DEFAULT_BUDGET}`)
}
