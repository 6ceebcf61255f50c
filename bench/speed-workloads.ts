// What the speed benchmark runs on, and how it times it. Every workload reads its files from disk on each run:
// reading is part of both the end-to-end time and the floor, as it is for a user running `mtaudit check`.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { split } from 'sentence-splitter'
import { decodeText } from '../src/bundle/decode.js'
import { loadBundleFolder, loadJsonlBundles } from '../src/bundle/load.js'
import { nonBlankLines } from '../src/text/lines.js'
import type { Bundle } from '../src/types.js'

export interface Workload {
  readonly name: string
  /** reads the workload's files and returns its bundles (the product's own loaders) */
  load(): Bundle[]
}

const readText = (path: string) => decodeText(readFileSync(path), path)

/** The story bundled in reference/, read `times` times over: a steady stream of wire-news bundles. */
export function storyWorkload(root: string, times: number): Workload {
  const folders = readdirSync(join(root, 'reference'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, 'reference', d.name))
    .sort()
  return {
    name: `story×${times}`,
    load: () => Array.from({ length: times }, () => folders.map((f) => loadBundleFolder(f, readText))).flat(),
  }
}

/** A JSONL bundle file of the bench sets (one sentence a line). */
export function jsonlWorkload(name: string, path: string): Workload {
  return { name, load: () => loadJsonlBundles(readText(path), path) }
}

/**
 * The floor: read the same files and split every document with sentence-splitter, line by line (as the
 * segmenter does: sentence-splitter is superlinear on long strings, DESIGN.md). Nothing faster can audit the
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
  readonly runs: number
}

/**
 * Median of repeated runs after one warm-up run (which lets V8 compile the hot paths): at least 3 runs and
 * about a second of work, at most 30 runs. The median, not the minimum, so a figure is what a user sees.
 */
export function time(fn: () => unknown): Timing {
  fn()
  const samples: number[] = []
  let total = 0
  while (samples.length < 3 || (total < 1000 && samples.length < 30)) {
    const start = performance.now()
    fn()
    const ms = performance.now() - start
    samples.push(ms)
    total += ms
  }
  samples.sort((a, b) => a - b)
  const mid = samples.length >> 1
  const ms = samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2
  return { ms, runs: samples.length }
}

/** Peak resident memory of the process so far, MiB (the kernel's high-water mark, not a sample). */
export function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024)
}
