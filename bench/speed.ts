// Bench module: speed on one core (no workers). First what a user sees (speed-cold.ts): `mtaudit` run as a
// command, a new process each run — `--version` against a bare node, `check` on a two-sentence bundle, on the
// bundled story and on each bench set, and on one document of 250 to 8,000 sentences against its reference, CPU,
// wall and peak memory — with sacreBLEU's CLI on the same pairs when it is installed. Then, in a process of its
// own once V8 has settled and on its first run: end-to-end sentences/s and bundles/s on the bundled story
// repeated and on the bench sets; the floor (read + sentence-split the same text) and mtaudit as a multiple of
// it; sentence chrF's throughput (sacreBLEU: about 5,800 sentences/s/core); peak memory; CPU time per stage and
// per check; and the proof, on every line of the workload, that the text stage's fast paths change nothing.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chrfProfile, sentenceChrf } from '../src/score/chrf.js'
import { nonBlankLines } from '../src/zone/lines.js'
import { defaultBenchDir, findHumanSets, repoRoot } from './human-data.js'
import { auditBundles } from './mtaudit-hook.js'
import type { BenchSection } from './run.js'
import { bareNode, coldRuns, hostileBundle, linePool, sacrebleuChrf, scalingCurve, tinyBundle, variantsCurve, type ColdRun } from './speed-cold.js'
import { checkFastPaths, stageTimes } from './speed-stages.js'
import { jsonlCurve, jsonlLines } from './speed-jsonl.js'
import {
  jsonlWorkload,
  peakRssMiB,
  readAndSplit,
  storyWorkload,
  time,
  timeInOwnProcess,
  type Workload,
} from './speed-workloads.js'

export const name = 'speed'

/** Copies of the bundled story: 30 × 5 documents is about 3,400 sentences, as many as a bench set. */
const STORY_TIMES = 30

const rate = (count: number, ms: number) => Math.round((count * 1000) / ms)

/** Document lengths of the scaling curve, each twice the one before. */
const SCALING_SIZES = [250, 500, 1000, 2000, 4000, 8000]

/** Variants per bundle of the second curve, each twice the one before. */
const VARIANT_COUNTS = [2, 4, 8, 16, 32, 64, 128]

const cold = (r: ColdRun) => `${r.cpuMs.toFixed(0)} ms CPU, ${r.ms.toFixed(0)} ms wall, ${r.peakRssMiB} MiB`

/**
 * The user's figures: each command in a new process (medians of its runs). `settled` gives, per workload, the
 * sentences per CPU second once V8 has settled (measured below), printed beside the cold figure.
 */
function measureCold(workloads: readonly Workload[], benchFiles: readonly string[], lines: string[]): Record<string, unknown> {
  const cli = join(repoRoot(), 'dist', 'bin', 'mtaudit.js')
  const dir = mkdtempSync(join(tmpdir(), 'mtaudit-speed-'))
  try {
    const bare = bareNode(7)
    const version = coldRuns([cli, '--version'], 7)
    const tiny = coldRuns([cli, 'check', tinyBundle(dir), '--format', 'json'], 5)
    lines.push(`cold: \`mtaudit …\` as a user runs it, a new process each run (medians; CPU = user + system, every thread)`)
    lines.push(`  bare node: ${cold(bare)} · mtaudit --version: ${cold(version)} (${(version.cpuMs - bare.cpuMs).toFixed(0)} ms CPU over bare node)`)
    lines.push(`  check on a two-sentence bundle: ${cold(tiny)}`)
    const figures: Record<string, unknown> = { bareNode: bare, version, versionOverBareCpuMs: +(version.cpuMs - bare.cpuMs).toFixed(1), tinyCheck: tiny }
    const story = join(repoRoot(), 'reference', 'nato-stoltenberg-seoul-2023-01-30')
    const inputs: [string, string, Workload | undefined][] = [['bundled story', story, undefined]]
    for (const w of workloads) if (w.spec.kind === 'jsonl') inputs.push([w.name, w.spec.path, w])
    for (const [name, input, w] of inputs) {
      const run = coldRuns([cli, 'check', input, '--format', 'json'], 3)
      const result = w && auditBundles ? auditBundles(w.load()) : null
      const variantSentences = result?.bundles.reduce((n, b) => n + b.variants.reduce((m, v) => m + v.analyzed.sentences.length, 0), 0)
      const perCpu = variantSentences === undefined ? null : rate(variantSentences, run.cpuMs)
      figures[name] = { ...run, variantSentences, variantSentencesPerCpuSecond: perCpu }
      lines.push(`  check --format json, ${name}: ${cold(run)}${perCpu === null ? '' : ` — ${variantSentences} variant sentences, ${perCpu} per CPU second`}`)
    }
    for (const [unit, name] of [['. ,', 'dot-comma'], ['a. ', 'fragments']] as const) {
      const run = coldRuns([cli, 'check', hostileBundle(join(story, '000_f38d99857537e291.txt'), unit, dir, name), '--format', 'json'], 1)
      figures[`hostile ${name}`] = run
      lines.push(`  check --format json, "${unit}" × 100,000 characters against the story's reference: ${cold(run)}`)
    }
    const pool = linePool(benchFiles)
    if (pool.length > 0) {
      const curve = scalingCurve(cli, pool, SCALING_SIZES, dir)
      figures['scaling'] = curve
      lines.push(`  one document against its reference (check --format json; ${pool.length} distinct bench lines, then again numbered):`)
      for (const p of curve) lines.push(`    ${String(p.sentences).padStart(5)} sentences: ${cold(p)}${p.cpuPerDoubling === null ? '' : `, CPU ×${p.cpuPerDoubling} over half as long`}`)
      const variants = variantsCurve(cli, pool, VARIANT_COUNTS, dir)
      figures['variantsPerBundle'] = variants
      lines.push('  one bundle, a 30-sentence reference and k variants made from it (check --format json):')
      for (const p of variants) lines.push(`    ${String(p.variants).padStart(5)} variants: ${cold(p)}${p.cpuPerDoubling === null ? '' : `, CPU ×${p.cpuPerDoubling} over half as many`}`)
    } else lines.push('  scaling curves: skipped (no bench sets to take sentences from)')
    const nt21 = benchFiles.find((file) => file.includes('nt21'))
    if (nt21) {
      const curve = jsonlCurve(cli, nt21, Number(process.env['MTAUDIT_BENCH_MAX_MB'] ?? Infinity))
      figures['jsonl'] = curve
      lines.push(...jsonlLines(curve))
    } else lines.push('  JSONL feed curve: skipped (no nt21 bench set to repeat)')
    const { source, pairs } = chrfPairs(workloads)
    const sacrebleu = sacrebleuChrf(pairs, dir)
    figures['sacrebleu'] = sacrebleu
    lines.push(sacrebleu
      ? `  sacreBLEU CLI, sentence chrF on ${source}'s ${pairs.length} pairs: ${cold(sacrebleu)} (${rate(pairs.length, sacrebleu.cpuMs)} pairs per CPU second)`
      : '  sacreBLEU CLI: not installed (pip install sacrebleu), skipped')
    return figures
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function measureWorkload(w: Workload, lines: string[]): Record<string, unknown> {
  const bundles = w.load()
  const sentences = readAndSplit(w)
  const read = time(() => w.load())
  const floor = timeInOwnProcess(w.spec, 'floor')
  const figures: Record<string, unknown> = {
    bundles: bundles.length,
    sentences,
    readMs: +read.ms.toFixed(1),
    floorMs: +floor.ms.toFixed(1),
    floorCpuMs: +floor.cpuMs.toFixed(1),
    floorSentencesPerSecond: rate(sentences, floor.ms),
  }
  let line = `${w.name.padEnd(16)} ${bundles.length} bundles, ${sentences} sentences | read ${read.ms.toFixed(1)} ms, floor ${floor.ms.toFixed(1)} ms (${rate(sentences, floor.ms)}/s)`
  if (auditBundles) {
    const result = auditBundles(w.load())
    const audited = result.bundles.reduce(
      (n, b) => n + (b.reference?.sentences.length ?? 0) + b.variants.reduce((m, v) => m + v.analyzed.sentences.length, 0),
      0,
    )
    const e2e = timeInOwnProcess(w.spec, 'audit')
    Object.assign(figures, {
      mtauditSentences: audited,
      mtauditMs: +e2e.ms.toFixed(1),
      mtauditCpuMs: +e2e.cpuMs.toFixed(1),
      mtauditRuns: e2e.runs,
      sentencesPerSecond: rate(audited, e2e.ms),
      // per core: CPU time counts every thread of the process, V8's compiler and collector threads too
      sentencesPerCpuSecond: rate(audited, e2e.cpuMs),
      bundlesPerSecond: +((bundles.length * 1000) / e2e.ms).toFixed(1),
      timesFloor: +(e2e.ms / floor.ms).toFixed(2),
      firstRunMs: +e2e.firstMs.toFixed(1),
      firstRunCpuMs: +e2e.firstCpuMs.toFixed(1),
      firstRunSentencesPerSecond: rate(audited, e2e.firstMs),
      firstRunSentencesPerCpuSecond: rate(audited, e2e.firstCpuMs),
      mtauditPeakRssMiB: e2e.peakRssMiB,
    })
    line += ` | mtaudit ${e2e.ms.toFixed(1)} ms, ${e2e.cpuMs.toFixed(1)} ms CPU: ${rate(audited, e2e.ms)} sentences/s,` +
      ` ${rate(audited, e2e.cpuMs)} per CPU second, ${figures['bundlesPerSecond']} bundles/s, ${figures['timesFloor']}× floor` +
      `; first run ${e2e.firstMs.toFixed(0)} ms, ${e2e.firstCpuMs.toFixed(0)} ms CPU (${rate(audited, e2e.firstMs)}/s,` +
      ` ${rate(audited, e2e.firstCpuMs)} per CPU second); peak ${e2e.peakRssMiB} MiB`
  } else line += ' | mtaudit: audit() not available yet'
  lines.push(line)
  // where the time goes: one more pass, stage by stage and check by check (CPU ms, largest first)
  const stages = stageTimes(w.load())
  figures['stageCpuMs'] = stages
  const ranked = Object.entries(stages).sort((a, b) => b[1] - a[1])
  lines.push(`  cpu ms by stage: ${ranked.filter(([k]) => !k.startsWith('check ')).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`)
  lines.push(`  cpu ms by check: ${ranked.filter(([k]) => k.startsWith('check ')).map(([k, v]) => `${k.slice(6)} ${v.toFixed(0)}`).join(', ')}`)
  // mtaudit calls sentence-splitter only on lines with a separator inside and computes franc's ranking itself:
  // both must give the same answers as the libraries on every line of the workload
  const same = checkFastPaths(w)
  figures['fastPaths'] = same
  lines.push(
    `  fast paths: ${same.lines} lines split by sentence-splitter's rules without the library (${same.shortcut} one sentence at a glance), ${same.segmentationDiffers} split differently;` +
      ` franc's ranking on ${same.texts} documents and lines, ${same.languageDiffers} different`,
  )
  return figures
}

/** Sentence pairs for chrF: nt21's parallel lines when present, else the story's variant lines by index. */
function chrfPairs(workloads: readonly Workload[]): { source: string; pairs: [string, string][] } {
  const nt21 = workloads.find((w) => w.name.startsWith('nt21'))
  const pairs: [string, string][] = []
  for (const bundle of (nt21 ?? workloads[0]!).load()) {
    if (!bundle.reference) continue
    const refs = nonBlankLines(bundle.reference.text).map((l) => l.text)
    for (const variant of bundle.variants) {
      nonBlankLines(variant.text).forEach((l, i) => pairs.push([l.text, refs[i % refs.length]!]))
    }
    if (!nt21) break // one copy of the story
  }
  return { source: nt21 ? nt21.name : 'the bundled story', pairs }
}

function measureChrf(workloads: readonly Workload[], lines: string[]): Record<string, unknown> {
  const { source, pairs } = chrfPairs(workloads)
  // As sacreBLEU's sentence_chrf: both sides' n-grams extracted on every call.
  const cold = time(() => pairs.forEach(([h, r]) => sentenceChrf(h, r)))
  // As the aligner and the agreement benchmark use it: each reference profile built once and reused.
  const refProfiles = new Map(pairs.map(([, r]) => [r, chrfProfile(r)]))
  const cached = time(() => pairs.forEach(([h, r]) => sentenceChrf(h, refProfiles.get(r)!)))
  lines.push(
    `sentence chrF on ${source}: ${pairs.length} pairs, ${rate(pairs.length, cold.ms)} pairs/s` +
      ` (${rate(pairs.length, cached.ms)}/s with reference profiles reused; sacreBLEU ≈ 5,800/s)`,
  )
  return { source, pairs: pairs.length, pairsPerSecond: rate(pairs.length, cold.ms), cachedPairsPerSecond: rate(pairs.length, cached.ms) }
}

export async function run(): Promise<BenchSection> {
  const dir = defaultBenchDir()
  const workloads: Workload[] = [storyWorkload(repoRoot(), STORY_TIMES)]
  const lines: string[] = [
    `node ${process.version}, no workers; mtaudit and the floor each timed in a node process of its own: medians once V8 has settled (10 warm-up runs or 5 s), and the first run`,
  ]
  const sets = findHumanSets(dir)
  for (const set of sets) workloads.push(jsonlWorkload(set, join(dir, `${set}.bundles.jsonl`)))
  if (sets.length === 0) lines.push(`no bench sets in ${dir}: measuring the bundled story only`)
  const figures: Record<string, unknown> = {}
  const lead: string[] = []
  figures['cold'] = measureCold(workloads, sets.map((set) => join(dir, `${set}.bundles.jsonl`)), lead)
  for (const w of workloads) figures[w.name] = measureWorkload(w, lines)
  figures['chrf'] = measureChrf(workloads, lines)
  // beside the cold figures: the same audit once V8 has settled, and the first audit() of a process against it
  for (const w of workloads) {
    const f = figures[w.name] as { sentencesPerCpuSecond?: number; firstRunCpuMs?: number; mtauditCpuMs?: number }
    if (f.mtauditCpuMs === undefined || f.firstRunCpuMs === undefined) continue
    lead.push(`  settled, ${w.name}: ${f.sentencesPerCpuSecond} sentences per CPU second (reference sentences included); first audit() of a process ${f.firstRunCpuMs.toFixed(0)} ms CPU against ${f.mtauditCpuMs.toFixed(0)} settled (×${(f.firstRunCpuMs / f.mtauditCpuMs).toFixed(2)})`)
  }
  lines.unshift(...lead, '')
  figures['peakRssMiB'] = peakRssMiB()
  lines.push(`peak resident memory of the whole bench process: ${figures['peakRssMiB']} MiB`)
  return { lines, figures }
}
