// Links units greedily, best margin first: a reorder-robust aligner cannot use the monotone dynamic
// programme of vecalign or hunalign. Rewrites reorder whole passages but keep the order inside a passage, so
// a second pass favours a pair that continues a confident link of a neighbouring sentence.
import type { Candidate, Scored } from './pairs.js'
import type { Span } from './units.js'

/** Units linked to units: one each for a match, two variant units for a split, two reference units for a merge. */
export interface Pairing {
  readonly variant: readonly number[]
  readonly reference: readonly number[]
}

export interface LinkOptions {
  /** margin a pair needs to link */
  readonly threshold: number
  /** margin of a confident link (an anchor), whose neighbours get `neighbourBonus` */
  readonly anchorThreshold: number
  /** added to the margin of a pair next to an anchor on both sides (002: "Mr Stoltenberg countered…") */
  readonly neighbourBonus: number
  /** margin a pair needs to link a variant unit to a reference unit that is already linked */
  readonly repeatThreshold: number
}

const members = (s: Span) => (s.length === 1 ? [s.first] : [s.first, s.first + 1])

interface Ranked extends Candidate {
  readonly rank: number
}
const byRank = (a: Ranked, b: Ranked) => b.rank - a.rank || a.v - b.v || a.r - b.r

export function pairUnits(scored: Scored, variantSpans: readonly Span[], referenceSpans: readonly Span[], options: LinkOptions): Pairing[] {
  const plain = scored.candidates.map((c) => ({ ...c, rank: c.margin }))
  const anchors = greedy(plain, scored, variantSpans, referenceSpans, options.anchorThreshold, Infinity)
  // where each anchored variant unit points in the reference
  const anchorOf = new Map<number, number>()
  for (const a of anchors) a.variant.forEach((u) => anchorOf.set(u, a.reference.at(-1) as number))
  const ranked = scored.candidates.map((c) => ({ ...c, rank: c.margin + (besideAnchor(c, variantSpans, referenceSpans, anchorOf) ? options.neighbourBonus : 0) }))
  return greedy(ranked, scored, variantSpans, referenceSpans, options.threshold, options.repeatThreshold)
}

/** True when the variant unit before (after) the pair's is anchored to the reference unit before (after) it. */
function besideAnchor(c: Candidate, variantSpans: readonly Span[], referenceSpans: readonly Span[], anchorOf: ReadonlyMap<number, number>): boolean {
  const v = variantSpans[c.v] as Span
  const r = referenceSpans[c.r] as Span
  const before = anchorOf.get(v.first - 1)
  const after = anchorOf.get(v.first + v.length)
  return (before !== undefined && r.first - before >= 1 && r.first - before <= 2) ||
    (after !== undefined && after - (r.first + r.length - 1) >= 1 && after - (r.first + r.length - 1) <= 2)
}

function greedy(
  ranked: readonly Ranked[],
  scored: Scored,
  variantSpans: readonly Span[],
  referenceSpans: readonly Span[],
  threshold: number,
  repeatThreshold: number,
): Pairing[] {
  const usedVariant = new Set<number>()
  const usedReference = new Set<number>()
  const pairings: Pairing[] = []
  for (const c of [...ranked].sort(byRank)) {
    if (c.rank < threshold) break
    const v = members(variantSpans[c.v] as Span)
    const r = members(referenceSpans[c.r] as Span)
    if (v.some((u) => usedVariant.has(u))) continue
    if (r.some((u) => usedReference.has(u))) {
      // A sentence the variant says twice has one counterpart: 001 opens with the lede as a summary line and
      // repeats it as its first paragraph, both ↔ 000's lede. Only a variant sentence's best pair, and a
      // clear one, may reuse a reference sentence that is already linked.
      if (v.length === 1 && r.length === 1 && c.margin >= repeatThreshold) {
        usedVariant.add(v[0] as number)
        pairings.push({ variant: v, reference: r })
      }
      continue
    }
    if (!explainsMore(scored, c, v, r)) continue
    v.forEach((u) => usedVariant.add(u))
    r.forEach((u) => usedReference.add(u))
    pairings.push({ variant: v, reference: r })
  }
  return pairings
}

/**
 * A split or merge is taken only when the two units together match better than either alone: a sentence
 * followed by an unrelated neighbour scores lower joined, while two halves of one sentence score higher.
 */
function explainsMore(scored: Scored, c: Candidate, v: readonly number[], r: readonly number[]): boolean {
  if (v.length === 1 && r.length === 1) return true
  // the span indexes of single units are the unit indexes (spans() lists every unit first)
  if (v.length === 2) return v.every((u) => scored.score(u, c.r) < c.score)
  return r.every((u) => scored.score(c.v, u) < c.score)
}
