// How well a metric agrees with the human MQM judges, at system and at segment level, computed from plain
// numbers so any metric can be plugged in: sentence chrF today, mtaudit's score and per-sentence penalty, and
// whatever formula a calibration run tries next (call `agreement` in a loop with new outputs; nothing is read
// from disk here).
import type { JudgedVariant } from './human-data.js'
import { kendallTauB, kendallTauLike, pearson } from './stats.js'

/**
 * What a metric says about one judged variant. Both numbers point the same way: higher is better. A metric
 * that produces penalties passes their negation (an mtaudit sentence with a major finding, penalty 5 → −5).
 */
export interface MetricOutput {
  /** the variant's score, e.g. mtaudit's 0–100 or the mean sentence chrF */
  readonly score: number
  /** one value per line of the variant (segmented sets: one sentence a line) */
  readonly sentences: readonly number[]
}

export interface Agreement {
  readonly systems: number
  readonly segments: number
  /** Pearson of system metric means vs system −MQM */
  readonly systemPearson: number
  /** Kendall tau-b of the same */
  readonly systemKendall: number
  /** Kendall tau-b of sentence values vs −MQM over all segments of all systems */
  readonly segmentKendall: number
  /** WMT's tau-like over the same segments (metric ties on pairs people separate count against it) */
  readonly segmentTauLike: number
  /** per system: mean metric score and mean human MQM, sorted by system name */
  readonly table: readonly { readonly system: string; readonly metric: number; readonly mqm: number }[]
}

/**
 * A system's figure is the line-weighted mean over its variants: for the metric, the variant score weighted by
 * its line count (for chrF, whose variant score is the mean sentence chrF, that is exactly the mean over all
 * its sentences); for people, the mean MQM per segment, as WMT reports it. So a 40-line document counts
 * four times a 10-line one on both sides.
 */
export function agreement(judged: readonly JudgedVariant[], outputs: readonly MetricOutput[]): Agreement {
  if (judged.length !== outputs.length) throw new RangeError(`${judged.length} variants but ${outputs.length} outputs`)
  const bySystem = new Map<string, { metric: number; mqm: number; lines: number }>()
  const segMetric: number[] = []
  const segHuman: number[] = []
  judged.forEach((j, i) => {
    const out = outputs[i]!
    if (out.sentences.length !== j.lines.length) {
      throw new RangeError(`${j.bundle.id} / ${j.system}: ${out.sentences.length} sentence values for ${j.lines.length} lines`)
    }
    const acc = bySystem.get(j.system) ?? { metric: 0, mqm: 0, lines: 0 }
    acc.metric += out.score * j.lines.length
    acc.lines += j.lines.length
    j.mqm.forEach((m, k) => {
      acc.mqm += m
      segMetric.push(out.sentences[k]!)
      segHuman.push(-m)
    })
    bySystem.set(j.system, acc)
  })
  const table = [...bySystem.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([system, acc]) => ({ system, metric: acc.metric / acc.lines, mqm: acc.mqm / acc.lines }))
  const sysMetric = table.map((r) => r.metric)
  const sysHuman = table.map((r) => -r.mqm)
  return {
    systems: table.length,
    segments: segMetric.length,
    systemPearson: pearson(sysMetric, sysHuman),
    systemKendall: kendallTauB(sysMetric, sysHuman),
    segmentKendall: kendallTauB(segMetric, segHuman),
    segmentTauLike: kendallTauLike(segMetric, segHuman),
    table,
  }
}

/** The figures of an Agreement, rounded for the report and the JSON file (3 decimals; NaN → null). */
export function agreementFigures(a: Agreement): Record<string, number | null> {
  const r = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : null)
  return {
    systems: a.systems,
    segments: a.segments,
    systemPearson: r(a.systemPearson),
    systemKendall: r(a.systemKendall),
    segmentKendall: r(a.segmentKendall),
    segmentTauLike: r(a.segmentTauLike),
  }
}
