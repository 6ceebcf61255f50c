// Links units greedily, best margin first: a reorder-robust aligner cannot use the monotone dynamic
// programme of vecalign or hunalign. Rewrites reorder whole passages but keep the order inside a passage, so
// a second pass favours a pair that continues a confident link of a neighbouring sentence.
import type { Candidate, Scored } from './pairs.js'
import type { Span } from './units.js'

/** Units linked to units: one each for a match, two variant units for a split, two reference units for a merge. */
export interface Pairing {
  readonly variant: readonly number[]
  readonly reference: readonly number[]
  /** the variant and reference span indexes of the pair */
  readonly v: number
  readonly r: number
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

export function pairUnits(scored: Scored, variantSpans: readonly Span[], referenceSpans: readonly Span[], options: LinkOptions): Pairing[] {
  const sides = { scored, variantSpans, referenceSpans, confident: options.anchorThreshold }
  const plain = Float64Array.from(scored.candidates, (c) => c.margin)
  const anchors = greedy(plain, sides, options.anchorThreshold, Infinity)
  // where each anchored variant unit points in the reference
  const anchorOf = new Map<number, number>()
  for (const a of anchors) a.variant.forEach((u) => anchorOf.set(u, a.reference.at(-1) as number))
  const ranked = Float64Array.from(scored.candidates, (c) => c.margin + (besideAnchor(c, variantSpans, referenceSpans, anchorOf) ? options.neighbourBonus : 0))
  return greedy(ranked, sides, options.threshold, options.repeatThreshold)
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

interface Sides {
  readonly scored: Scored
  readonly variantSpans: readonly Span[]
  readonly referenceSpans: readonly Span[]
  /** margin of a confident pair (explainsMore) */
  readonly confident: number
}

/** Candidates best rank first (`rank[i]` for candidate i); ties keep the candidates' (v, r) order. */
function greedy(rank: Float64Array, sides: Sides, threshold: number, repeatThreshold: number): Pairing[] {
  const { scored, variantSpans, referenceSpans } = sides
  const order = Array.from(rank.keys()).sort((a, b) => (rank[b] as number) - (rank[a] as number))
  const usedVariant = new Uint8Array(scored.bestReference.length)
  const usedReference = new Uint8Array(scored.bestVariant.length)
  const pairings: Pairing[] = []
  for (const i of order) {
    if ((rank[i] as number) < threshold) break
    const c = scored.candidates[i] as Candidate
    const vs = variantSpans[c.v] as Span
    const rs = referenceSpans[c.r] as Span
    if (usedVariant[vs.first] || usedVariant[vs.first + vs.length - 1]) continue
    if (usedReference[rs.first] || usedReference[rs.first + rs.length - 1]) {
      // A sentence the variant says twice has one counterpart: 001 opens with the lede as a summary line and
      // repeats it as its first paragraph, both ↔ 000's lede; 002's deck and its body both render 000's "urgent
      // need for more ammunition" sentence. Only a variant sentence's best pair, and a confident one, may reuse
      // a reference sentence that is already linked.
      if (vs.length === 1 && rs.length === 1 && c.margin >= repeatThreshold) {
        usedVariant[vs.first] = 1
        pairings.push({ variant: [vs.first], reference: [rs.first], v: c.v, r: c.r })
      }
      continue
    }
    if (!explainsMore(scored, c, vs, rs, sides.confident)) continue
    const v = members(vs)
    const r = members(rs)
    v.forEach((u) => (usedVariant[u] = 1))
    r.forEach((u) => (usedReference[u] = 1))
    pairings.push({ variant: v, reference: r, v: c.v, r: c.r })
  }
  return pairings
}

/**
 * A split or merge is taken only when the two units together match better than either alone: a sentence
 * followed by an unrelated neighbour scores lower joined, while two halves of one sentence score higher.
 * Across a paragraph break, which the writer put between the two, each half must also have the other side of
 * the link as its best partner, or be a confident pair with it: 004's quote "After the brutal invasion… they
 * need weapons" matches 000's paragraphs "He pointed to countries like Germany and Norway…" + "If we believe
 * in freedom…" joined better than either, but the Germany/Norway paragraph is better rendered by 004's
 * "Several NATO allies who had a policy of never exporting arms…", so the two are not read as one.
 */
function explainsMore(scored: Scored, c: Candidate, vs: Span, rs: Span, confident: number): boolean {
  if (vs.length === 1 && rs.length === 1) return true
  // the span indexes of single units are the unit indexes (spans() lists every unit first)
  if (vs.length === 2) {
    return members(vs).every((u) => {
      const score = scored.score(u, c.r)
      return score < c.score && (!vs.crossesParagraph || scored.bestReference[u] === c.r || scored.margin(u, c.r, score) >= confident)
    })
  }
  return members(rs).every((u) => {
    const score = scored.score(c.v, u)
    return score < c.score && (!rs.crossesParagraph || scored.bestVariant[u] === c.v || scored.margin(c.v, u, score) >= confident)
  })
}
