// Bench module: agreement with human MQM judges on the WMT sets in ../shared/bench (absent: says so, skips).
//   nt21-zhen (with reference): system Pearson/Kendall and segment Kendall, for sentence chrF and for mtaudit;
//   gen23-zhen (no reference): the same for mtaudit's reference-free score, and span precision/recall.
// Every <name>.bundles.jsonl with a <name>.labels.jsonl beside it is measured, so a held-out half placed in
// the folder (or MTAUDIT_BENCH_DIR) is measured the same way without a code change.
import type { BenchSection } from './run.js'
import { agreement, agreementFigures, type Agreement, type MetricOutput } from './agreement-core.js'
import { defaultBenchDir, findHumanSets, loadHumanSet, type HumanSet } from './human-data.js'
import { alignedChrfOutputs, chrfOutputs } from './metrics.js'
import { mtauditOn, type MtauditRun } from './mtaudit-hook.js'
import { ratio, spanScores, type Tally } from './spans.js'

export const name = 'agreement'

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a')
const pct = (t: Tally) => `${(ratio(t) ?? 0).toFixed(3)} (${t.hit}/${t.total})`

function describe(label: string, a: Agreement): string {
  return (
    `${label.padEnd(22)} system Pearson ${f3(a.systemPearson)}  Kendall ${f3(a.systemKendall)}` +
    `  | segment Kendall ${f3(a.segmentKendall)}  tau-like ${f3(a.segmentTauLike)}`
  )
}

function systemTable(a: Agreement, metric: string): string[] {
  const rows = [...a.table].sort((x, y) => x.mqm - y.mqm || (x.system < y.system ? -1 : 1))
  return [
    `  ${'system'.padEnd(16)} ${'MQM/seg'.padStart(8)} ${metric.padStart(9)}`,
    ...rows.map((r) => `  ${r.system.padEnd(16)} ${r.mqm.toFixed(3).padStart(8)} ${r.metric.toFixed(2).padStart(9)}`),
  ]
}

function spanLines(set: HumanSet, findings: MtauditRun['findings'], lines: string[]): Record<string, unknown> {
  const spans = spanScores(set.judged, findings)
  lines.push(`  spans: precision ${pct(spans.precision)}, same kind ${pct(spans.sameKindPrecision)}, recall ${pct(spans.recall)}`)
  lines.push(`  chance level: human spans cover ${pct(spans.humanCharShare)} of the characters`)
  for (const [category, t] of Object.entries(spans.precisionByCategory).sort()) lines.push(`    finding ${category}: precision ${pct(t)}`)
  for (const [category, t] of Object.entries(spans.recallByCategory).sort()) lines.push(`    human ${category}: recall ${pct(t)}`)
  const table = (by: Record<string, Tally>) => Object.fromEntries(Object.entries(by).sort().map(([k, t]) => [k, { ...t, ratio: ratio(t) }]))
  return {
    precision: ratio(spans.precision),
    sameKindPrecision: ratio(spans.sameKindPrecision),
    recall: ratio(spans.recall),
    humanCharShare: ratio(spans.humanCharShare),
    precisionByCategory: table(spans.precisionByCategory),
    recallByCategory: table(spans.recallByCategory),
  }
}

/**
 * One set: with a reference (nt21), line-by-line chrF, mtaudit, and mtaudit's chrF over its alignment;
 * without (gen23), mtaudit's reference-free score; and where people marked spans, span precision/recall.
 */
export function measureSet(set: HumanSet, lines: string[]): Record<string, unknown> {
  const withReference = set.bundles.every((b) => b.reference !== null)
  const segments = set.judged.reduce((n, j) => n + j.lines.length, 0)
  const systems = new Set(set.judged.map((j) => j.system)).size
  lines.push(`${set.name}: ${set.bundles.length} bundles${withReference ? '' : ' (no reference)'}, ${systems} systems, ${segments} segments`)
  const figures: Record<string, unknown> = {}
  if (withReference) {
    const chrf = agreement(set.judged, chrfOutputs(set.judged))
    lines.push(describe('sentence chrF', chrf), ...systemTable(chrf, 'chrF'))
    figures['chrf'] = agreementFigures(chrf)
  }
  const mtaudit = mtauditOn(set)
  if (!mtaudit) {
    lines.push('mtaudit                audit() not available: not measured')
    return figures
  }
  const a = agreement(set.judged, mtaudit.outputs)
  lines.push(describe(withReference ? 'mtaudit' : 'mtaudit (ref-free)', a), ...systemTable(a, 'mtaudit'))
  figures['mtaudit'] = agreementFigures(a)
  if (withReference) {
    // the product's own chrF over its alignment: below the line-by-line chrF only where the aligner erred
    const aligned = agreement(set.judged, alignedChrfOutputs(set.judged, mtaudit.result))
    lines.push(describe("mtaudit's aligned chrF", aligned))
    figures['alignedChrf'] = agreementFigures(aligned)
  }
  if (set.judged.some((j) => j.errors)) figures['spans'] = spanLines(set, mtaudit.findings, lines)
  return figures
}

/** Every set in `dir` (see findHumanSets); says so and skips when there is none. */
export function runAgreement(dir: string): BenchSection {
  const names = findHumanSets(dir)
  if (names.length === 0) {
    const line = `no human-judged data in ${dir} (it is kept outside the repository; see README, "Benchmarks"): skipped`
    return { lines: [line], figures: { dir, skipped: true } }
  }
  const lines: string[] = []
  const figures: Record<string, unknown> = { dir }
  for (const name of names) figures[name] = measureSet(loadHumanSet(name, dir)!, lines)
  return { lines, figures }
}

export async function run(): Promise<BenchSection> {
  return runAgreement(defaultBenchDir())
}

export type { MetricOutput }
