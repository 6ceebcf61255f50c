// One text's spans ready to compare: a bigram profile and evidence ids each. Units are built at once; the
// two-unit spans (splits, merges) only when a pair needs them, from their two units' (joinProfiles).
import { BigramVocabulary, JoinScratch, bigramProfile, joinProfiles, type BigramProfile } from './bigrams.js'
import type { Item } from './matrix.js'
import type { Span, Unit } from './units.js'
import { EvidenceVocabulary, evidenceKeyIds, weightOf } from './words.js'

/** What a text's units bring to any comparison: each unit's bigram profile and distinct evidence keys. */
export interface PreparedUnits {
  /**
   * the bigram ids the profiles are written in: a reference's, shared by each variant aligned with it, so that a
   * reference's profiles are made once for all its variants (a WMT document's eight systems share one). Ids only
   * name bigrams; Dice counts them, so which id a bigram gets changes no score.
   */
  readonly vocabulary: BigramVocabulary
  /** the evidence keys' numbers, the reference's as the bigram ids are (words.ts) */
  readonly evidence: EvidenceVocabulary
  readonly units: readonly Unit[]
  readonly profiles: readonly BigramProfile[]
  /** each unit's distinct evidence keys, by their numbers in `evidence` */
  readonly keys: readonly Int32Array[]
}

/** Units prepared in a reference's vocabularies; none given: new ones (a reference's own). */
export function prepare(units: readonly Unit[], shared?: Pick<PreparedUnits, 'vocabulary' | 'evidence'>): PreparedUnits {
  const vocabulary = shared?.vocabulary ?? new BigramVocabulary()
  const evidence = shared?.evidence ?? new EvidenceVocabulary()
  return {
    vocabulary,
    evidence,
    units,
    // lower case: a headline's Title Case ("Secretary General Of NATO") is not a different text
    profiles: units.map((u) => bigramProfile(u.text.toLowerCase(), vocabulary)),
    keys: units.map((u) => evidenceKeyIds(u.text, evidence)),
  }
}

/** Zones that are not story text; headlines, subheads and body text may render one another. */
const ASIDE = new Map<string, string>([['dateline', 'dateline'], ['byline', 'byline'], ['caption', 'caption']])

export class Side {
  /** items of the units, index = unit index = span index (spans() lists every unit first) */
  readonly unitItems: readonly Item[]

  readonly units: readonly Unit[]
  private readonly vocabulary: BigramVocabulary
  // where a span's item is made (see item)
  private readonly joined = new JoinScratch()
  private evidenceRoom = new Int32Array(256)

  constructor(
    prepared: PreparedUnits,
    readonly spans: readonly Span[],
    private readonly evidence: readonly Int32Array[],
    private readonly weights: Float64Array,
  ) {
    this.units = prepared.units
    this.vocabulary = prepared.vocabulary
    this.unitItems = prepared.profiles.map((profile, i) => {
      const ids = evidence[i] as Int32Array
      return { profile, evidence: ids, mass: weightOf(ids, weights) }
    })
  }

  /**
   * A unit's item, or a span's made in this side's scratch space: a span's holds until the side makes the next
   * one, which is all Scores needs (it compares the item at once with the other side's and keeps the pair's
   * score). Kept, a long document's joined profiles were a third of what its alignment held; made anew each time,
   * their arrays piled up outside V8's heap faster than the collector freed them.
   */
  item(span: number): Item {
    if (span < this.units.length) return this.unitItems[span] as Item
    const s = this.spans[span] as Span
    const a = this.evidence[s.first] as Int32Array
    const b = this.evidence[s.first + 1] as Int32Array
    if (this.evidenceRoom.length < a.length + b.length) this.evidenceRoom = new Int32Array(2 * (a.length + b.length))
    const evidence = union(a, b, this.evidenceRoom)
    const profile = joinProfiles(this.profileOf(s.first), this.profileOf(s.first + 1), this.vocabulary, this.joined)
    return { profile, evidence, mass: weightOf(evidence, this.weights) }
  }

  /**
   * 'text' for headlines, subheads and body; a dateline, byline or caption is its own kind and renders only its
   * kind: 004's dateline "Seoul, South Korea" is no rendering of 000's subhead "- North Korea -", nor is 001's
   * photo caption "Stoltenberg shakes hands with…" one of 000's summary line "Stoltenberg asks South Korea…".
   */
  kind(span: number): string {
    return ASIDE.get((this.units[(this.spans[span] as Span).first] as Unit).zone) ?? 'text'
  }

  private profileOf(unit: number): BigramProfile {
    return (this.unitItems[unit] as Item).profile
  }
}

/** Union of two ascending id lists, ascending, written into `out` (as long as both lists) and a view of it returned. */
function union(a: Int32Array, b: Int32Array, out: Int32Array): Int32Array {
  const aLength = a.length
  const bLength = b.length
  let k = 0
  let i = 0
  let j = 0
  while (i < aLength || j < bLength) {
    // past the end: an integer over any id (Infinity would make these doubles)
    const x = i < aLength ? (a[i] as number) : 0x7fffffff
    const y = j < bLength ? (b[j] as number) : 0x7fffffff
    out[k++] = x <= y ? x : y
    if (x <= y) i++
    if (y <= x) j++
  }
  return out.subarray(0, k)
}

/** Weighted Dice of two sorted evidence id lists. */
export function evidenceDice(a: Item, b: Item, weights: Float64Array): number {
  let common = 0
  for (let i = 0, j = 0; i < a.evidence.length && j < b.evidence.length; ) {
    const x = a.evidence[i] as number
    const y = b.evidence[j] as number
    if (x === y) {
      common += weights[x] as number
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return a.mass + b.mass > 0 ? (2 * common) / (a.mass + b.mass) : 0
}
