// The figures a user sees: `mtaudit …` run as a command, a new node process each time, so module loading,
// V8 compiling as it goes and the heap growing from nothing are all counted. CPU time (user + system, every
// thread) and peak resident memory come from the child itself (process.resourceUsage() at exit, through the
// small module child-usage.ts loaded with --import); wall time is the parent's.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { generateCase } from './align-eval/generate.js'

const here = dirname(fileURLToPath(import.meta.url))
const usageModule = join(here, 'child-usage.js')

export interface ColdRun {
  /** median over the runs: wall ms, CPU ms (user + system), peak resident memory MiB */
  readonly ms: number
  readonly cpuMs: number
  readonly peakRssMiB: number
  readonly runs: number
  /** the command's exit code (check: 0 pass, 1 a variant fails the gate) */
  readonly exitCode: number | null
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** `node <args…>` in a new process, `runs` times; the medians. stdout is discarded (a report is not timed twice). */
export function coldRuns(args: readonly string[], runs: number): ColdRun {
  const dir = mkdtempSync(join(tmpdir(), 'mtaudit-cold-'))
  const ms: number[] = []
  const cpuMs: number[] = []
  const rss: number[] = []
  let exitCode: number | null = null
  try {
    for (let run = 0; run < runs; run++) {
      const file = join(dir, `${run}.json`)
      const start = performance.now()
      const child = spawnSync(process.execPath, ['--import', usageModule, ...args], {
        env: { ...process.env, MTAUDIT_BENCH_USAGE: file },
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 1 << 26,
      })
      ms.push(performance.now() - start)
      exitCode = child.status
      if (child.status !== 0 && child.status !== 1) throw new Error(`node ${args.join(' ')}: exit ${child.status}: ${child.stderr}`)
      const usage = JSON.parse(readFileSync(file, 'utf8')) as { cpuMs: number; maxRssKiB: number }
      cpuMs.push(usage.cpuMs)
      rss.push(usage.maxRssKiB / 1024)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return { ms: median(ms), cpuMs: median(cpuMs), peakRssMiB: Math.round(median(rss)), runs, exitCode }
}

/** `node` with nothing to do, the same way: what any command costs at least. */
export const bareNode = (runs: number): ColdRun => coldRuns(['-e', '0'], runs)

/**
 * A bundle folder of one n-sentence reference and one variant made from it (paragraphs moved, every sentence
 * edited: generate.ts), written under `dir`. The sentences are the pool's, distinct; past the pool's end they
 * come round again with the round's number ("… (2)"), so that no paragraph repeats (a paragraph printed twice
 * is read as page chrome).
 */
export function documentBundle(pool: readonly string[], n: number, dir: string): string {
  const sentences = Array.from({ length: n }, (_, i) => {
    const s = pool[i % pool.length]!
    const round = Math.floor(i / pool.length)
    return round === 0 ? s : `${s.replace(/[.!?]$/, '')} (${round + 1}).`
  })
  const paragraphs: string[][] = []
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3))
  const c = generateCase(paragraphs, [], n, { move: 0.3, drop: 0, split: 0, merge: 0, add: 0, edit: 1 })
  const folder = join(dir, `doc-${n}`)
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'reference.txt'), c.reference)
  writeFileSync(join(folder, 'variant.txt'), c.variant)
  writeFileSync(
    join(folder, 'bundle.json'),
    JSON.stringify({ id: `doc-${n}`, reference: { id: 'reference', file: 'reference.txt' }, variants: [{ id: 'variant', file: 'variant.txt' }] }),
  )
  return folder
}

/** Distinct lines of every document of the given JSONL bundle files (references and variants), in file order. */
export function linePool(bundleFiles: readonly string[]): string[] {
  const pool = new Set<string>()
  for (const file of bundleFiles) {
    for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
      const bundle = JSON.parse(line) as { reference: { text: string } | null; variants: { text: string }[] }
      for (const doc of [bundle.reference, ...bundle.variants]) {
        for (const s of doc?.text.split('\n') ?? []) if (s.trim()) pool.add(s.trim())
      }
    }
  }
  return [...pool]
}

/** A bundle of a two-sentence reference and a two-sentence variant: what every `check` pays whatever its input. */
export function tinyBundle(dir: string): string {
  const folder = join(dir, 'tiny')
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'reference.txt'), 'NATO chief Jens Stoltenberg arrived in Seoul on Monday. He asked South Korea to step up military support for Ukraine.\n')
  writeFileSync(join(folder, 'variant.txt'), 'NATO head Jens Stoltenberg came to Seoul on Monday. He urged South Korea to increase its military aid to Ukraine.\n')
  writeFileSync(
    join(folder, 'bundle.json'),
    JSON.stringify({ id: 'tiny', reference: { id: 'reference', file: 'reference.txt' }, variants: [{ id: 'variant', file: 'variant.txt' }] }),
  )
  return folder
}

export interface ScalingPoint extends ColdRun {
  readonly sentences: number
  /** CPU time over the previous (half as long) document's */
  readonly cpuPerDoubling: number | null
}

/** `mtaudit check --format json` on one n-sentence document against its reference, n doubling from `sizes[0]`. */
export function scalingCurve(cli: string, pool: readonly string[], sizes: readonly number[], dir: string): ScalingPoint[] {
  const points: ScalingPoint[] = []
  for (const n of sizes) {
    const folder = documentBundle(pool, n, dir)
    // one run of the long documents: they take seconds each, and their time varies less than a short run's
    const run = coldRuns([cli, 'check', folder, '--format', 'json'], n >= 2000 ? 1 : 3)
    const previous = points.at(-1)
    points.push({ sentences: n, ...run, cpuPerDoubling: previous ? +(run.cpuMs / previous.cpuMs).toFixed(2) : null })
  }
  return points
}

/**
 * A bundle of the bundled story's reference and one variant of `unit` repeated to 100,000 characters: ". ,"
 * (33,000 one-mark sentences), "a. " (one sentence and 33,000 fragments of it), the hostile input of issue 17.
 */
export function hostileBundle(storyReference: string, unit: string, dir: string, name: string): string {
  const folder = join(dir, name)
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'reference.txt'), readFileSync(storyReference, 'utf8'))
  writeFileSync(join(folder, 'variant.txt'), unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000))
  writeFileSync(join(folder, 'bundle.json'), JSON.stringify({ id: name, reference: { id: 'reference', file: 'reference.txt' }, variants: [{ id: 'variant', file: 'variant.txt' }] }))
  return folder
}

export interface VariantsPoint extends ColdRun {
  readonly variants: number
  /** CPU time over the previous (half as many variants) bundle's */
  readonly cpuPerDoubling: number | null
}

/**
 * `mtaudit check --format json` on one bundle of a 30-sentence reference and k variants made from it (paragraphs
 * moved, sentences dropped, split, merged and edited: generate.ts, a seed each), k doubling: what a story
 * carried by many feeds costs.
 */
export function variantsCurve(cli: string, pool: readonly string[], counts: readonly number[], dir: string): VariantsPoint[] {
  const sentences = pool.slice(0, 30)
  const paragraphs: string[][] = []
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3))
  const points: VariantsPoint[] = []
  for (const k of counts) {
    const folder = join(dir, `variants-${k}`)
    mkdirSync(folder, { recursive: true })
    const variants = Array.from({ length: k }, (_, i) => {
      const c = generateCase(paragraphs, pool.slice(30, 60), i + 1, { move: 0.3, drop: 0.15, split: 0.1, merge: 0.1, add: 0.3, edit: 0.5 })
      if (i === 0) writeFileSync(join(folder, 'reference.txt'), c.reference)
      writeFileSync(join(folder, `variant-${i}.txt`), c.variant)
      return { id: `variant-${i}`, file: `variant-${i}.txt` }
    })
    writeFileSync(join(folder, 'bundle.json'), JSON.stringify({ id: `variants-${k}`, reference: { id: 'reference', file: 'reference.txt' }, variants }))
    const run = coldRuns([cli, 'check', folder, '--format', 'json'], 3)
    const previous = points.at(-1)
    points.push({ variants: k, ...run, cpuPerDoubling: previous ? +(run.cpuMs / previous.cpuMs).toFixed(2) : null })
  }
  return points
}

/** sacreBLEU's CLI, when it is installed: chrF on the same pairs, the command's own CPU time. */
export function sacrebleuChrf(pairs: readonly (readonly [string, string])[], dir: string): ColdRun | null {
  const found = spawnSync('sacrebleu', ['--version'], { stdio: 'ignore' })
  if (found.error || found.status !== 0) return null
  const hypotheses = join(dir, 'hyp.txt')
  const references = join(dir, 'ref.txt')
  writeFileSync(hypotheses, `${pairs.map(([h]) => h.replace(/\n/g, ' ')).join('\n')}\n`)
  writeFileSync(references, `${pairs.map(([, r]) => r.replace(/\n/g, ' ')).join('\n')}\n`)
  const usage = join(dir, 'usage.txt')
  const start = performance.now()
  // GNU time for a program that is not node: user + system seconds and the peak resident KiB
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', usage, 'sacrebleu', references, '-i', hypotheses, '-m', 'chrf', '--sentence-level'], {
    stdio: 'ignore',
  })
  const ms = performance.now() - start
  if (run.status !== 0) return null
  const [user, system, rss] = readFileSync(usage, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
  return { ms, cpuMs: (user! + system!) * 1000, peakRssMiB: Math.round(rss! / 1024), runs: 1, exitCode: 0 }
}
