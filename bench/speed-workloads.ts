// What the speed benchmark runs on, and how it times it. Every workload reads its files from disk on each run:
// reading is part of both the end-to-end time and the floor, as it is for a user running `mtaudit check`.
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { split } from 'sentence-splitter'
import { decodeText } from '../src/bundle/decode.js'
import { loadBundleFolder, loadJsonlBundles } from '../src/bundle/load.js'
import { INTERRUPT_BUDGET } from '../src/cli/v8-tuning.js'
import { nonBlankLines } from '../src/zone/lines.js'
import type { Bundle } from '../src/types.js'
import { auditBundles } from './mtaudit-hook.js'

/** What names a workload, so that another process can make the same one. */
export type WorkloadSpec =
  | { readonly kind: 'story'; readonly root: string; readonly times: number }
  | { readonly kind: 'jsonl'; readonly name: string; readonly path: string }

export interface Workload {
  readonly name: string
  readonly spec: WorkloadSpec
  /** reads the workload's files and returns its bundles (the product's own loaders) */
  load(): Bundle[]
}

export const workloadOf = (spec: WorkloadSpec): Workload =>
  spec.kind === 'story' ? storyWorkload(spec.root, spec.times) : jsonlWorkload(spec.name, spec.path)

const readText = (path: string) => decodeText(readFileSync(path), path)

/** The story bundled in reference/, read `times` times over: a steady stream of wire-news bundles. */
export function storyWorkload(root: string, times: number): Workload {
  const folders = readdirSync(join(root, 'reference'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, 'reference', d.name))
    .sort()
  return {
    name: `story×${times}`,
    spec: { kind: 'story', root, times },
    load: () => Array.from({ length: times }, () => folders.map((f) => loadBundleFolder(f, readText))).flat(),
  }
}

/** A JSONL bundle file of the bench sets (one sentence a line). */
export function jsonlWorkload(name: string, path: string): Workload {
  return { name, spec: { kind: 'jsonl', name, path }, load: () => loadJsonlBundles(readText(path), path) }
}

/**
 * The floor: read the same files and split every document with sentence-splitter, line by line (as the
 * segmenter does: sentence-splitter is superlinear on long strings). Nothing faster can audit the
 * text, so mtaudit's time is reported as a multiple of this. Returns the number of sentences found.
 */
export function readAndSplit(workload: Workload): number {
  let sentences = 0
  for (const bundle of workload.load()) {
    const docs = bundle.reference ? [bundle.reference, ...bundle.variants] : bundle.variants
    for (const doc of docs) {
      for (const line of nonBlankLines(doc.text)) {
        for (const node of split(line.text)) if (node.type === 'Sentence') sentences++
      }
    }
  }
  return sentences
}

export interface Timing {
  /** median wall time of one run, ms */
  readonly ms: number
  /** median CPU time of one run, ms: every thread of the process, so V8's compiler and collector threads count */
  readonly cpuMs: number
  readonly runs: number
}

/** One run's wall and CPU time. */
function once(fn: () => unknown): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage()
  const start = performance.now()
  fn()
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { ms, cpuMs: (used.user + used.system) / 1000 }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Median of repeated runs once V8 has settled: warm-up runs until ten have run or five seconds have passed,
 * then at least ten runs and three seconds of them, at most 30. Warming up takes that long because V8 keeps
 * optimising for about ten runs: audit() of nt21 ran 531, 535, 524, 415, 408, 545, 407, 388, 461, 508, 380… ms in
 * one process (measured), so a median taken from the third run on was still a warming figure. The median, not
 * the minimum, so a figure is what a user sees; the first run of a new process is reported beside it.
 */
export function time(fn: () => unknown): Timing {
  const warmStart = performance.now()
  for (let runs = 0; runs < 10 && performance.now() - warmStart < 5000; runs++) fn()
  const ms: number[] = []
  const cpuMs: number[] = []
  let total = 0
  while (ms.length < 10 || (total < 3000 && ms.length < 30)) {
    const run = once(fn)
    ms.push(run.ms)
    cpuMs.push(run.cpuMs)
    total += run.ms
  }
  return { ms: median(ms), cpuMs: median(cpuMs), runs: ms.length }
}

export type Measured = 'audit' | 'floor'

export interface OwnProcessTiming extends Timing {
  /** the first run in the new process, V8 compiling as it goes: what one `mtaudit check` of these files costs
   * after node has started and loaded the modules (wall and CPU ms) */
  readonly firstMs: number
  readonly firstCpuMs: number
  /** the process's peak resident memory, MiB */
  readonly peakRssMiB: number
}

/**
 * Times mtaudit's audit() (reading included) or the floor on one workload in a node process of its own. In the
 * bench's own process the same audit of nt21 ran about 1.3× slower after the other workloads and benchmark
 * modules (683 ms median against 556 alone, measured): V8 keeps the code it compiled for what ran before, and
 * the heap holds what they left. A user's `mtaudit check` runs in a fresh process too.
 */
export function timeInOwnProcess(spec: WorkloadSpec, measured: Measured): OwnProcessTiming {
  // V8 tuned as the binary tunes it (src/cli/v8-tuning.ts), from the process's start: the first run is what a
  // `check` of these files costs
  const output = execFileSync(process.execPath, [`--interrupt-budget=${INTERRUPT_BUDGET}`, fileURLToPath(import.meta.url), JSON.stringify({ spec, measured })], {
    encoding: 'utf8',
  })
  return JSON.parse(output) as OwnProcessTiming
}

function measureHere(spec: WorkloadSpec, measured: Measured): OwnProcessTiming {
  const workload = workloadOf(spec)
  const run = measured === 'floor' ? () => readAndSplit(workload) : () => auditBundles?.(workload.load())
  const first = once(run)
  return { firstMs: first.ms, firstCpuMs: first.cpuMs, ...time(run), peakRssMiB: peakRssMiB() }
}

// run as a script (by timeInOwnProcess): node speed-workloads.js '{"spec":…,"measured":"audit"}' → timing as JSON
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { spec, measured } = JSON.parse(process.argv[2] as string) as { spec: WorkloadSpec; measured: Measured }
  process.stdout.write(JSON.stringify(measureHere(spec, measured)))
}

/** Peak resident memory of the process so far, MiB (the kernel's high-water mark, not a sample). */
export function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024)
}
