// The JSONL scaling curve of `npm run bench -- speed`: `mtaudit check --format json` on a JSONL feed of 1, 20 and
// 200 MB with 1 and 2 worker threads (--jobs), each a new process run once, as CI runs it: CPU (every thread),
// wall and peak resident memory. The feeds are nt21's bundles repeated, each copy's bundle ids made its own
// (`…~2`), written to the system's temporary folder and removed after, as is the report (--output). A bounded memory shows as the same peak at
// every size; the speed-up of 2 workers as the wall time of 1 over that of 2. MTAUDIT_BENCH_MAX_MB=20 stops at
// 20 MB, for a quick run.
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { coldRuns, type ColdRun } from './speed-cold.js'

export const JSONL_SIZES_MB = [1, 20, 200]
export const JSONL_JOBS = [1, 2]

export interface JsonlPoint extends ColdRun {
  readonly mb: number
  readonly bundles: number
  readonly jobs: number
  /** the report's summary.variants */
  readonly variants: number
}

/** summary.variants from the head of a JSON report, without reading the rest: it is several times the feed's size. */
function reportedVariants(file: string): number | null {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch {
    return null
  }
  const head = Buffer.alloc(4096)
  const got = readSync(fd, head, 0, head.length, 0)
  closeSync(fd)
  const match = /"summary": \{\s*"variants": (\d+)/.exec(head.subarray(0, got).toString('utf8'))
  return match ? Number(match[1]) : null
}

/** A feed of at least `mb` MB made of `source`'s lines, copy k's bundle ids suffixed `~k`; its bundle count. */
export function repeatedFeed(source: string, mb: number, file: string): number {
  const lines = readFileSync(source, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string })
  const fd = openSync(file, 'w')
  let bytes = 0
  let bundles = 0
  try {
    for (let copy = 1; bytes < mb * 1e6; copy++) {
      for (const bundle of lines) {
        const text = `${JSON.stringify({ ...bundle, id: copy === 1 ? bundle.id : `${bundle.id}~${copy}` })}\n`
        bytes += writeSync(fd, text)
        bundles++
        if (bytes >= mb * 1e6) break
      }
    }
  } finally {
    closeSync(fd)
  }
  return bundles
}

export function jsonlCurve(cli: string, source: string, maxMb: number): JsonlPoint[] {
  const dir = mkdtempSync(join(tmpdir(), 'mtaudit-jsonl-'))
  const points: JsonlPoint[] = []
  try {
    for (const mb of JSONL_SIZES_MB.filter((size) => size <= maxMb)) {
      const file = join(dir, `feed-${mb}mb.jsonl`)
      const bundles = repeatedFeed(source, mb, file)
      for (const jobs of JSONL_JOBS) {
        const report = join(dir, 'report.json')
        const run = coldRuns([cli, 'check', file, '--format', 'json', '--jobs', String(jobs), '--output', report], 1)
        // exit 1 is a failing gate, and also what a crash gives: the report must be there and count every variant
        const variants = reportedVariants(report)
        if (variants === null) throw new Error(`check ${file} --jobs ${jobs} wrote no report`)
        points.push({ mb, bundles, jobs, variants, ...run })
        rmSync(report)
      }
      rmSync(file)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return points
}

/** The curve's lines: one a size and worker count, and the speed-up of 2 workers over 1 at each size. */
export function jsonlLines(points: readonly JsonlPoint[]): string[] {
  const lines = ['  JSONL feed (nt21 repeated), check --format json, a new process run once:']
  for (const p of points) {
    const one = points.find((q) => q.mb === p.mb && q.jobs === 1)
    const speedUp = p.jobs > 1 && one ? `, ×${(one.ms / p.ms).toFixed(2)} wall over 1 worker` : ''
    lines.push(`    ${String(p.mb).padStart(4)} MB, ${String(p.bundles).padStart(5)} bundles, --jobs ${p.jobs}: ${(p.cpuMs / 1000).toFixed(1)} s CPU, ${(p.ms / 1000).toFixed(1)} s wall, ${p.peakRssMiB} MiB peak${speedUp}`)
  }
  return lines
}
