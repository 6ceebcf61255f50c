// Scores every candidate pair of spans (unit-unit, split: two variant units-unit, merge: unit-two reference
// units) and normalises each score against the background of its two sides, as vecalign normalises a pair's
// cost by the costs of each side against random sentences of the other text.
import { BigramVocabulary, bigramProfile } from '../text/bigrams.js'
import { compare, type Item } from './matrix.js'
import type { Span, Unit } from './units.js'
import { EvidenceWeights, evidenceKeys, weightOf } from './words.js'

export interface Candidate {
  /** index into the variant spans */
  readonly v: number
  /** index into the reference spans */
  readonly r: number
  /** weighted blend of bigram Dice and evidence Dice, 0–1 */
  readonly score: number
  /** score minus the mean score of its two sides against everything on the other side */
  readonly margin: number
}

export interface PairOptions {
  /** weight of bigram Dice against evidence Dice in the score */
  readonly diceWeight: number
  /** pairs with a margin under this are not returned (the linker's lowest threshold) */
  readonly floor: number
  /** added to the score of a headline against a headline */
  readonly headlineBonus: number
}

function union(a: Int32Array, b: Int32Array): Int32Array {
  return Int32Array.from(new Set([...a, ...b])).sort()
}

function items(list: readonly Span[], unitEvidence: readonly Int32Array[], vocabulary: BigramVocabulary, weights: Float64Array): Item[] {
  return list.map((s) => {
    const first = unitEvidence[s.first] as Int32Array
    const evidence = s.length === 1 ? first : union(first, unitEvidence[s.first + 1] as Int32Array)
    // lower case: a headline's Title Case ("Secretary General Of NATO") is not a different text
    return { profile: bigramProfile(s.text.toLowerCase(), vocabulary), evidence, mass: weightOf(evidence, weights) }
  })
}

export interface Scored {
  /** candidates with a margin at or over the threshold */
  readonly candidates: readonly Candidate[]
  /** the score of any pair of a variant span and a reference span (not two spans with each other) */
  score(v: number, r: number): number
}

export function candidates(
  variantSpans: readonly Span[],
  referenceSpans: readonly Span[],
  variantUnits: readonly Unit[],
  referenceUnits: readonly Unit[],
  options: PairOptions,
): Scored {
  const evidence = new EvidenceWeights()
  const vEvidence = variantUnits.map((u) => evidence.add(evidenceKeys(u.text)))
  const rEvidence = referenceUnits.map((u) => evidence.add(evidenceKeys(u.text)))
  const weights = evidence.weights()
  const vocabulary = new BigramVocabulary()
  const vItems = items(variantSpans, vEvidence, vocabulary, weights)
  const rItems = items(referenceSpans, rEvidence, vocabulary, weights)
  const n = variantUnits.length
  const m = referenceUnits.length
  // variant units against every reference span, then variant pairs against reference units: no pair-pair
  const wide = compare(vItems.slice(0, n), rItems, vocabulary.size, weights)
  const tall = compare(vItems.slice(n), rItems.slice(0, m), vocabulary.size, weights)
  const blend = (dice: number, words: number) => options.diceWeight * dice + (1 - options.diceWeight) * words
  const score = (v: number, r: number): number =>
    v < n
      ? blend(wide.dice[v * wide.columns + r] as number, wide.words[v * wide.columns + r] as number)
      : blend(tall.dice[(v - n) * m + r] as number, tall.words[(v - n) * m + r] as number)
  // A headline renders the other text's headline when it is a counterpart at all: 002's "He asked South Korea
  // to send weapons to Ukraine" shares more words with 000's body line "…asks South Korea to 'step up'
  // military support for Ukraine." than with 000's headline "NATO chief asks S. Korea to 'step up'…".
  const headlines = (v: number, r: number) =>
    v < n && r < m && variantUnits[v]?.zone === 'headline' && referenceUnits[r]?.zone === 'headline' ? options.headlineBonus : 0

  // Background of each side: its mean score against the other side's units. Most pairs in a story are not
  // counterparts, so the mean stands for a random pair, and a margin over it does not depend on how alike
  // the story's sentences are overall (every sentence of the seed story mentions Korea, NATO and Ukraine).
  const rowMean = variantSpans.map((_, v) => mean(m, (r) => score(v, r)))
  const columnMean = referenceSpans.map((_, r) => mean(n, (v) => score(v, r)))
  const out: Candidate[] = []
  for (let v = 0; v < variantSpans.length; v++) {
    for (let r = 0; r < (v < n ? referenceSpans.length : m); r++) {
      const s = score(v, r)
      const raw = s - ((rowMean[v] as number) + (columnMean[r] as number)) / 2
      if (raw < options.floor) continue
      out.push({ v, r, score: s, margin: raw + headlines(v, r) })
    }
  }
  return { candidates: out, score }
}

function mean(count: number, f: (i: number) => number): number {
  if (count === 0) return 0
  let total = 0
  for (let i = 0; i < count; i++) total += f(i)
  return total / count
}
