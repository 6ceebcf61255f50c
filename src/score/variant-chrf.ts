// How faithfully a variant renders the reference, by chrF over the alignment: each link's variant sentences
// against its reference sentences. Only linked sentences count — a rewrite that leaves a reference sentence out
// ("dropped") or adds one of its own ("added") is not charged for it here, coverage says that separately.
// A split link ("…military planes." + "chase." ↔ one reference sentence) is scored as one pair, the two
// variant sentences joined, so the fragment is judged with the sentence it was cut from.
import type { AnalyzedDocument, Link } from '../types.js'
import { chrfFromStatistics, chrfProfile, chrfStatistics, chrfStatisticsOnce, type ChrfProfile } from './chrf.js'

export interface VariantChrf {
  /** sacreBLEU's corpus chrF over the linked pairs: n-gram statistics summed, then one score */
  readonly corpus: number
  /** the mean of the pairs' sentence chrF */
  readonly meanSentence: number
  /** per variant sentence (by Sentence.index): its link's sentence chrF, null when it has no counterpart */
  readonly bySentence: readonly (number | null)[]
  /** linked pairs scored (match, split and merge links) */
  readonly pairs: number
}

// a link's sentences as one text; nearly every link has one sentence a side, whose text needs no joining
const joined = (doc: AnalyzedDocument, indexes: readonly number[]) =>
  indexes.length === 1 ? (doc.sentences[indexes[0]!]?.text ?? '') : indexes.map((i) => doc.sentences[i]?.text ?? '').join(' ')

/**
 * Profiles of reference texts by text (one sentence, or the sentences of a merge joined), for the variants of
 * one bundle to share: they are all scored against the one reference, and eight systems' copies of one document
 * would otherwise profile each reference sentence eight times. The caller keeps it for one bundle, not with the
 * reference document: a profile takes about 150 bytes a character, and audit()'s result keeps every reference
 * document, so profiles kept with them would live as long as the result.
 */
export type ReferenceProfiles = Map<string, ChrfProfile>

function referenceProfile(reference: AnalyzedDocument, indexes: readonly number[], profiles: ReferenceProfiles): ChrfProfile {
  const text = joined(reference, indexes)
  let profile = profiles.get(text)
  if (!profile) profiles.set(text, (profile = chrfProfile(text)))
  return profile
}

/** null without a reference or when nothing is linked: there is then no evidence either way. */
export function variantChrf(
  variant: AnalyzedDocument,
  reference: AnalyzedDocument | null,
  alignment: readonly Link[],
  /** null: a bundle of one variant has nobody to share them with, and keeps none (a book: hundreds of MB) */
  referenceProfiles: ReferenceProfiles | null = new Map(),
): VariantChrf | null {
  if (!reference) return null
  const bySentence: (number | null)[] = variant.sentences.map(() => null)
  let total: number[] | null = null
  let sum = 0
  let pairs = 0
  for (const link of alignment) {
    if (link.variant.length === 0 || link.reference.length === 0) continue
    const hypothesis = joined(variant, link.variant)
    // without profiles to share, each reference text is profiled for this one comparison, in scratch space
    const stats = referenceProfiles ? chrfStatistics(hypothesis, referenceProfile(reference, link.reference, referenceProfiles)) : chrfStatisticsOnce(hypothesis, joined(reference, link.reference))
    const score = chrfFromStatistics(stats)
    if (total) for (let k = 0; k < stats.length; k++) total[k]! += stats[k]!
    else total = stats
    for (const i of link.variant) bySentence[i] = score
    sum += score
    pairs++
  }
  if (!total) return null
  return { corpus: chrfFromStatistics(total), meanSentence: sum / pairs, bySentence, pairs }
}
