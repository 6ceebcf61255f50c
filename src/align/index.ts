// align: variant × reference sentences → Link[], for rewrites whose sentences are reordered, split, merged,
// dropped and added. The steps, each in its own module:
//   units.ts  a sentence with the fragments MT broke off it ("…military planes." + "chase.") is one unit
//   pairs.ts  every unit, split and merge candidate scored (bigram Dice + rare shared words), normalised
//   link.ts   greedy linking, best margin first, each unit used once (repeats of a confident match allowed)
//   moved.ts  links off the longest in-order run are `moved`
import type { AnalyzedDocument, Link } from '../types.js'
import { prepare, type PreparedUnits } from './items.js'
import { pairUnits } from './link.js'
import { offLongestRun } from './moved.js'
import { candidates } from './pairs.js'
import { alignable, spans, units, type Unit } from './units.js'

/** Names the aligner in the report signature (`align:…`); bump when its output changes. */
export const ALIGNER_ID = 'margin-dice@3'

export interface AlignOptions {
  /** weight of character-bigram Dice in a pair's score; the rest is rare shared words (src/align/words.ts) */
  readonly diceWeight: number
  /** margin over the background a pair needs to be counterparts (README.md, "Alignment", for its calibration) */
  readonly threshold: number
  /** margin of a confident link, whose neighbours in both texts are favoured by `neighbourBonus` */
  readonly anchorThreshold: number
  readonly neighbourBonus: number
  /**
   * margin a variant sentence needs to link to a reference sentence that already has a counterpart: a confident
   * link's (as `anchorThreshold`). The generator makes no repeats, so its cases cannot calibrate a value of its
   * own; they show this one costs nothing there (strict F1 0.992 at 0.3 and at 0.18).
   */
  readonly repeatThreshold: number
  /** added to the margin of a headline against a headline that is over the floor (see pairs.ts) */
  readonly headlineBonus: number
  /** unit pairs up to which every pair is scored (scores.ts, EXACT_PAIRS); the bench sets it to compare */
  readonly exactPairs?: number
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  diceWeight: 0.5,
  threshold: 0.12,
  anchorThreshold: 0.18,
  neighbourBonus: 0.05,
  repeatThreshold: 0.18,
  headlineBonus: 0.2,
}

/**
 * A reference ready to be aligned with each of its variants in turn (a WMT document with eight systems' outputs
 * is aligned eight times): its units, their bigram profiles and evidence keys, numbered in vocabularies of its
 * own that its variants share. Made once per bundle by audit() and dropped with it.
 */
export interface AlignmentReference {
  readonly doc: AnalyzedDocument
  readonly prepared: PreparedUnits
}

export function prepareReference(doc: AnalyzedDocument): AlignmentReference {
  return { doc, prepared: prepare(units(alignable(doc))) }
}

export function align(variant: AnalyzedDocument, reference: AnalyzedDocument | null, options: Partial<AlignOptions> = {}): Link[] {
  return reference ? alignTo(variant, prepareReference(reference), options) : []
}

/** align() against a reference prepared once for all its variants. */
export function alignTo(variant: AnalyzedDocument, prepared: AlignmentReference, options: Partial<AlignOptions> = {}): Link[] {
  const reference = prepared.doc
  const settings = { ...DEFAULT_ALIGN_OPTIONS, ...options }
  const rPrepared = prepared.prepared
  const vPrepared = prepare(units(alignable(variant)), rPrepared)
  const vUnits = vPrepared.units
  const rUnits = rPrepared.units
  const vSpans = spans(vUnits, variant.segmented)
  const rSpans = spans(rUnits, reference.segmented)
  const floor = Math.min(settings.threshold - settings.neighbourBonus, settings.anchorThreshold)
  const scored = candidates(vSpans, rSpans, vPrepared, rPrepared, { ...settings, floor })
  const pairings = pairUnits(scored, vSpans, rSpans, settings).sort((a, b) => (a.variant[0] as number) - (b.variant[0] as number))

  const sentencesOf = (list: readonly Unit[], ids: readonly number[]) => ids.flatMap((u) => (list[u] as Unit).sentences)
  const moved = offLongestRun(pairings.map((p) => p.reference[0] as number))

  const links: Link[] = []
  const linkedVariant = new Set<number>()
  const linkedReference = new Set<number>()
  pairings.forEach((p, k) => {
    const v = sentencesOf(vUnits, p.variant)
    const r = sentencesOf(rUnits, p.reference)
    v.forEach((i) => linkedVariant.add(i))
    r.forEach((i) => linkedReference.add(i))
    const kind = r.length > 1 ? 'merge' : v.length > 1 ? 'split' : 'match'
    links.push({ variant: v, reference: r, kind, moved: moved[k] as boolean, similarity: scored.dice(p.v, p.r) })
  })
  for (const u of vUnits) for (const i of u.sentences) if (!linkedVariant.has(i)) links.push(lone([i], []))
  for (const u of rUnits) for (const j of u.sentences) if (!linkedReference.has(j)) links.push(lone([], [j]))
  // variant order, the dropped reference sentences last in reference order
  return links.sort((a, b) => first(a.variant) - first(b.variant) || first(a.reference) - first(b.reference))
}

const first = (list: readonly number[]) => list[0] ?? Number.MAX_SAFE_INTEGER

function lone(variant: number[], reference: number[]): Link {
  return { variant, reference, kind: variant.length ? 'added' : 'dropped', moved: false, similarity: 0 }
}
