// chrF (Popović 2015) computed exactly as sacreBLEU 2.x computes it with its defaults: character n-grams of
// orders 1–6, β = 2, whitespace removed, word order 0 (chrF, not chrF++), and sacreBLEU's "effective order"
// averaging: an order where the hypothesis or the reference has no n-gram is left out of the average, so the
// one-character pair "a" / "a" scores 100, not 100/6.
//
// A profile (the n-gram counts of one text, chrf-profile.ts) is built once per reference sentence and reused:
// fidelity scores every variant of a bundle against the same reference, and re-extracting its n-grams per pair
// would dominate. The hypothesis needs no profile of its own; a text or a profile is accepted on either side.
import { chrfProfile, chrfStatistics, chrfStatisticsOnce, type ChrfProfile } from './chrf-profile.js'

export { chrfProfile, chrfStatistics, chrfStatisticsOnce, type ChrfProfile }

export interface ChrfOptions {
  /** maximum character n-gram order; sacreBLEU's default 6 */
  readonly charOrder?: number
  /** weight of recall over precision; sacreBLEU's default 2 (chrF2) */
  readonly beta?: number
  /** chrF++.py / NLTK style: average the per-order F-scores, with 1e-16 for empty orders (sacreBLEU's opt-in) */
  readonly epsSmoothing?: boolean
}

const DEFAULT_ORDER = 6

/** The 0–100 score from (possibly summed) statistics. */
export function chrfFromStatistics(stats: readonly number[], options: ChrfOptions = {}): number {
  const factor = (options.beta ?? 2) ** 2
  const order = stats.length / 3
  const eps = 1e-16
  let epsScore = 0
  let avgPrec = 0
  let avgRec = 0
  let effectiveOrder = 0
  for (let i = 0; i < order; i++) {
    const nHyp = stats[3 * i]!
    const nRef = stats[3 * i + 1]!
    const nMatch = stats[3 * i + 2]!
    const prec = nHyp > 0 ? nMatch / nHyp : eps
    const rec = nRef > 0 ? nMatch / nRef : eps
    const denom = factor * prec + rec
    epsScore += denom > 0 ? ((1 + factor) * prec * rec) / denom : eps
    if (nHyp > 0 && nRef > 0) {
      avgPrec += prec
      avgRec += rec
      effectiveOrder++
    }
  }
  if (options.epsSmoothing) return (100 * epsScore) / order
  if (effectiveOrder === 0) return 0
  avgPrec /= effectiveOrder
  avgRec /= effectiveOrder
  if (avgPrec + avgRec === 0) return 0
  return (100 * (1 + factor) * avgPrec * avgRec) / (factor * avgPrec + avgRec)
}

function asProfile(text: string | ChrfProfile, charOrder: number): ChrfProfile {
  return typeof text === 'string' ? chrfProfile(text, charOrder) : text
}

/** sacreBLEU's `sentence_chrf(hyp, [ref])`: one hypothesis against one reference. */
export function sentenceChrf(
  hyp: string | ChrfProfile,
  ref: string | ChrfProfile,
  options: ChrfOptions = {},
): number {
  const order = options.charOrder ?? DEFAULT_ORDER
  return chrfFromStatistics(chrfStatistics(hyp, asProfile(ref, order), order), options)
}

/** sacreBLEU's `corpus_chrf(hyps, [refs])`: statistics summed over the segments, then one score. */
export function corpusChrf(
  hyps: readonly (string | ChrfProfile)[],
  refs: readonly (string | ChrfProfile)[],
  options: ChrfOptions = {},
): number {
  if (hyps.length !== refs.length) {
    throw new RangeError(`corpusChrf: ${hyps.length} hypotheses but ${refs.length} references`)
  }
  const order = options.charOrder ?? DEFAULT_ORDER
  const total = new Array<number>(3 * order).fill(0)
  hyps.forEach((hyp, i) => {
    const stats = chrfStatistics(hyp, asProfile(refs[i]!, order), order)
    stats.forEach((value, k) => (total[k]! += value))
  })
  return chrfFromStatistics(total, options)
}
