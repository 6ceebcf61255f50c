// Bench module: agreement with human MQM judges on the WMT sets in ../shared/bench (absent: says so, skips).
//   nt21-zhen (with reference): system Pearson/Kendall and segment Kendall, for sentence chrF and for mtaudit;
//   gen23-zhen (no reference): the same for mtaudit's reference-free score, and span precision/recall.
import type { BenchSection } from './run.js'
import { agreement, agreementFigures, type Agreement, type MetricOutput } from './agreement-core.js'
import { defaultBenchDir, loadHumanSet, type HumanSet } from './human-data.js'
import { alignedChrfOutputs, chrfOutputs } from './metrics.js'
import { mtauditOn } from './mtaudit-hook.js'
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

function withReference(set: HumanSet, lines: string[], figures: Record<string, unknown>): void {
  const chrf = agreement(set.judged, chrfOutputs(set.judged))
  lines.push(`${set.name}: ${set.bundles.length} bundles, ${chrf.systems} systems, ${chrf.segments} segments`)
  lines.push(describe('sentence chrF', chrf), ...systemTable(chrf, 'chrF'))
  const result: Record<string, unknown> = { chrf: agreementFigures(chrf) }
  const mtaudit = mtauditOn(set)
  if (mtaudit) {
    const a = agreement(set.judged, mtaudit.outputs)
    lines.push(describe('mtaudit', a), ...systemTable(a, 'mtaudit'))
    result['mtaudit'] = agreementFigures(a)
    // the product's own chrF over its alignment: below the line-by-line chrF only where the aligner erred
    const aligned = agreement(set.judged, alignedChrfOutputs(set.judged, mtaudit.result))
    lines.push(describe("mtaudit's aligned chrF", aligned))
    result['alignedChrf'] = agreementFigures(aligned)
  } else lines.push('mtaudit                audit() not available yet: not measured')
  figures[set.name] = result
}

function referenceFree(set: HumanSet, lines: string[], figures: Record<string, unknown>): void {
  const segments = set.judged.reduce((n, j) => n + j.lines.length, 0)
  lines.push(`${set.name}: ${set.bundles.length} bundles (no reference), ${set.judged.length} variants, ${segments} segments`)
  const mtaudit = mtauditOn(set)
  if (!mtaudit) {
    lines.push('mtaudit                audit() not available yet: not measured')
    figures[set.name] = { segments, mtaudit: null }
    return
  }
  const a = agreement(set.judged, mtaudit.outputs)
  const spans = spanScores(set.judged, mtaudit.findings)
  lines.push(describe('mtaudit (ref-free)', a), ...systemTable(a, 'mtaudit'))
  lines.push(`  spans: precision ${pct(spans.precision)}, same kind ${pct(spans.sameKindPrecision)}, recall ${pct(spans.recall)}`)
  lines.push(`  chance level: human spans cover ${pct(spans.humanCharShare)} of the characters`)
  for (const [category, t] of Object.entries(spans.precisionByCategory).sort()) lines.push(`    finding ${category}: precision ${pct(t)}`)
  for (const [category, t] of Object.entries(spans.recallByCategory).sort()) lines.push(`    human ${category}: recall ${pct(t)}`)
  figures[set.name] = {
    mtaudit: agreementFigures(a),
    spans: {
      precision: ratio(spans.precision),
      sameKindPrecision: ratio(spans.sameKindPrecision),
      recall: ratio(spans.recall),
      humanCharShare: ratio(spans.humanCharShare),
      precisionByCategory: Object.fromEntries(Object.entries(spans.precisionByCategory).map(([k, t]) => [k, { ...t, ratio: ratio(t) }])),
      recallByCategory: Object.fromEntries(Object.entries(spans.recallByCategory).map(([k, t]) => [k, { ...t, ratio: ratio(t) }])),
    },
  }
}

export async function run(): Promise<BenchSection> {
  const dir = defaultBenchDir()
  const lines: string[] = []
  const figures: Record<string, unknown> = { dir }
  const sets: [string, (set: HumanSet, l: string[], f: Record<string, unknown>) => void][] = [
    ['nt21-zhen.dev', withReference],
    ['gen23-zhen.dev', referenceFree],
  ]
  for (const [setName, measure] of sets) {
    const set = loadHumanSet(setName, dir)
    if (set) measure(set, lines, figures)
    else {
      lines.push(`${setName}: not found in ${dir} (human-judged data is kept outside the repository): skipped`)
      figures[setName] = { skipped: true }
    }
  }
  return { lines, figures }
}

export type { MetricOutput }
