// How long align() takes on n × n sentences, for bench/align.ts. The texts need n distinct sentences: the zone
// step reads a paragraph printed twice as page chrome (000 prints its standfirst twice), so a pool that repeats
// would leave the reference with fewer sentences than named (before this, "600×600" was 562 × 280).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { scoreAlignments } from './align-eval/evaluate.js'
import { generateCase } from './align-eval/generate.js'
import { align } from '../src/align/index.js'
import { alignable } from '../src/align/units.js'
import { analyze } from '../src/analyze.js'
import type { AnalyzedDocument, Link } from '../src/types.js'

const RUNS = 15
// untimed runs first, so the median is of optimised code, not of the compiler at work
const WARM_UP = 5

/**
 * Distinct sentences: the given ones (newstest2021 references), then the lines of each WMT bundle file's first
 * variant (gen23 has no references; its MT output is English news too), in file order.
 */
export function speedPool(first: readonly string[], bundleFiles: readonly string[]): string[] {
  const pool = new Set(first.map((s) => s.trim()).filter(Boolean))
  for (const file of bundleFiles.filter((f) => existsSync(f))) {
    for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
      const b = JSON.parse(line) as { variants: { text: string }[] }
      for (const s of b.variants[0]?.text.split('\n') ?? []) if (s.trim()) pool.add(s.trim())
    }
  }
  return [...pool]
}

export interface Speed {
  /** sentences aligned on each side (less than n when the pool is short) */
  readonly variant: number
  readonly reference: number
  /** median and fastest wall time, and median CPU time of the process (the machine's other load counts less) */
  readonly medianMs: number
  readonly minMs: number
  readonly cpuMs: number
}

/** An n-sentence variant made from an n-sentence reference: paragraphs moved, every sentence edited. */
export function speed(pool: readonly string[], n: number): Speed {
  // a pool line can be cut into two sentences or be read as a caption line: take lines until n sentences
  let { reference, variant } = texts(pool, n, n)
  for (let lines = n, k = 0; k < 5 && alignable(reference).length !== n && lines < pool.length; k++) {
    lines = Math.min(pool.length, lines + n - alignable(reference).length)
    ;({ reference, variant } = texts(pool, lines, n))
  }
  for (let run = 0; run < WARM_UP; run++) align({ ...variant }, { ...reference })
  const wall: number[] = []
  const cpu: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const used = process.cpuUsage()
    const start = performance.now()
    // fresh document objects each run: the reference prepared by the previous run (src/align/index.ts) is not reused
    align({ ...variant }, { ...reference })
    wall.push(performance.now() - start)
    const { user, system } = process.cpuUsage(used)
    cpu.push((user + system) / 1000)
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
  return {
    variant: alignable(variant).length,
    reference: alignable(reference).length,
    medianMs: median(wall),
    minMs: Math.min(...wall),
    cpuMs: median(cpu),
  }
}

function texts(pool: readonly string[], lines: number, seed: number): { reference: AnalyzedDocument; variant: AnalyzedDocument } {
  const sentences = pool.slice(0, lines)
  const paragraphs: string[][] = []
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3))
  const c = generateCase(paragraphs, [], seed, { move: 0.3, drop: 0, split: 0, merge: 0, add: 0, edit: 1 })
  return {
    reference: analyze({ id: 'r', role: 'reference', text: c.reference }, false),
    variant: analyze({ id: 'v', role: 'variant', text: c.variant }, false),
  }
}

export interface LongDocument {
  readonly variant: number
  readonly reference: number
  /** CPU ms of align() with every pair scored, and with the long-text path (src/align/scores.ts, EXACT_PAIRS) */
  readonly exactCpuMs: number
  readonly sparseCpuMs: number
  /** strict F1 of the long-text path's links against every pair's (1: the same links) */
  readonly agreement: number
}

/**
 * Past EXACT_PAIRS the aligner scores a sample and each unit's rarest-word partners instead of every pair: on
 * an n-sentence document made as speed()'s are (the pool's sentences, then again numbered "(2)"), both ways,
 * and how far their links agree.
 */
export function longDocument(pool: readonly string[], n: number): LongDocument {
  const sentences = Array.from({ length: n }, (_, i) => {
    const s = pool[i % pool.length] as string
    const round = Math.floor(i / pool.length)
    return round === 0 ? s : `${s.replace(/[.!?]$/, '')} (${round + 1}).`
  })
  const paragraphs: string[][] = []
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3))
  const c = generateCase(paragraphs, pool.slice(-300), n, { move: 0.3, drop: 0.15, split: 0.1, merge: 0.1, add: 0.3, edit: 0.5 })
  const reference = analyze({ id: 'r', role: 'reference', text: c.reference }, false)
  const variant = analyze({ id: 'v', role: 'variant', text: c.variant }, false)
  const [exact, sparse] = [Infinity, undefined].map((exactPairs) => {
    const used = process.cpuUsage()
    const links = align({ ...variant }, { ...reference }, exactPairs === undefined ? {} : { exactPairs })
    const { user, system } = process.cpuUsage(used)
    return { links, cpuMs: (user + system) / 1000 }
  }) as [{ links: Link[]; cpuMs: number }, { links: Link[]; cpuMs: number }]
  return {
    variant: alignable(variant).length,
    reference: alignable(reference).length,
    exactCpuMs: Math.round(exact.cpuMs),
    sparseCpuMs: Math.round(sparse.cpuMs),
    agreement: +scoreAlignments([exact.links], [sparse.links]).f1Strict.toFixed(4),
  }
}

/** "2 cores, load 4.7": how busy the machine was, printed beside the times. */
export function machine(): string {
  return `${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}`
}

/**
 * speed() for each n in a node process of its own. In the bench's process the aligner has first run the
 * evaluation's hundreds of varied cases, and the code V8 keeps for them ran the same 300 × 300 case about 1.5×
 * slower (49–61 ms against 33–39, measured): a figure of the aligner, not of what ran before it.
 */
export function speedInOwnProcess(pool: readonly string[], sizes: readonly number[]): Record<number, Speed> {
  return inOwnProcess(pool, sizes, false) as Record<number, Speed>
}

/** longDocument() for each n, in a node process of its own as speedInOwnProcess. */
export function longDocumentsInOwnProcess(pool: readonly string[], sizes: readonly number[]): Record<number, LongDocument> {
  return inOwnProcess(pool, sizes, true) as Record<number, LongDocument>
}

function inOwnProcess(pool: readonly string[], sizes: readonly number[], long: boolean): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'mtaudit-align-speed-'))
  try {
    const input = join(dir, 'pool.json')
    writeFileSync(input, JSON.stringify({ pool, sizes, long }))
    const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), input], { encoding: 'utf8', maxBuffer: 1 << 26 })
    return JSON.parse(output) as unknown
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// run as a script (by speedInOwnProcess): node align-speed.js pool.json → the speeds as JSON on stdout
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { pool, sizes, long } = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as { pool: string[]; sizes: number[]; long?: boolean }
  process.stdout.write(JSON.stringify(Object.fromEntries(sizes.map((n) => [n, long ? longDocument(pool, n) : speed(pool, n)]))))
}
