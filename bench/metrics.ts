// The metrics the agreement benchmark compares with people, each turned into MetricOutputs (higher = better):
// sentence chrF against the reference line, and mtaudit's own score with its per-sentence penalty.
import { chrfProfile, sentenceChrf } from '../src/score/chrf.js'
import { lineIndex } from '../src/report/locate.js'
import { sentencePenalties } from '../src/score/index.js'
import { variantChrf } from '../src/score/variant-chrf.js'
import type { AuditResult, Finding, VariantResult } from '../src/types.js'
import type { MetricOutput } from './agreement-core.js'
import type { JudgedVariant } from './human-data.js'

/**
 * Sentence chrF of line i of the variant against line i of the reference (the sets are segmented in parallel);
 * the variant's score is its mean sentence chrF. Reference profiles are built once per bundle, not once per
 * system: eight systems share each reference line.
 */
export function chrfOutputs(judged: readonly JudgedVariant[]): MetricOutput[] {
  const profiles = new Map<readonly string[], ReturnType<typeof chrfProfile>[]>()
  return judged.map((j) => {
    if (!j.referenceLines) throw new Error(`${j.bundle.id}: chrF needs a reference`)
    let refs = profiles.get(j.referenceLines)
    if (!refs) {
      refs = j.referenceLines.map((line) => chrfProfile(line))
      profiles.set(j.referenceLines, refs)
    }
    const sentences = j.lines.map((line, k) => sentenceChrf(line, refs[k]!))
    const score = sentences.reduce((a, b) => a + b, 0) / Math.max(sentences.length, 1)
    return { score, sentences }
  })
}

/** Index of the line holding `offset` (src/report/locate.ts does the search). */
export const lineOf = lineIndex

/** Each variant of an audit result under the key `bundle-id\0variant-id`, with its bundle. */
export function variantsByKey(result: AuditResult): Map<string, { bundle: AuditResult['bundles'][number]; variant: VariantResult }> {
  const byKey = new Map<string, { bundle: AuditResult['bundles'][number]; variant: VariantResult }>()
  for (const bundle of result.bundles) {
    for (const variant of bundle.variants) byKey.set(`${bundle.id}\u0000${variant.analyzed.doc.id}`, { bundle, variant })
  }
  return byKey
}

/** How much one finding costs; the product's weights are `findingWeight` of src/score/. */
export type FindingWeight = (finding: Finding) => number
/** A variant's 0–100 score; the product's is `VariantResult.score`. */
export type VariantScore = (variant: VariantResult) => number

/**
 * mtaudit's verdict on each judged variant: its 0–100 score, and per line the negated sum of the weights of
 * the findings that start on that line (a line with a major and a minor finding: −6). Findings are placed by
 * their document offsets, not by `Finding.sentence`, so the figures hold whatever the segmenter does with an
 * empty line. Variants are matched to results by bundle id and variant id. To calibrate, run audit() once
 * and call this again with candidate `weight` and `score` functions: the pipeline need not re-run.
 */
export function outputsFromAudit(
  judged: readonly JudgedVariant[],
  result: AuditResult,
  weight: FindingWeight,
  score: VariantScore = (variant) => variant.score,
): MetricOutput[] {
  const byKey = variantsByKey(result)
  return judged.map((j) => {
    const variant = byKey.get(`${j.bundle.id}\u0000${j.variant.id}`)?.variant
    if (!variant) throw new Error(`no audit result for ${j.bundle.id} / ${j.variant.id}`)
    const sentences = new Array<number>(j.lines.length).fill(0)
    for (const finding of variant.findings) {
      const line = lineOf(finding.start, j.lineStarts)
      sentences[line] = sentences[line]! - weight(finding)
    }
    return { score: score(variant), sentences }
  })
}

/**
 * chrF as mtaudit itself computes it, over its own alignment (src/score/variant-chrf.ts): each line gets the
 * chrF of the link its sentence is in, 0 when the aligner found it no counterpart. On parallel sets with a
 * perfect aligner this equals `chrfOutputs`; where it falls short, the aligner mislinked or dropped lines.
 */
export function alignedChrfOutputs(judged: readonly JudgedVariant[], result: AuditResult): MetricOutput[] {
  const byKey = variantsByKey(result)
  return judged.map((j) => {
    const found = byKey.get(`${j.bundle.id}\u0000${j.variant.id}`)
    if (!found) throw new Error(`no audit result for ${j.bundle.id} / ${j.variant.id}`)
    const { analyzed, alignment } = found.variant
    const chrf = variantChrf(analyzed, found.bundle.reference, alignment)
    const sentences = new Array<number>(j.lines.length).fill(0)
    analyzed.sentences.forEach((s, i) => {
      const value = chrf?.bySentence[i]
      if (value != null) sentences[lineOf(s.start, j.lineStarts)] = value
    })
    return { score: sentences.reduce((a, b) => a + b, 0) / Math.max(sentences.length, 1), sentences }
  })
}

/**
 * mtaudit's own verdict, as the product computes it: the variant's score, and per line the negated penalty of
 * the sentence on it — its findings' weights plus its fidelity penalty when fidelity is on
 * (`sentencePenalties` of src/score/). This is what `npm run bench` reports for mtaudit.
 */
export function penaltyOutputs(judged: readonly JudgedVariant[], result: AuditResult): MetricOutput[] {
  const byKey = variantsByKey(result)
  return judged.map((j) => {
    const variant = byKey.get(`${j.bundle.id}\u0000${j.variant.id}`)?.variant
    if (!variant) throw new Error(`no audit result for ${j.bundle.id} / ${j.variant.id}`)
    const points = sentencePenalties(variant.analyzed, variant.findings, variant.fidelityPenalties)
    const sentences = new Array<number>(j.lines.length).fill(0)
    variant.analyzed.sentences.forEach((s, i) => {
      const line = lineOf(s.start, j.lineStarts)
      sentences[line] = sentences[line]! - points[i]!
    })
    return { score: variant.score, sentences }
  })
}
