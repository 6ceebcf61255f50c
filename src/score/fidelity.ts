// Fidelity: how much of its counterpart a linked variant sentence keeps, as MQM-style penalty points.
// A sentence charged λ·(1 − chrF/100): one sharing nothing with its counterpart costs λ points, a copy 0.
//
// λ = 13 is set by scale, not by fishing for correlation: on the newstest2021 zh→en development half (8 MT
// systems, professional MQM raters) the mean human penalty is 5.36 points a sentence and the mean 1 − chrF/100
// is 0.39, so 13 puts mtaudit's penalty in the raters' units (docs/scoring.md; `npm run bench -- calibration`).
import type { AuditConfig, Bundle } from '../types.js'
import type { VariantChrf } from './variant-chrf.js'

export const FIDELITY_WEIGHT = 13

export function fidelityEnabled(config: Pick<AuditConfig, 'fidelity'>, bundle: Pick<Bundle, 'segmented'>): boolean {
  return config.fidelity === 'on' || (config.fidelity === 'auto' && bundle.segmented)
}

/** Per variant sentence: λ·(1 − chrF/100) for sentences in a link, 0 for added ones (coverage is not charged). */
export function fidelityPenalties(chrf: VariantChrf | null, sentenceCount: number): number[] {
  if (!chrf) return new Array<number>(sentenceCount).fill(0)
  return chrf.bySentence.map((score) => (score === null ? 0 : (FIDELITY_WEIGHT * (100 - score)) / 100))
}
