import { contextWords, sameQuantity, sentenceQuantities, type Quantity } from './number-mismatch/quantities.js'
import type { AnalyzedDocument, BundleContext, Check, Draft, Link, Sentence } from '../types.js'
import { AUTHORITY, trustOf } from './authority.js'

interface Placed extends Quantity {
  readonly sentence: Sentence
}

// A reference sentence is placed for every variant sentence linked to it (eight systems' copies link eight).
const placedPerSentence = (document: AnalyzedDocument) => new Array<readonly Placed[] | undefined>(document.sentences.length)

function placedIn(bundle: BundleContext, document: AnalyzedDocument, cache: (readonly Placed[] | undefined)[], i: number): readonly Placed[] {
  const sentence = document.sentences[i]!
  // field by field, not { ...q, sentence }: a spread copy enumerates the object's keys each time
  return (cache[i] ??= sentenceQuantities(bundle, document, i).map((q) => ({
    kind: q.kind, value: q.value, precision: q.precision, unit: q.unit, approximate: q.approximate, start: q.start, end: q.end, sentence,
  })))
}

function placed(bundle: BundleContext, document: AnalyzedDocument, indexes: readonly number[]): readonly Placed[] {
  const cache = bundle.derived(document, placedPerSentence)
  // most links are one sentence to one ("Kyiv asked for tanks." / "基辅要求坦克。"): its cached list, not a copy
  if (indexes.length === 1) return placedIn(bundle, document, cache, indexes[0]!)
  return indexes.flatMap((i) => placedIn(bundle, document, cache, i))
}

// A reference quantity left over is tried against every leftover of each variant linked to its sentence (eight
// systems' copies: eight times), so the words around it are read once. Placed objects are derived per document.
const contextOf = (q: Placed) => contextWords(q.sentence.text, q)

// Each variant of a bundle asks for every other variant's quantities: with eight systems' copies, seven lists
// for each of eight variants; one list a document, in the bundle context, does for all of them.
const documentQuantities = (document: AnalyzedDocument, bundle: BundleContext) => document.sentences.flatMap((s) => sentenceQuantities(bundle, document, s.index))

/**
 * Whether two leftover quantities of a link are one fact rendered differently. Rewrites add facts of their own
 * ("…and the United Kingdom, which has pledged 14 Challenger tanks", 004, beside the reference's "31 Abrams
 * tanks"), so a count pairs only with a count of the same thing, and the rest only when each side has exactly one
 * leftover of that kind.
 */
function counterpart(bundle: BundleContext, v: Placed, leftovers: readonly Placed[], variantLeftovers: readonly Placed[]): Placed | undefined {
  // and a link may pair two sentences that report different figures ("the Dow down 1.3%" / "the Treasury yield
  // rose to 4.8%"): the words around both must have something in common ("fell", "Abrams", "reported on")
  const around = bundle.derived(v, contextOf)
  // and a whole number is another kind of figure than a decimal: "300 injured" is no rendering of "magnitude 6.1"
  const sameKind = leftovers.filter((r) => r.kind === v.kind && Number.isInteger(r.value) === Number.isInteger(v.value) && bundle.derived(r, contextOf).some((w) => around.includes(w)))
  if (v.kind === 'count' || v.kind === 'ordinal') return sameKind.find((r) => r.unit.some((u) => v.unit.includes(u)))
  if (v.kind === 'money') return sameKind.find((r) => r.unit[0] === v.unit[0])
  const ours = variantLeftovers.filter((q) => q.kind === v.kind)
  return sameKind.length === 1 && ours.length === 1 ? sameKind[0] : undefined
}

/**
 * Whether other copies give the same figure: then this is a version of the story, not this copy's error.
 * Writethroughs carry new figures (a toll of 120, then 135), and parallel translations of one source (nt21: eight
 * systems) all write "entered Qinghai at 19:54" where the human reference has "19:00". The copies that agree must
 * be worth AUTHORITY points (src/checks/authority.ts): an English copy, or two machine translations — one other
 * MT system making the same slip is no version of the story.
 */
function backed(v: Quantity, others: readonly OtherQuantities[]): boolean {
  let points = 0
  for (const o of others) if (o.quantities.some((q) => sameQuantity(v, q))) points += o.trust
  return points >= AUTHORITY
}

interface OtherQuantities {
  readonly quantities: readonly Quantity[]
  readonly trust: number
}

/** The figures of a link that differ from the reference's, added to `found`: a list for all links, not a generator a link (most have no quantity). */
function mismatches(
  bundle: BundleContext,
  link: Link,
  variant: AnalyzedDocument,
  reference: AnalyzedDocument,
  others: () => readonly OtherQuantities[],
  found: Draft[],
  seen: Set<string>,
): void {
  const ours = placed(bundle, variant, link.variant)
  // a finding needs a leftover on both sides, and most sentences have no quantity at all ("Kyiv asked for tanks.")
  if (ours.length === 0) return
  const theirs = placed(bundle, reference, link.reference)
  if (theirs.length === 0) return
  // first take out every quantity the other side also has, in any wording ("fourteen" / "14", "7.5 per cent" / "7.5%")
  const leftoverReference = [...theirs]
  const leftoverVariant = ours.filter((v) => {
    const i = leftoverReference.findIndex((r) => sameQuantity(v, r))
    if (i < 0) return true
    leftoverReference.splice(i, 1)
    return false
  })
  for (const v of leftoverVariant) {
    const r = counterpart(bundle, v, leftoverReference, leftoverVariant)
    if (!r) continue
    leftoverReference.splice(leftoverReference.indexOf(r), 1)
    // one discrepancy counts once, however often the copy repeats the figure
    const key = `${v.kind}\u0000${v.value}\u0000${r.value}`
    if (seen.has(key)) continue
    seen.add(key)
    const shown = v.sentence.text.slice(v.start, v.end)
    const expected = r.sentence.text.slice(r.start, r.end)
    const what = v.kind === 'count' || v.kind === 'ordinal' ? 'Number' : v.kind[0]!.toUpperCase() + v.kind.slice(1)
    const version = backed(v, others())
    // a rewrite may follow another version of the story than the reference (a later toll, another outlet): only
    // other copies that give the reference's figure show that this copy, not the story, changed it
    const error = !version && (variant.segmented === true || backed(r, others()))
    found.push({
      message: version
        ? `${what} \`${shown}\` differs from \`${expected}\` in the aligned reference sentence, as in other copies of the story: a version difference (an update or another source), not a translation error.`
        : error
          ? `${what} \`${shown}\` differs from \`${expected}\` in the aligned reference sentence${variant.segmented === true ? '' : ', which other copies also give'}; check the figure against the source and correct it.`
          : `${what} \`${shown}\` differs from \`${expected}\` in the aligned reference sentence; no other copy settles whether this is another version of the story or an error: check it against the source.`,
      severity: !error ? 'neutral' : variant.segmented === true ? 'major' : 'minor',
      start: v.sentence.start + v.start,
      end: v.sentence.start + v.end,
      sentence: v.sentence.index,
      reference: { sentence: r.sentence.index, start: r.sentence.start + r.start, end: r.sentence.start + r.end },
    })
  }
}

const numberMismatch: Check = {
  id: 'number-mismatch',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  needs: 'reference',
  description: 'Finds a number, amount, percentage, date, weekday or score that differs from the one in the aligned reference sentence.',
  explanation:
    'Within each alignment link (a variant sentence and its reference counterpart), quantities are read and ' +
    'normalised: "fourteen" = "14", "100,000" = "100 000" = "100k", "7.5%" = "7.5 per cent", "20 million euros" = ' +
    '"€20 million", "US$" = "$" = "dollars"; a rounded figure matches the precise one ("1.3%" / "1.29%", "more than ' +
    '83,000" / "83,179"). What both sides share is set aside; a leftover is reported only against a leftover of the ' +
    'same kind and thing: "13 Abrams tanks" against "31 Abrams tanks", "Tuesday" against "Monday", "2-0" against ' +
    '"2-1". Rewrites add facts, so a number with no counterpart is not a finding, and relative dates ("Monday", ' +
    '"last year") are never compared with calendar dates. Model numbers ("Leopard 2") and vague amounts ' +
    '("hundreds of tanks") are not quantities, and a whole number never pairs with a decimal ("300 injured" / ' +
    '"magnitude 6.1"). A figure other copies of the story also give (an English copy, or two machine ' +
    'translations) is a version difference (a writethrough\'s new toll, another source), reported as a neutral note; so is a ' +
    'difference in a rewrite that no other copy settles. One discrepancy counts once however often it is ' +
    'repeated. Otherwise it is major in sentence-parallel input, and minor in a rewrite when other copies give ' +
    'the reference\'s figure (then this copy, not the story, changed it).',
  *run({ variant, reference, alignment, others, bundle }) {
    if (!reference) return
    let quantitiesOfOthers: OtherQuantities[] | undefined
    const ofOthers = () => (quantitiesOfOthers ??= others.map((o) => ({ quantities: bundle.derived(o, documentQuantities), trust: trustOf(o) })))
    const found: Draft[] = []
    const seen = new Set<string>()
    for (const link of alignment) if (link.variant.length > 0 && link.reference.length > 0) mismatches(bundle, link, variant, reference, ofOthers, found, seen)
    yield* found
  },
}
export default numberMismatch
