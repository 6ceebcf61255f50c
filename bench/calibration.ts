// Bench module: how the score's fidelity weight λ was chosen, reproducibly. One audit() of each human-judged
// set with fidelity on; then the score is recomputed for candidate λ (fidelity penalties scale linearly in λ)
// and each candidate's agreement with the raters is printed beside sentence chrF. λ = FIDELITY_WEIGHT is the
// scale match (mean mtaudit penalty per sentence = mean human MQM per sentence), printed too — it is chosen by
// units, not by the best correlation on this development half, so that it holds on the held-out half.
import { audit } from '../src/audit.js'
import { DEFAULT_CONFIG } from '../src/config.js'
import { FIDELITY_WEIGHT } from '../src/score/fidelity.js'
import { HALF_SCORE_PENALTY_PER_100_WORDS, sentencePenalties } from '../src/score/index.js'
import type { AuditResult } from '../src/types.js'
import { agreement, agreementFigures, type MetricOutput } from './agreement-core.js'
import { defaultBenchDir, findHumanSets, loadHumanSet, type HumanSet } from './human-data.js'
import { chrfOutputs, lineOf, variantsByKey } from './metrics.js'
import type { BenchSection } from './run.js'

export const name = 'calibration'

const CANDIDATES = [0, 3, 5, 8, 13, 20, 40]

/** mtaudit's outputs had the fidelity weight been `lambda` (garble penalties unchanged). */
function outputsAt(set: HumanSet, result: AuditResult, lambda: number): MetricOutput[] {
  const byKey = variantsByKey(result)
  return set.judged.map((j) => {
    const v = byKey.get(`${j.bundle.id}\u0000${j.variant.id}`)!.variant
    const fidelity = v.fidelityPenalties?.map((p) => (p * lambda) / FIDELITY_WEIGHT) ?? null
    const points = sentencePenalties(v.analyzed, v.findings, fidelity)
    const sentences = new Array<number>(j.lines.length).fill(0)
    v.analyzed.sentences.forEach((s, i) => (sentences[lineOf(s.start, j.lineStarts)]! -= points[i]!))
    const per100 = (-100 * sentences.reduce((a, b) => a + b, 0)) / Math.max(v.words, 1)
    return { score: 100 / (1 + per100 / HALF_SCORE_PENALTY_PER_100_WORDS.parallel), sentences }
  })
}

export async function run(): Promise<BenchSection> {
  const dir = defaultBenchDir()
  const names = findHumanSets(dir).filter((n) => loadHumanSet(n, dir)?.bundles.every((b) => b.reference))
  if (names.length === 0) return { lines: [`no human-judged set with a reference in ${dir}: skipped`], figures: { skipped: dir } }
  const lines: string[] = []
  const figures: Record<string, unknown> = {}
  for (const setName of names) {
    const set = loadHumanSet(setName, dir)!
    const result = audit(set.bundles, { ...DEFAULT_CONFIG, fidelity: 'on' })
    const human = set.judged.flatMap((j) => j.mqm)
    const fidelityPerSentence = result.bundles.flatMap((b) => b.variants.flatMap((v) => v.fidelityPenalties ?? [])).map((p) => p / FIDELITY_WEIGHT)
    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1)
    const scaleMatch = mean(human) / mean(fidelityPerSentence)
    lines.push(`${setName}: mean human MQM ${mean(human).toFixed(2)} a sentence, mean 1 − chrF/100 ${mean(fidelityPerSentence).toFixed(3)}: scale match λ ≈ ${scaleMatch.toFixed(1)} (used: ${FIDELITY_WEIGHT})`)
    const rows: Record<string, unknown> = { chrF: agreementFigures(agreement(set.judged, chrfOutputs(set.judged))) }
    for (const lambda of CANDIDATES) rows[`lambda=${lambda}`] = agreementFigures(agreement(set.judged, outputsAt(set, result, lambda)))
    for (const [label, a] of Object.entries(rows) as [string, Record<string, number>][]) {
      lines.push(`  ${label.padEnd(10)} system Pearson ${a['systemPearson']?.toFixed(3)}  Kendall ${a['systemKendall']?.toFixed(3)}  | segment Kendall ${a['segmentKendall']?.toFixed(3)}`)
    }
    figures[setName] = { scaleMatch: Math.round(scaleMatch * 100) / 100, used: FIDELITY_WEIGHT, rows }
  }
  return { lines, figures }
}
