// How V8 compiles for a run of mtaudit. V8's optimising compiler (TurboFan) is asked for a function once it has
// run a little (the interrupt budget: bytecode executed), and by default it is asked for hundreds of the checks'
// functions; in a `check` of a feed of a few dozen stories most of them have finished their work by the time
// their optimised code is ready, compiled on threads that share the machine's cores with the audit. A budget
// eight times the default leaves those in V8's baseline code and optimises what stays hot: such a run spends
// much less CPU and finishes sooner. Over many megabytes the gain fades, since code takes longer to settle under
// the larger budget, so a run past SHORT_RUN_BYTES of input (as far as the gain was measured) keeps V8's budget,
// whatever node was started with. The budget is set once the input is read and before the audit starts: V8 reads
// it each time it resets a function's, so every function of the audit runs under it. It changes how fast, never
// what: the reports are the same bytes (docs/benchmarks.md, "Issue 14, a fourth pass").
import { setFlagsFromString } from 'node:v8'

/** bytecode a function runs before V8 considers optimising it, in a short run: eight times V8 11's default (node 20) */
export const INTERRUPT_BUDGET = 8 * 67_584

/** input (characters of text) up to which a run is short */
export const SHORT_RUN_BYTES = 8 * 1024 * 1024

/**
 * The larger budget for a run over `inputBytes` characters of text, when the run is short; for the process, its
 * worker threads included (V8's flags are the process's). The commands call it (check, review); the library's
 * audit() leaves V8 alone.
 */
export function tuneV8ForRun(inputBytes: number): void {
  if (inputBytes < SHORT_RUN_BYTES) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`)
}
