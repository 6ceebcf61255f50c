// score: findings + word counts → {penalty, score, verdict}. MQM weights as in the public WMT MQM annotations.
import { sentenceAt } from '../text/neighbours.js'
import { countWords, forEachWord } from '../text/words.js'
import type { AnalyzedDocument, AuditConfig, Completeness, Dimension, DimensionScore, Finding, Link, Severity, VariantResult, Verdict } from '../types.js'
import { SEVERITIES } from '../types.js'

export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { neutral: 0, minor: 1, major: 5, critical: 25 }
/** A minor punctuation error weighs a tenth of a minor error (WMT MQM: "Minor Fluency/Punctuation 0.1"). */
export const MINOR_PUNCTUATION_WEIGHT = 0.1
/** Penalty points per 100 words at which the score is halved (docs/scoring.md). */
export const HALF_SCORE_PENALTY_PER_100_WORDS = {
  /**
   * Rewrites (web copies of a story): calibrated on ../shared/webdev by `npm run bench -- web`, at the penalty
   * density that best separates native copies from machine-translated ones (docs/scoring.md, "Calibration").
   */
  rewrite: 0.23,
  /**
   * Sentence-parallel input (one sentence a line, every copy translating the same source): the scale of the
   * WMT MQM raters on ../shared/bench, where raw MT output averages several points a sentence.
   */
  parallel: 5,
} as const

/** The half-score constant for a document: sentence-parallel input and rewrites are calibrated apart. */
export function halfScoreFor(document: Pick<AnalyzedDocument, 'segmented'>): number {
  return document.segmented === true ? HALF_SCORE_PENALTY_PER_100_WORDS.parallel : HALF_SCORE_PENALTY_PER_100_WORDS.rewrite
}

export function findingWeight(finding: Pick<Finding, 'severity' | 'category'>): number {
  if (finding.severity === 'minor' && finding.category === 'Fluency/Punctuation') return MINOR_PUNCTUATION_WEIGHT
  return SEVERITY_WEIGHTS[finding.severity]
}

/**
 * Words of story text: boilerplate is not the story and is not scored. Counted by the word scanner itself, not
 * through a list a check made: scoring runs on findings alone (the review rescores without running the checks).
 */
export function storyWords(document: AnalyzedDocument): number {
  let words = 0
  for (const sentence of document.sentences) if (sentence.zone !== 'boilerplate') words += countWords(sentence.text)
  return words
}

export interface Score {
  readonly words: number
  readonly penalty: number
  readonly score: number
  readonly verdict: Verdict
  readonly fluency: DimensionScore
  readonly fidelity: DimensionScore | null
  readonly completeness: Completeness
}

export interface ScoreEvidence {
  /** per sentence fidelity penalty (src/score/fidelity.ts), when fidelity is on */
  readonly fidelityPenalties?: readonly number[] | null
  /**
   * the baseline's score for this variant, when a baseline is given. Then findings marked `unchanged` do not
   * trip --fail-on, and a score under the threshold fails only if it is also under the baseline's (a regression).
   */
  readonly previous?: { readonly score: number }
  /** the alignment with the reference; absent or null: the bundle has no reference */
  readonly alignment?: readonly Link[] | null
  /** coverage of the reference within the copy's reach (src/align/coverage.ts); null without a reference */
  readonly coverage?: number | null
}

/**
 * A copy with fewer words of story text than this is too short for the reference-free checks to have looked at
 * anything: two lines of a headline, or a file of punctuation. It is verified only through the reference, when
 * enough of it aligns.
 */
export const MIN_CHECKABLE_WORDS = 40
/**
 * …and a copy of this many words or fewer ("", ". . .", "1 2 3"), or of this many different words however often
 * repeated ("Mr. Mr. Mr. …", "A line. A line. …"), is never verified, aligned or not: it says nothing the checks
 * could read.
 */
export const MIN_WORDS = 3
/** The share of a short copy's story sentences that must have a counterpart in the reference to verify it. */
export const MIN_ALIGNED_SHARE = 0.25

/** Penalty points per variant sentence: its findings' weights plus its fidelity penalty. */
export function sentencePenalties(document: AnalyzedDocument, findings: readonly Finding[], fidelity?: readonly number[] | null): number[] {
  const points = document.sentences.map((_, i) => fidelity?.[i] ?? 0)
  for (const f of findings) {
    if (dimensionOf(f) === 'completeness') continue
    // a binary search, not a scan of the sentences for each finding (100,000 one-line sentences, one finding each)
    const at = f.sentence ?? sentenceAt(document, f.start)?.index
    if (at !== undefined && at >= 0) points[at] = points[at]! + findingWeight(f)
  }
  return points
}

/** Penalty points → 0–100 for a copy of `words` words of story text: halved at `half` points per 100 words. */
export function scoreOf(penalty: number, words: number, half: number): number {
  const per100 = (100 * penalty) / Math.max(words, 1)
  return round(100 / (1 + per100 / half), 1)
}

/** Words with a letter in story sentences: "1 2 3" and ". , ." have none, so a copy of them checks nothing. */
export function checkableWords(document: AnalyzedDocument): number {
  let words = 0
  for (const sentence of document.sentences) {
    if (sentence.zone === 'boilerplate') continue
    const { text } = sentence
    forEachWord(text, (start, end) => {
      if (HAS_LETTER.test(text.slice(start, end))) words++
    })
  }
  return words
}

const HAS_LETTER = /\p{L}/u

/** Whether the copy's story sentences hold more than `most` different words with a letter (lower-cased). */
function moreWordsThan(document: AnalyzedDocument, most: number): boolean {
  const seen = new Set<string>()
  for (const sentence of document.sentences) {
    if (sentence.zone === 'boilerplate') continue
    const { text } = sentence
    let more = false
    forEachWord(text, (start, end) => {
      const word = text.slice(start, end)
      if (more || !HAS_LETTER.test(word)) return
      seen.add(word.toLowerCase())
      if (seen.size > most) more = true
    })
    if (more) return true
  }
  return false
}

/** Share of the copy's story sentences that have a counterpart in the reference. */
export function alignedShare(document: AnalyzedDocument, alignment: readonly Link[]): number {
  const linked = new Uint8Array(document.sentences.length)
  for (const link of alignment) if (link.reference.length > 0) for (const v of link.variant) linked[v] = 1
  let story = 0
  let aligned = 0
  for (const s of document.sentences) {
    if (s.zone === 'boilerplate') continue
    story++
    aligned += linked[s.index]!
  }
  return story === 0 ? 0 : aligned / story
}

/** Could the checks look at enough of the copy to say anything of its translation? */
export function verifiable(document: AnalyzedDocument, alignment: readonly Link[] | null | undefined): boolean {
  const words = checkableWords(document)
  if (words <= MIN_WORDS || !moreWordsThan(document, MIN_WORDS)) return false
  if (words >= MIN_CHECKABLE_WORDS) return true
  return !!alignment && alignedShare(document, alignment) >= MIN_ALIGNED_SHARE
}

const dimensionOf = (f: Pick<Finding, 'dimension'>) => f.dimension ?? 'fluency'

export function scoreVariant(document: AnalyzedDocument, findings: readonly Finding[], config: AuditConfig, evidence: ScoreEvidence = {}): Score {
  const { previous } = evidence
  const words = storyWords(document)
  const hasReference = evidence.alignment !== undefined && evidence.alignment !== null
  const weigh = (dimension: Dimension) => findings.reduce((sum, f) => sum + (dimensionOf(f) === dimension ? findingWeight(f) : 0), 0)
  const fluencyPenalty = round(weigh('fluency'), 3)
  const fidelityPenalty = round(weigh('fidelity') + (evidence.fidelityPenalties?.reduce((a, b) => a + b, 0) ?? 0), 3)
  const penalty = round(fluencyPenalty + fidelityPenalty, 3)
  const half = halfScoreFor(document)
  const score = scoreOf(penalty, words, half)
  const completeness: Completeness = {
    coverage: evidence.coverage ?? null,
    truncated: findings.some((f) => dimensionOf(f) === 'completeness' && f.check === 'truncated-text'),
  }
  const failOn = config.failOn === null ? Infinity : SEVERITIES.indexOf(config.failOn)
  const gated = findings.some((f) => dimensionOf(f) !== 'completeness' && f.baselineState !== 'unchanged' && SEVERITIES.indexOf(f.severity) >= failOn)
  const underThreshold = score < config.minScore && (previous === undefined || score < previous.score)
  const incomplete =
    (config.minCoverage !== null && completeness.coverage !== null && completeness.coverage < config.minCoverage) ||
    (config.failOnTruncated && completeness.truncated)
  const verdict: Verdict = !verifiable(document, evidence.alignment) ? 'unverified' : underThreshold || gated || incomplete ? 'fail' : 'pass'
  return {
    words,
    penalty,
    score,
    verdict,
    fluency: { penalty: fluencyPenalty, score: scoreOf(fluencyPenalty, words, half) },
    fidelity: hasReference ? { penalty: fidelityPenalty, score: scoreOf(fidelityPenalty, words, half) } : null,
    completeness,
  }
}

/** What scoreVariant needs of an audited variant to score it again after triage (the review's rescore). */
export function evidenceOf(variant: VariantResult): ScoreEvidence {
  return { fidelityPenalties: variant.fidelityPenalties, alignment: variant.coverage === null ? null : variant.alignment, coverage: variant.coverage }
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
