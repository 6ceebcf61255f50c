import { localAlignment } from '../text/edit-distance.js'
import { functionWordSubset } from '../text/english-words.js'
import { sentenceAt } from '../text/neighbours.js'
import { quotes, type Quote } from './quotation-drift/quotes.js'
import type { AnalyzedDocument, BundleContext, Check, Draft } from '../types.js'
import { AUTHORITY, trustOf } from './authority.js'

// Words whose swap does not change what was said ("a"/"the", "of"/"for"): a substitution counts only if it
// touches a word outside this list.
const FUNCTION = functionWordSubset(
  'a an the of for to in on at by with and or but that this these those is are was were be been will would shall should can could it its we ' +
    'our us they their them you your he his she her i my me there then so as if do does did has have had who which',
)
const NEGATION = new Set(['not', 'no', 'never', 'nothing', 'none', 'nor', 'cannot'])
// "policy" / "policies", "change" / "changed": one word inflected, not reworded
const stem = (word: string) => word.replace(/(?:ies|es|s|ed|ing|d)$/, '').slice(0, 6)

/** What comparing two wordings finds: a Drift without the quotes it came from. */
interface Comparison {
  /** words the two wordings share in their aligned stretch (the closest rendering has the most) */
  readonly matched: number
  /** variant words inside substitutions, or a negation lost or added */
  readonly changed: number
  /** the substitutions: the variant's words and the other rendering's */
  readonly gaps: readonly { readonly ours: readonly string[]; readonly theirs: readonly string[] }[]
  readonly negation: boolean
  /** the compared words on each side, [from, to): the shared stretch, and a different ending */
  readonly a: readonly [number, number]
  readonly b: readonly [number, number]
}

interface Drift extends Comparison {
  readonly quote: Quote
  readonly other: Quote
}

interface Words {
  readonly words: readonly string[]
  /** the words as numbers, the same number for the same word within the bundle */
  readonly ids: Int32Array
  /** 1 for a content word (not in FUNCTION), 0 for a function word, per word */
  readonly isContent: Uint8Array
  /** how many content words, repeats counted */
  readonly contentCount: number
}

// The alignment compares every word of one quote with every word of the other, and equal words sliced from
// different texts ("support" in two variants) are compared character by character: it is given numbers instead,
// one per distinct word of the bundle.
const numbering = (_bundle: BundleContext) => new Map<string, number>()

// Parallel translations often quote alike: on nt21 only one pair of quotes compared in fifteen brought two wordings
// not compared before, in this or another pair of documents (half had the same words on both sides). Quotes with the
// same words share one record, so what one comparison of two wordings finds serves every pair of quotes worded so.
const wordings = (_bundle: BundleContext) => new Map<string, Words>()

// A quote is compared with every quote of the reference and of the other variants: its words are listed once.
const quoteWordsOf = (bundle: BundleContext, quote: Quote): Words => bundle.derived(quote, listQuoteWords)
function listQuoteWords(quote: Quote, bundle: BundleContext): Words {
  const words = quote.words.map((w) => w.word)
  // words hold no space (word-spans.ts): joined by one, two wordings give the same key only if they are the same
  const key = words.join(' ')
  const known = bundle.derived(bundle, wordings).get(key)
  if (known !== undefined) return known
  const numbers = bundle.derived(bundle, numbering)
  const ids = new Int32Array(words.length)
  const isContent = new Uint8Array(words.length)
  let contentCount = 0
  words.forEach((word, i) => {
    let id = numbers.get(word)
    if (id === undefined) numbers.set(word, (id = numbers.size))
    ids[i] = id
    if (!FUNCTION.has(word)) {
      isContent[i] = 1
      contentCount++
    }
  })
  const wording = { words, ids, isContent, contentCount }
  bundle.derived(bundle, wordings).set(key, wording)
  return wording
}

// The stems of a wording, for the few that are asked whether they back a substitution (uses()).
const stemsOf = (wording: Words): ReadonlySet<string> => new Set(wording.words.map(stem))

/** The quotes of a document that hold a content word: "military" → quotes [2, 7]. */
type Holders = number[]

// Each document's content words (by number), with their holders.
function contentIndex(document: AnalyzedDocument, bundle: BundleContext): Map<number, Holders> {
  const index = new Map<number, Holders>()
  quotes(bundle, document).forEach((quote, k) => {
    const { ids, isContent } = quoteWordsOf(bundle, quote)
    for (let i = 0; i < ids.length; i++) {
      if (isContent[i] === 0) continue
      const holders = index.get(ids[i]!)
      if (holders === undefined) index.set(ids[i]!, [k])
      else if (holders.at(-1) !== k) holders.push(k)
    }
  })
  return index
}

/** A wording's content words, each once, with how many times it holds each: "support… support" → [id], [2]. */
interface Bag {
  readonly ids: readonly number[]
  readonly times: readonly number[]
}
function bagOf(wording: Words): Bag {
  const ids: number[] = []
  const times: number[] = []
  for (let i = 0; i < wording.ids.length; i++) {
    if (wording.isContent[i] === 0) continue
    const at = ids.indexOf(wording.ids[i]!)
    if (at >= 0) times[at]!++
    else {
      ids.push(wording.ids[i]!)
      times.push(1)
    }
  }
  return { ids, times }
}

/**
 * The quotes of one document (left) against those of another (right): for each left quote the right quotes it
 * may render, ascending, and the other way round.
 */
interface Overlap {
  readonly left: readonly Quote[]
  readonly right: readonly Quote[]
  /** content words per quote, and each quote's bag of them */
  readonly leftContent: readonly number[]
  readonly rightContent: readonly number[]
  readonly leftBags: readonly Bag[]
  readonly rightBags: readonly Bag[]
  /** per left quote, the right quotes that may render it; per right quote, the left ones */
  readonly candidates: readonly (readonly number[])[]
  readonly candidatesOf: readonly (readonly number[])[]
}

// Renderings of the same words share 40% of the shorter one's content words, two at least: "military support"
// alone does not make "the only way… was to provide military support" a rendering of "I urge… military support".
// The alignment matches a word of each side at most once, so it shares at most the content words of one side that
// the other has at all: below the bar even so, the pair is not a rendering and is not aligned.
//
// Which pairs can reach the bar is found without meeting the others: a long text's quotes are nearly all
// unrelated yet all share "said" or "people", and counting every pair that shares a word grows with the square
// of the text. The bar of a pair is at least least(c) of the quote with fewer content words, c:
// if its content words are taken rarest first until those left weigh less than least(c), a rendering must share
// one of the words taken, its "prefix" (prefix filtering, as in set-similarity joins). So each quote meets only
// the quotes of the other document holding a word of its prefix, rare words ("ammunition", "Stoltenberg"), never
// those that only share "said"; the counts are then made for those pairs alone.
const least = (content: number) => Math.max(1, Math.min(2, content), 0.4 * content)

const overlapsWith = (_left: AnalyzedDocument) => new Map<AnalyzedDocument, Overlap>()
function overlap(bundle: BundleContext, leftDocument: AnalyzedDocument, rightDocument: AnalyzedDocument): Overlap {
  const found = bundle.derived(leftDocument, overlapsWith).get(rightDocument)
  if (found !== undefined) return found
  const left = quotes(bundle, leftDocument)
  const right = quotes(bundle, rightDocument)
  const leftBags = left.map((quote) => bundle.derived(quoteWordsOf(bundle, quote), bagOf))
  const rightBags = right.map((quote) => bundle.derived(quoteWordsOf(bundle, quote), bagOf))
  const leftContent = bundle.derived(leftDocument, contentCounts)
  const rightContent = bundle.derived(rightDocument, contentCounts)
  const leftIndex = bundle.derived(leftDocument, contentIndex)
  const rightIndex = bundle.derived(rightDocument, contentIndex)
  // how many quotes of the two documents hold a word: the rarer, the fewer pairs its holders make
  const frequency = (id: number) => (leftIndex.get(id)?.length ?? 0) + (rightIndex.get(id)?.length ?? 0)
  const prefix = (bag: Bag, content: number): number[] => {
    const order = bag.ids.map((_, i) => i).sort((i, j) => frequency(bag.ids[i]!) - frequency(bag.ids[j]!) || bag.ids[i]! - bag.ids[j]!)
    const bar = least(content)
    const taken: number[] = []
    let rest = content
    for (const i of order) {
      if (rest < bar) break
      taken.push(bag.ids[i]!)
      rest -= bag.times[i]!
    }
    return taken
  }
  const candidates: number[][] = left.map(() => [])
  // each left quote with the right ones holding as many content words or more, through its prefix...
  leftBags.forEach((bag, k) => {
    for (const id of prefix(bag, leftContent[k]!)) {
      for (const m of rightIndex.get(id) ?? []) if (rightContent[m]! >= leftContent[k]!) candidates[k]!.push(m)
    }
  })
  // ...and each right quote with the left ones holding more, through its own
  rightBags.forEach((bag, m) => {
    for (const id of prefix(bag, rightContent[m]!)) {
      for (const k of leftIndex.get(id) ?? []) if (leftContent[k]! > rightContent[m]!) candidates[k]!.push(m)
    }
  })
  const candidatesOf: number[][] = right.map(() => [])
  candidates.forEach((list, k) => {
    const sorted = [...new Set(list)].sort((a, b) => a - b)
    candidates[k] = sorted
    for (const m of sorted) candidatesOf[m]!.push(k)
  })
  const forward: Overlap = { left, right, leftContent, rightContent, leftBags, rightBags, candidates, candidatesOf }
  bundle.derived(leftDocument, overlapsWith).set(rightDocument, forward)
  // a document against itself (not asked by the check) would be one record, not two
  if (rightDocument !== leftDocument) {
    const backward: Overlap = {
      left: right, right: left, leftContent: rightContent, rightContent: leftContent, leftBags: rightBags, rightBags: leftBags,
      candidates: candidatesOf, candidatesOf: candidates,
    }
    bundle.derived(rightDocument, overlapsWith).set(leftDocument, backward)
  }
  return forward
}

/** How many content words each quote of a document has. */
const contentCounts = (document: AnalyzedDocument, bundle: BundleContext) => quotes(bundle, document).map((quote) => quoteWordsOf(bundle, quote).contentCount)

/** The least number of content words two renderings of the same words share, given each one's content words. */
function needed(quoteContent: number, otherContent: number): number {
  return Math.max(1, Math.min(2, quoteContent), 0.4 * Math.min(quoteContent, otherContent))
}

/**
 * Can quote k of the left document be a rendering of quote m of the right one? Each needs enough of its content
 * words, repeats counted, in the other: counted when asked, not kept for every candidate pair (a long document's
 * quotes make so many pairs that maps of their counts were most of what the check held).
 */
function mayRender(pair: Overlap, k: number, m: number): boolean {
  const bar = needed(pair.leftContent[k]!, pair.rightContent[m]!)
  const mine = pair.leftBags[k]!
  const theirs = pair.rightBags[m]!
  let inRight = 0
  let inLeft = 0
  // a bag holds each word once, and a few words: "support… military support" → [support, military]
  for (let i = 0; i < mine.ids.length; i++) {
    const j = theirs.ids.indexOf(mine.ids[i]!)
    if (j < 0) continue
    inRight += mine.times[i]!
    inLeft += theirs.times[j]!
  }
  return inRight >= bar && inLeft >= bar
}

// A variant's quote is compared with the reference quotes it may render, and each of the other variants' quotes is
// then compared with the reference quote it matched, the pairs those variants compare themselves (on nt21's eight
// systems, seven times over): the comparison of their wordings is made once (compareOnce), and only the few
// fields of a pair's drift are made again. Kept for every pair, a long document's drifts outlived their use.
function compare(bundle: BundleContext, pair: Overlap, k: number, m: number): Drift | undefined {
  if (!mayRender(pair, k, m)) return undefined
  return compareOnce(bundle, pair.left[k]!, pair.right[m]!)
}

/** Quote k of the left document against every quote of the right one it renders, added to drifts. */
function driftsOf(bundle: BundleContext, pair: Overlap, k: number, drifts: Drift[] = []): Drift[] {
  for (const m of pair.candidates[k]!) {
    const drift = compare(bundle, pair, k, m)
    if (drift) drifts.push(drift)
  }
  return drifts
}

/**
 * Compare a quote with another rendering; undefined when they are not renderings of the same words. Only for pairs
 * that mayRender() (compare() asks it first).
 */
function compareOnce(bundle: BundleContext, quote: Quote, other: Quote): Drift | undefined {
  const left = quoteWordsOf(bundle, quote)
  const right = quoteWordsOf(bundle, other)
  const known = bundle.derived(left, comparisonsWith)
  let comparison = known.get(right)
  if (comparison === undefined) known.set(right, (comparison = compareWordings(left, right)))
  if (comparison === null) return undefined
  // field by field: a spread copy ({ quote, other, ...comparison }) was most of this function's time (CPU profile)
  const { matched, changed, gaps, negation, a, b } = comparison
  return { quote, other, matched, changed, gaps, negation, a, b }
}

// What each wording found against each other one, null when they are not renderings of the same words.
const comparisonsWith = (_wording: Words) => new Map<Words, Comparison | null>()

function compareWordings(left: Words, right: Words): Comparison | null {
  const a = left.words
  const b = right.words
  const alignment = localAlignment(left.ids, right.ids)
  let shared = 0
  for (const pair of alignment.pairs) shared += left.isContent[pair[0]]!
  if (shared < needed(left.contentCount, right.contentCount)) return null
  // "we will not leave" / "we will leave": a negation on one side only turns the quote round
  const negated = (words: readonly string[], [from, to]: readonly [number, number]) => {
    for (let i = from; i < to; i++) if (NEGATION.has(words[i]!)) return true
    return false
  }
  const negation = negated(a, alignment.a) !== negated(b, alignment.b)
  // both quotes running on a few words past their last shared one end differently: "…and today they paid the
  // price" / "…and today they did"; a long tail on either side is more of the speech, not a different ending
  const tails = { a: [alignment.a[1], a.length] as const, b: [alignment.b[1], b.length] as const }
  const ending = [tails.a, tails.b].every(([from, to]) => to > from && to - from <= 3) ? [tails] : []
  let changed = 0
  const gaps: Drift['gaps'][number][] = []
  for (const gap of [...alignment.gaps, ...ending]) {
    const ours = a.slice(...gap.a)
    const theirs = b.slice(...gap.b)
    // a word only one side has is the reference condensing or the variant shortening, not drift
    if (ours.length === 0 || theirs.length === 0) continue
    const isContent = (w: string) => !FUNCTION.has(w)
    if (!ours.some(isContent) && !theirs.some(isContent)) continue
    const theirStems = theirs.map(stem)
    if (ours.every((w) => theirStems.includes(stem(w)))) continue
    changed += ours.length
    gaps.push({ ours, theirs })
  }
  const spanA = ending.length > 0 ? ([alignment.a[0], a.length] as const) : alignment.a
  const spanB = ending.length > 0 ? ([alignment.b[0], b.length] as const) : alignment.b
  // the alignment's matched pairs are not kept: a comparison is kept for every pair of wordings compared, and a long
  // document's quotes are compared with many
  return { matched: alignment.matched, changed, gaps, negation, a: spanA, b: spanB }
}

// Does a rendering use these words? Their content words, or all of them when they are only function words.
function uses(bundle: BundleContext, rendering: Quote, words: readonly string[]): boolean {
  const content = words.filter((w) => !FUNCTION.has(w))
  const stems = bundle.derived(quoteWordsOf(bundle, rendering), stemsOf)
  return (content.length > 0 ? content : words).every((w) => stems.has(stem(w)))
}

/**
 * Keeps the substitutions that the other renderings of the same quote do not back. Parallel translations of one
 * source (WMT: eight systems, nt21) all reword a quote, and a human reference is one more rendering: "The scales
 * of the fish caught were black" against the reference's "The scales of the fish are black" is no drift when
 * other systems also write "caught". A substitution counts when no other rendering shares the variant's words,
 * or more of them share the authority's words than the variant's.
 */
function unbacked(bundle: BundleContext, drift: Drift, renderings: readonly Quote[]): Drift {
  if (renderings.length === 0) return drift
  const gaps = drift.gaps.filter(({ ours, theirs }) => {
    const withOurs = renderings.filter((r) => uses(bundle, r, ours)).length
    const withTheirs = renderings.filter((r) => uses(bundle, r, theirs)).length
    return withOurs === 0 || withTheirs > withOurs
  })
  return { ...drift, gaps, changed: gaps.reduce((n, g) => n + g.ours.length, 0) }
}

/**
 * Without the reference, a substitution counts only where copies worth AUTHORITY points (src/checks/authority.ts)
 * use the other words: one other machine translation is one rendering, not the source's words.
 */
function authoritative(bundle: BundleContext, drift: Drift, drifts: readonly Drift[], sourceOf: ReadonlyMap<Quote, AnalyzedDocument>): Drift {
  const weight = (test: (d: Drift) => boolean) => drifts.reduce((sum, d) => sum + (test(d) ? trustOf(sourceOf.get(d.other)!) : 0), 0)
  const gaps = drift.gaps.filter(({ theirs }) => weight((d) => uses(bundle, d.other, theirs)) >= AUTHORITY)
  const negation = drift.negation && weight((d) => d.negation) >= AUTHORITY
  return { ...drift, gaps, negation, changed: gaps.reduce((n, g) => n + g.ours.length, 0) }
}

/** The closest rendering: most words in common, then fewest changed (drifts is sorted so, in place). */
function best(drifts: Drift[]): Drift | undefined {
  return drifts.sort((x, y) => y.matched - x.matched || x.changed - y.changed)[0]
}

function words(document: AnalyzedDocument, quote: Quote, [from, to]: readonly [number, number]): string {
  return document.doc.text.slice(quote.words[from]!.start, quote.words[to - 1]!.end).replace(/\s+/g, ' ')
}

function draft(drift: Drift, variant: AnalyzedDocument, source: AnalyzedDocument, isReference: boolean): Draft {
  const { quote, other } = drift
  const region = drift.a[1] - drift.a[0]
  const paraphrase = drift.negation || drift.changed / region > 0.5
  const theirs = words(source, other, drift.b)
  const where = isReference ? 'the reference quotes' : `variant ${source.doc.id} quotes`
  const start = quote.words[drift.a[0]]!.start
  // A quotation may run over several sentences; the finding lies inside the one its differing stretch starts in
  // (the review shows it on that sentence's row), its span the words of the stretch up to that sentence's end.
  const sentence = sentenceAt(variant, start)
  let last = drift.a[1] - 1
  while (sentence !== undefined && last > drift.a[0] && quote.words[last]!.end > sentence.end) last--
  const end = Math.min(quote.words[last]!.end, sentence?.end ?? Infinity)
  return {
    message: `Quotation \`${words(variant, quote, drift.a)}\` departs from the wording ${where}, \`${theirs}\`; quote the source's words or drop the quotation marks.`,
    start,
    end,
    ...(sentence !== undefined && { sentence: sentence.index }),
    severity: isReference && paraphrase ? 'major' : 'minor',
    ...(isReference &&
      other.sentence !== undefined && { reference: { sentence: other.sentence, start: other.words[drift.b[0]]!.start, end: other.words[drift.b[1] - 1]!.end } }),
  }
}

const quotationDrift: Check = {
  id: 'quotation-drift',
  category: 'Accuracy/Mistranslation',
  severity: 'minor',
  needs: 'bundle',
  description: 'Finds a quotation whose wording departs from the reference\'s quote of the same words, or from the other variants\' renderings.',
  explanation:
    'Quotes in machine-translated rewrites are often translated back from a translation: 002 has “If we don’t want ' +
    'authoritarianism and tyranny to win…” where the reference quotes "…autocracy and tyranny to win…". Each quote ' +
    'is aligned word by word with the quotes of the reference (then, if none renders it, the other variants) on ' +
    'the stretch they share. A shortened quote ("urgent need" of "urgent need for more ammunition"), one that ' +
    'carries more of the speech, words only one side has, editorial insertions "(the Ukrainians)" and inflections ' +
    'are not drift; substituted words are, unless the other variants\' renderings of the same quote back them (as ' +
    'many or more use the variant\'s words than the authority\'s): parallel translations of one source all reword ' +
    'a quote, and a reference that is itself a translation is one rendering among them. Against the reference it is major when more than half the shared ' +
    'stretch is reworded or a negation is lost or added, else minor. In a rewrite the reference\'s words count only ' +
    'when another copy also uses them (a quote first spoken in another language has many faithful translations); ' +
    'otherwise the difference is a neutral note, unless a negation is lost or added. Where the reference does not have the quote, ' +
    'the authority is a consensus of the other copies weighed by trust — a copy written in English counts double, ' +
    'a machine translation once, and two points are needed — so one other machine-translated copy alone never ' +
    'decides; such findings are always minor.',
  *run({ variant, reference, others, bundle }) {
    for (const [k, quote] of quotes(bundle, variant).entries()) {
      if (quote.words.length < 2) continue
      if (reference) {
        const pair = overlap(bundle, variant, reference)
        const found = best(driftsOf(bundle, pair, k))
        if (found) {
          // the other variants' renderings of the same reference quote
          const r = pair.right.indexOf(found.other)
          const renderings: Quote[] = []
          for (const o of others) {
            const theirs = overlap(bundle, o, reference)
            for (const m of theirs.candidatesOf[r]!) if (compare(bundle, theirs, m, r)) renderings.push(theirs.left[m]!)
          }
          const fromReference = unbacked(bundle, found, renderings)
          if (fromReference.changed === 0 && !fromReference.negation) continue
          const drafted = draft(fromReference, variant, reference, true)
          // A rewrite's reference may be another agency's translation of a quote first spoken in Arabic or
          // Spanish ("in light of the results" / "given the results"): its words settle the quote only when
          // another copy also uses them; a lost or added negation turns the quote round whoever translated it.
          const settled = variant.segmented === true || fromReference.negation || fromReference.gaps.some(({ theirs }) => renderings.some((r) => uses(bundle, r, theirs)))
          yield settled ? drafted : { ...drafted, severity: 'neutral', message: `${drafted.message} (No other copy uses the reference's words: it may be another translation of the same remark.)` }
          continue
        }
      }
      // the other variants' renderings of this quote, in the order of the variants
      // (gathered by a loop: flatMap was a tenth of the check, CPU profile)
      const drifts: Drift[] = []
      const sourceOf = new Map<Quote, AnalyzedDocument>()
      for (const o of others) {
        const from = drifts.length
        driftsOf(bundle, overlap(bundle, variant, o), k, drifts)
        for (let i = from; i < drifts.length; i++) sourceOf.set(drifts[i]!.other, o)
      }
      const found2 = best(drifts)
      if (!found2) continue
      const closest = authoritative(bundle, unbacked(bundle, found2, drifts.filter((d) => d !== found2).map((d) => d.other)), drifts, sourceOf)
      if (closest.changed === 0 && !closest.negation) continue
      yield draft(closest, variant, sourceOf.get(closest.other)!, false)
    }
  },
}
export default quotationDrift
