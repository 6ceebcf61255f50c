// Bench module `scaling` (issue 17): audit() time against input size, to show it grows no faster than n log n.
// Prose (the bundled story's texts, repeated) from 1 kB to 20 MB, the strings that were quadratic from 1 kB to
// 1 MB, and two variants of one story whose names and quotes are all different (bench/hostile-text.ts: what the
// bundle-wide checks compare across texts) from 1 kB to 4 MB a variant, each size double the last. Each row prints
// the time and its growth over the size before: about 2× per doubling is linear, a little over 2× n log n, 4×
// quadratic. The time is the process's CPU time (user + system, the garbage collector's threads included), not
// the wall clock: on a machine shared with other work the wall clock of one size can be twice another's for the
// same work. `MTAUDIT_BENCH_MAX_MB=4 npm run bench -- scaling` stops the prose sooner (20 MB of prose takes
// minutes and a few GB).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { audit } from '../src/audit.js'
import { jsonReport } from '../src/report/json.js'
import type { Bundle } from '../src/types.js'
import { hostileStory } from './hostile-text.js'
import type { BenchSection } from './run.js'

export const name = 'scaling'

const root = join(import.meta.dirname, '..', '..')
const story = join(root, 'reference', 'nato-stoltenberg-seoul-2023-01-30')
const PROSE = readdirSync(story)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => readFileSync(join(story, file), 'utf8'))
  .join('\n\n')

const ADVERSARIAL: Record<string, string> = {
  '"Mr. " repeated': 'Mr. ',
  'open brackets and quotes': '([{“‘«"',
  '". ," repeated': '. ,',
  'one-line sentences': 'A line.\n',
  'closing curly quotes': '”',
}

const sized = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes)

/**
 * CPU seconds of one audit() and JSON report of a bundle of these variants, the fastest of several runs in this
 * process (bench/scaling-point.ts runs it in a process of its own): small sizes until a second is spent, every
 * size three times while that stays under half a minute.
 */
export function secondsFor(texts: readonly string[], reference: string | null): number {
  const bundle: Bundle = {
    id: 'scaling',
    segmented: false,
    reference: reference === null ? null : { id: 'r', role: 'reference', text: reference },
    variants: texts.map((text, i) => ({ id: `v${i}`, role: 'variant', text })),
  }
  let best = Infinity
  let spent = 0
  for (let run = 0; run < 5 && (run === 0 || spent < 1 || (run < 3 && spent < 30)); run++) {
    const start = process.cpuUsage()
    jsonReport(audit([bundle]))
    const used = process.cpuUsage(start)
    const seconds = (used.user + used.system) / 1e6
    best = Math.min(best, seconds)
    spent += seconds
  }
  return best
}

// Every point is measured in a process of its own, as a user's run is: in one process the garbage the larger sizes
// leave (a report of hundreds of megabytes for ". ," repeated) moves the collector's work onto whichever size comes
// next, and the curve then measures the collector's timing, not mtaudit's growth.
function secondsInOwnProcess(texts: readonly string[], reference: string | null): number {
  const dir = mkdtempSync(join(tmpdir(), 'mtaudit-scaling-'))
  try {
    const input = join(dir, 'point.json')
    writeFileSync(input, JSON.stringify({ texts, reference }))
    const child = spawnSync(process.execPath, [join(import.meta.dirname, 'scaling-point.js'), input], { encoding: 'utf8', maxBuffer: 1 << 20 })
    if (child.status !== 0) throw new Error(`scaling point failed: ${child.stderr}`)
    return Number(child.stdout.trim())
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

interface Row {
  readonly bytes: number
  readonly seconds: number
  /** seconds over the previous row's seconds, the size having doubled (null for the first row) */
  readonly growth: number | null
}

function series(label: string, sizes: readonly number[], make: (bytes: number) => string | string[], reference: string | null, lines: string[]): Row[] {
  lines.push(`${label}`, `  ${'size'.padStart(10)}  ${'CPU s'.padStart(9)}  growth (×, per doubling)`)
  const rows: Row[] = []
  for (const bytes of sizes) {
    const made = make(bytes)
    const texts = typeof made === 'string' ? [made] : made
    const seconds = secondsInOwnProcess(texts, reference)
    const previous = rows.at(-1)
    // growth per doubling even when the last step is not a doubling (16 MB → 20 MB): t ratio ^ (1 / log2 size ratio)
    const growth = previous === undefined ? null : (seconds / previous.seconds) ** (1 / Math.log2(bytes / previous.bytes))
    rows.push({ bytes, seconds, growth })
    lines.push(`  ${size(bytes).padStart(10)}  ${seconds.toFixed(3).padStart(9)}  ${growth === null ? '' : growth.toFixed(2)}`)
  }
  // the small sizes are dominated by fixed costs; the growth that matters is over the larger half
  const late = rows.slice(Math.floor(rows.length / 2)).flatMap((r) => (r.growth === null ? [] : [r.growth]))
  const median = late.sort((a, b) => a - b)[Math.floor(late.length / 2)]
  // the growth from the middle row to the last, per doubling: one noisy point moves it less than it moves a step
  const middle = rows[Math.floor(rows.length / 2)]
  const last = rows.at(-1)
  const overall = middle && last && last.bytes > middle.bytes ? (last.seconds / middle.seconds) ** (1 / Math.log2(last.bytes / middle.bytes)) : undefined
  if (median !== undefined) {
    lines.push(`  growth per doubling over the larger half: median ${median.toFixed(2)}×, ${size(middle!.bytes)} → ${size(last!.bytes)} ${overall!.toFixed(2)}× (linear 2, n log n ~2.1, quadratic 4)`)
  }
  return rows
}

const size = (bytes: number) => (bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} kB`)

function doublings(from: number, to: number): number[] {
  const out: number[] = []
  for (let bytes = from; bytes < to; bytes *= 2) out.push(bytes)
  out.push(to)
  return out
}

export async function run(): Promise<BenchSection> {
  const lines: string[] = []
  const figures: Record<string, unknown> = {}
  const maxMb = Number(process.env['MTAUDIT_BENCH_MAX_MB'] ?? 20)
  const reference = PROSE.slice(0, 4000)
  figures['prose, no reference'] = series('prose, no reference', doublings(1000, maxMb * 1e6), (b) => sized(PROSE, b), null, lines)
  figures['prose, a 4 kB reference'] = series('prose, against a 4 kB reference', doublings(1000, Math.min(maxMb, 1) * 1e6), (b) => sized(PROSE, b), reference, lines)
  for (const [label, unit] of Object.entries(ADVERSARIAL)) {
    figures[label] = series(label, doublings(1000, Math.min(maxMb, 1) * 1e6), (b) => sized(unit, b), null, lines)
  }
  const twoVariants = 'two variants of distinct names and quotes (size a variant)'
  figures[twoVariants] = series(twoVariants, doublings(1000, Math.min(maxMb, 4) * 1e6), (b) => [hostileStory(b, true), hostileStory(b)], null, lines)
  return { lines, figures }
}
