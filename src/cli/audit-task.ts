// One bundle of a `check` run, from its input to its part of the report: what a worker thread does with each
// bundle it is sent, and what `--jobs 1` does in this thread. Only the report's part and the bundle's share of the
// totals travel back, not the bundle's analysis, which is large and would be copied between threads.
import { auditBundle } from '../audit.js'
import { jsonlBundle } from '../bundle/load.js'
import { REPORT_STREAMS, type Format, type ReportContext } from '../report/index.js'
import { bundleTotals, type ReportItem, type Totals } from '../report/stream.js'
import type { Bundle } from '../types.js'

/** A bundle to audit: a JSONL line (checked already, parsed where it is audited) or a bundle read from a folder. */
export type Task = { readonly at: string; readonly line: string } | { readonly at: string; readonly bundle: Bundle }

/** What every task of a run shares: sent once to each worker. */
export interface TaskSetup {
  readonly format: Format
  readonly context: ReportContext
}

/**
 * A bundle's part of the report: its items for each body of the format, and its share of the totals. An item in
 * pieces is made as it is written (see ReportItem), from the bundle's analysis, which it keeps until then.
 */
export interface Rendered {
  readonly items: ReportItem[][]
  readonly totals: Totals
}

/** The part with every item's pieces made: what a worker sends (a generator cannot be copied between threads). */
export function settled(rendered: Rendered): Rendered {
  return { items: rendered.items.map((list) => list.map((item) => (typeof item === 'string' ? item : [...item]))), totals: rendered.totals }
}

export function taskRunner(setup: TaskSetup): (task: Task) => Rendered {
  const stream = REPORT_STREAMS[setup.format](setup.context)
  return (task) => {
    const bundle = 'line' in task ? jsonlBundle(task.line, task.at) : task.bundle
    const result = auditBundle(bundle, setup.context.config)
    return { items: stream.bundle(result), totals: bundleTotals(result) }
  }
}
