// `mtaudit check`: the inputs read twice, the report written once. The first pass checks every input, as a whole
// file read at once was checked (every bad line of a JSONL file reported, and then nothing audited: a gate that
// audited the good lines would pass a feed that lost some of its stories), keeping only bundle ids; stdin, which
// cannot be read twice, is copied to a temporary file as it is checked. The second pass reads the bundles again,
// one at a time, audits them in worker threads (--jobs) and writes the report as they come back, in input order.
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { loadBundleFolder, JsonlLines } from '../bundle/load.js'
import { CHECKS } from '../checks/index.js'
import { InputError } from '../errors.js'
import { REPORT_STREAMS, type Format, type ReportOptions } from '../report/index.js'
import { addTotals, NO_TOTALS, type Totals } from '../report/stream.js'
import { reviewFilePath } from '../review/review-file.js'
import { signature } from '../signature.js'
import type { AuditConfig, Bundle } from '../types.js'
import { taskRunner, type Rendered, type Task, type TaskSetup } from './audit-task.js'
import { limits } from './confine.js'
import { tuneV8ForRun } from './v8-tuning.js'
import { expandInputs } from './expand-inputs.js'
import { fileLines, LineDecoder } from './jsonl-input.js'
import { describeFsError, readInputs, readText, type InputSpec, type ReadStdin } from './read-input.js'
import { ReportWriter } from './report-writer.js'
import { readDecisions, reviewFilesFor, withDismissed } from './review-file-io.js'
import { inThisThread, mapOrdered, TaskFailed, workerLane, WorkerError, type Lane } from './worker-pool.js'
import { openAtomic, openTemporary } from './write-output.js'

export interface CheckRun extends InputSpec {
  readonly format: Format
  readonly output?: string
  readonly options: ReportOptions
}

export interface CheckIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** stdin's bytes as they come (the input `-`) */
  readonly stdin: () => AsyncIterable<Uint8Array>
  /** a progress line on stderr (a terminal) */
  readonly progress: boolean
  /** the most worker threads to audit with when the config does not say (`jobs`) */
  readonly cores: number
  /** MTAUDIT_DEBUG: a failed bundle's stack trace too */
  readonly debug: boolean
}

/**
 * Runs the check; resolves to the gate's exit code (0 or 1), or rejects with an InputError. `config` is asked for
 * once the inputs are read (a bad input is reported before a bad config file, as it always was); its `jobs` is how
 * many worker threads audit (1: this thread), and without it `defaultJobs` of the input's size and `io.cores`.
 */
export async function runCheck(run: CheckRun, config: () => AuditConfig, io: CheckIo): Promise<number> {
  const plan = await planInputs(run, io.stdin)
  tuneV8ForRun(plan.bytes)
  try {
    // findings an editor dismissed in `mtaudit review` stay out of the gate: every input's review file is read
    const read = readDecisions(plan.reviewFiles)
    const effective = withDismissed(config(), read.decisions)
    const setup: TaskSetup = {
      format: run.format,
      context: { ...run.options, signature: signature(effective, CHECKS), config: effective, ...(read.applied.length > 0 && { reviewFiles: read.applied }) },
    }
    const totals = await writeReport(plan, setup, effective.jobs ?? defaultJobs(plan.bytes, io.cores), run, io)
    return totals.failed > 0 || (effective.failUnverified && totals.unverified > 0) ? 1 : 0
  } finally {
    plan.dispose()
  }
}

/**
 * A worker thread starts by loading the audit and its tagger model and warming V8 up on its own: on a feed of a
 * few stories, workers cost more CPU than the main thread alone and finish no sooner (docs/benchmarks.md, "Cold
 * start again"); past a few megabytes their start is lost in the run. So by default a feed under PARALLEL_FROM
 * bytes is audited in the main thread; --jobs or the config's `jobs` decides otherwise.
 */
export const PARALLEL_FROM = 4 * 1024 * 1024

/**
 * The cores one audit thread keeps busy: V8 compiles and collects for it on threads of its own, so `--jobs 1` on
 * a long feed spends more CPU time than wall time. Two workers on two cores therefore find no core free for that
 * work, and ran slower than one thread while spending half again its CPU (docs/benchmarks.md, "Issue 14, a fourth
 * pass").
 */
export const CORES_PER_AUDIT_THREAD = 1.3

/** The worker threads of a run neither --jobs nor the config sizes: as many as the cores hold without crowding. */
export const defaultJobs = (inputBytes: number, cores: number): number => (inputBytes < PARALLEL_FROM ? 1 : Math.max(1, Math.floor(cores / CORES_PER_AUDIT_THREAD)))

async function writeReport(plan: Plan, setup: TaskSetup, requested: number, run: CheckRun, io: CheckIo): Promise<Totals> {
  const file = run.output === undefined ? undefined : openAtomic(run.output)
  let writer: ReportWriter | undefined
  try {
    writer = new ReportWriter(REPORT_STREAMS[setup.format](setup.context), file ? file.write : io.stdout, run.output === undefined ? tmpdir() : dirname(run.output))
    const jobs = Math.max(1, Math.min(requested, plan.count))
    // worker_threads is loaded only for a run that uses it: most runs audit in this thread
    const threads = jobs === 1 ? undefined : await import('node:worker_threads')
    const lanes: Lane<Task, Rendered>[] = threads === undefined ? [inThisThread(taskRunner(setup))] : Array.from({ length: jobs }, () => workerLane<Task, Rendered>((budget) => spawnWorker(threads.Worker, setup, budget)))
    let totals = NO_TOTALS
    let done = 0
    const progress = io.progress && plan.count > 1
    try {
      // two bundles a lane in hand: a lane has the next bundle as soon as it is free, and a slow bundle holds
      // back at most that many finished ones
      await mapOrdered(tasks(plan), lanes, 2 * jobs, (rendered) => {
        writer!.add(rendered.items)
        totals = addTotals(totals, rendered.totals)
        if (progress) io.stderr(++done < plan.count ? `\rmtaudit: ${done}/${plan.count} bundles…\u001b[K` : '\r\u001b[K')
      })
    } catch (error) {
      if (progress) io.stderr('\r\u001b[K')
      throw failure(error, io.debug)
    }
    writer.finish(totals)
    file?.commit()
    return totals
  } catch (error) {
    file?.abort()
    throw error
  } finally {
    writer?.dispose()
  }
}

/** A bundle that failed: `file:line: problem`, as bad input is reported (exit 2), with no stack trace unless asked. */
export function failure(error: unknown, debug: boolean): unknown {
  if (!(error instanceof TaskFailed)) return error
  const { task, cause } = error as TaskFailed<Task>
  if (cause instanceof InputError) return cause
  if (cause instanceof WorkerError && cause.where !== undefined) return new InputError(cause.where, cause.message)
  const stack = cause instanceof WorkerError ? cause.workerStack : cause instanceof Error ? (cause.stack ?? '') : ''
  const message = cause instanceof Error ? cause.message : String(cause)
  return new InputError(task.at, `the audit failed: ${message}${debug ? `\n${stack}` : ' (set MTAUDIT_DEBUG=1 for details)'}`)
}

/**
 * A worker's memory budget (MB of V8 heap): the old generation holds the audit's models and one bundle's
 * analysis, the young one what a bundle allocates along the way. Without it each worker's heap grows as V8 sees
 * fit, to several times what the audit holds, and the process's memory with it; a news story's bundle fits the
 * budget, and a bundle that needs more (a whole book as one variant) is run again on a worker without one (see
 * workerLane).
 */
const WORKER_BUDGET = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 }

function spawnWorker(Thread: typeof Worker, setup: TaskSetup, budget: boolean): Worker {
  const options = { workerData: setup, ...(budget && { resourceLimits: WORKER_BUDGET }) }
  // run from the TypeScript sources (the tests), the worker is one too, loaded through tsx
  if (import.meta.url.endsWith('.ts')) return new Thread(new URL('./audit-worker.ts', import.meta.url), { ...options, execArgv: ['--import', 'tsx'] })
  return new Thread(new URL('./audit-worker.js', import.meta.url), options)
}

type PlannedSource = { readonly kind: 'bundles'; readonly bundles: readonly Bundle[] } | { readonly kind: 'folder'; readonly path: string } | { readonly kind: 'jsonl'; readonly path: string; readonly shown: string }

interface Plan {
  readonly sources: readonly PlannedSource[]
  /** how many bundles */
  readonly count: number
  /** how much text: the documents' characters, or a JSONL feed's */
  readonly bytes: number
  /** each input's review file; null for stdin */
  readonly reviewFiles: readonly (string | null)[]
  /** removes the copy of stdin */
  dispose(): void
}

/** The first pass: every input checked, nothing kept but bundle ids (and stdin's copy). */
async function planInputs(spec: InputSpec, stdin: () => AsyncIterable<Uint8Array>): Promise<Plan> {
  if (spec.reference !== undefined || spec.inputs.length === 0) {
    // one bundle from loose files, or the story bundled with mtaudit: small, read as they always were
    const inputs = await readInputs(spec, () => Promise.reject(new Error('no stdin here')))
    return { sources: [{ kind: 'bundles', bundles: inputs.bundles }], count: inputs.bundles.length, bytes: inputs.bundles.reduce((sum, bundle) => sum + textLength(bundle), 0), reviewFiles: [...reviewFilesFor(inputs).values()], dispose: () => {} }
  }
  const sources: PlannedSource[] = []
  const reviewFiles: (string | null)[] = []
  const ids: { id: string; path: string | undefined }[] = []
  const copies: { remove(): void }[] = []
  const cap = limits.maxFileBytes
  let bytes = 0
  // each line checked as bundle.json is, and counted towards the feed's size
  const checkLine = (lines: JsonlLines, line: { readonly text: string; readonly number: number }) => {
    lines.check(line.text, line.number)
    bytes += line.text.length
  }
  try {
    for (const source of await expandInputs(spec.inputs)) {
      if (source.kind === 'folder') {
        const bundle = loadBundleFolder(source.path, readText)
        ids.push({ id: bundle.id, path: bundle.path })
        bytes += textLength(bundle)
        sources.push(source)
        reviewFiles.push(reviewFilePath(join(source.path, 'bundle.json')))
      } else if (source.kind === 'jsonl') {
        const lines = new JsonlLines(source.path)
        for (const line of fileLines(source.path, source.path, cap, describeFsError)) checkLine(lines, line)
        lines.end()
        for (const id of lines.ids()) ids.push({ id, path: undefined })
        sources.push({ kind: 'jsonl', path: source.path, shown: source.path })
        reviewFiles.push(reviewFilePath(source.path))
      } else {
        const copy = openTemporary(join(tmpdir(), `.mtaudit-stdin.${process.pid}.${randomBytes(6).toString('hex')}.tmp`), (error) => new InputError(tmpdir(), `cannot write a temporary file: ${describeFsError(error)}`))
        copies.push(copy)
        const lines = new JsonlLines('<stdin>')
        const decoder = new LineDecoder('<stdin>', cap)
        try {
          for await (const chunk of stdin()) {
            copy.write(chunk)
            for (const line of decoder.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))) checkLine(lines, line)
          }
        } catch (error) {
          if (error instanceof InputError) throw error
          throw new InputError('<stdin>', describeFsError(error))
        }
        for (const line of decoder.end()) checkLine(lines, line)
        lines.end()
        for (const id of lines.ids()) ids.push({ id, path: undefined })
        sources.push({ kind: 'jsonl', path: copy.path, shown: '<stdin>' })
        reviewFiles.push(null)
      }
    }
    const first = new Map<string, string | undefined>()
    for (const { id, path } of ids) {
      // two folders of a tree with the same id would mix their decisions and baselines: name both
      if (first.has(id)) {
        const earlier = first.get(id)
        throw new InputError(path ?? spec.inputs.join(' '), `bundle id \`${id}\` is given twice${earlier === undefined ? '' : ` (also in ${earlier})`}`)
      }
      first.set(id, path)
    }
  } catch (error) {
    for (const copy of copies) copy.remove()
    throw error
  }
  return { sources, count: ids.length, bytes, reviewFiles, dispose: () => copies.forEach((copy) => copy.remove()) }
}

/** a bundle's text: its documents' characters */
export const textLength = (bundle: Bundle): number => bundle.variants.reduce((sum, variant) => sum + variant.text.length, bundle.reference?.text.length ?? 0)

/** The second pass: the bundles in input order, read one at a time as the lanes ask for them. */
function* tasks(plan: Plan): Generator<Task> {
  for (const source of plan.sources) {
    if (source.kind === 'bundles') for (const bundle of source.bundles) yield { at: bundle.path ?? bundle.id, bundle }
    else if (source.kind === 'folder') yield { at: source.path, bundle: loadBundleFolder(source.path, readText) }
    else
      for (const line of fileLines(source.path, source.shown, limits.maxFileBytes, describeFsError)) {
        if (line.text.trim() !== '') yield { at: `${source.shown}:${line.number}`, line: line.text }
      }
  }
}

/** Stdin as it comes; `readStdin` (tests) gives it all at once. */
export function stdinChunks(readStdin?: ReadStdin): () => AsyncIterable<Uint8Array> {
  if (readStdin) return async function* () {
    yield await readStdin()
  }
  return () => process.stdin
}
