// score: findings + word counts → {penalty, score, verdict}. MQM weights as in the public WMT MQM annotations.
import { sentenceAt } from '../text/neighbours.js'
import { sentenceWords } from '../text/word-spans.js'
import type { AnalyzedDocument, AuditConfig, Finding, Severity, Verdict } from '../types.js'
import { SEVERITIES } from '../types.js'

export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { neutral: 0, minor: 1, major: 5, critical: 25 }
/** A minor punctuation error weighs a tenth of a minor error (WMT MQM: "Minor Fluency/Punctuation 0.1"). */
export const MINOR_PUNCTUATION_WEIGHT = 0.1
/** Penalty points per 100 words at which the score is halved (see README, "Score"). */
export const HALF_SCORE_PENALTY_PER_100_WORDS = 5

export function findingWeight(finding: Pick<Finding, 'severity' | 'category'>): number {
  if (finding.severity === 'minor' && finding.category === 'Fluency/Punctuation') return MINOR_PUNCTUATION_WEIGHT
  return SEVERITY_WEIGHTS[finding.severity]
}

/**
 * Words of story text: boilerplate is not the story and is not scored. Counted from sentenceWords, which the
 * checks have listed for every story sentence by the time a variant is scored (untranslated-text, on by default,
 * reads them all), instead of scanning every sentence once more.
 */
export function storyWords(document: AnalyzedDocument): number {
  let words = 0
  for (const sentence of document.sentences) if (sentence.zone !== 'boilerplate') words += sentenceWords(sentence).length
  return words
}

export interface Score {
  readonly words: number
  readonly penalty: number
  readonly score: number
  readonly verdict: Verdict
}

export interface ScoreEvidence {
  /** per sentence fidelity penalty (src/score/fidelity.ts), when fidelity is on */
  readonly fidelityPenalties?: readonly number[] | null
  /**
   * the baseline's score for this variant, when a baseline is given. Then findings marked `unchanged` do not
   * trip --fail-on, and a score under the threshold fails only if it is also under the baseline's (a regression).
   */
  readonly previous?: { readonly score: number }
}

/** Penalty points per variant sentence: its findings' weights plus its fidelity penalty. */
export function sentencePenalties(document: AnalyzedDocument, findings: readonly Finding[], fidelity?: readonly number[] | null): number[] {
  const points = document.sentences.map((_, i) => fidelity?.[i] ?? 0)
  for (const f of findings) {
    // a binary search, not a scan of the sentences for each finding (100,000 one-line sentences, one finding each)
    const at = f.sentence ?? sentenceAt(document, f.start)?.index
    if (at !== undefined && at >= 0) points[at] = points[at]! + findingWeight(f)
  }
  return points
}

export function scoreVariant(document: AnalyzedDocument, findings: readonly Finding[], config: AuditConfig, evidence: ScoreEvidence = {}): Score {
  const { previous } = evidence
  const words = storyWords(document)
  const fidelity = evidence.fidelityPenalties?.reduce((a, b) => a + b, 0) ?? 0
  const penalty = round(findings.reduce((sum, f) => sum + findingWeight(f), 0) + fidelity, 3)
  const per100 = (100 * penalty) / Math.max(words, 1)
  const score = round(100 / (1 + per100 / HALF_SCORE_PENALTY_PER_100_WORDS), 1)
  const failOn = config.failOn === null ? Infinity : SEVERITIES.indexOf(config.failOn)
  const gated = findings.some((f) => f.baselineState !== 'unchanged' && SEVERITIES.indexOf(f.severity) >= failOn)
  const underThreshold = score < config.minScore && (previous === undefined || score < previous.score)
  return { words, penalty, score, verdict: underThreshold || gated ? 'fail' : 'pass' }
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
