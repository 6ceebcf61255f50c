import { localAlignment, type LocalAlignment } from '../text/edit-distance.js'
import { quotes, type Quote } from '../text/quotes.js'
import { derivedFrom } from '../text/per-document.js'
import type { AnalyzedDocument, Check, Draft } from '../types.js'

// Words whose swap does not change what was said ("a"/"the", "of"/"for"): a substitution counts only if it
// touches a word outside this list.
const FUNCTION = new Set('a an the of for to in on at by with and or but that this these those is are was were be been will would shall should can could it its we our us they their them you your he his she her i my me there then so as if do does did has have had who which'.split(' '))
const NEGATION = new Set(['not', 'no', 'never', 'nothing', 'none', 'nor', 'cannot'])
// "policy" / "policies", "change" / "changed": one word inflected, not reworded
const stem = (word: string) => word.replace(/(?:ies|es|s|ed|ing|d)$/, '').slice(0, 6)

interface Drift {
  readonly quote: Quote
  readonly other: Quote
  readonly alignment: LocalAlignment
  /** variant words inside substitutions, or a negation lost or added */
  readonly changed: number
  /** the substitutions: the variant's words and the other rendering's */
  readonly gaps: readonly { readonly ours: readonly string[]; readonly theirs: readonly string[] }[]
  readonly negation: boolean
  /** the compared words on each side, [from, to): the shared stretch, and a different ending */
  readonly a: readonly [number, number]
  readonly b: readonly [number, number]
}

interface Words {
  readonly words: readonly string[]
  /** the content words (not in FUNCTION), in order, repeats kept */
  readonly content: readonly string[]
  /** the stems of all its words */
  readonly stems: ReadonlySet<string>
}

// A quote is compared with every quote of the reference and of the other variants: its words are listed once.
const quoteWordsOf = derivedFrom((quote: Quote): Words => {
  const words = quote.words.map((w) => w.word)
  const content = words.filter((w) => !FUNCTION.has(w))
  return { words, content, stems: new Set(words.map(stem)) }
})

// Which quotes of a document hold each content word, each quote listed once: "military" → [2, 7].
const quotesWithWord = derivedFrom((document: AnalyzedDocument) => {
  const index = new Map<string, number[]>()
  quotes(document).forEach((quote, k) => {
    for (const word of quoteWordsOf(quote).content) {
      const holders = index.get(word)
      if (holders === undefined) index.set(word, [k])
      else if (holders.at(-1) !== k) holders.push(k)
    }
  })
  return index
})

/**
 * For the quotes of one document (left) against those of another (right): how many of each left quote's content
 * words, repeats counted, the right quote has at all, and the same the other way, at [left × right count + right].
 */
interface Overlap {
  readonly width: number
  readonly leftInRight: Int32Array
  readonly rightInLeft: Int32Array
}

// Renderings of the same words share 40% of the shorter one's content words, two at least: "military support"
// alone does not make "the only way… was to provide military support" a rendering of "I urge… military support".
// The alignment matches a word of each side at most once, so it shares at most the content words of one side that
// the other has at all: below the bar even so, the pair is not a rendering and is not aligned. Counted per pair of
// quotes that was most of the check (nt21: every quote of a variant against every quote of seven others, nearly
// all unrelated); counted through the words' holders, a pair with no content word in common costs nothing.
const overlapsWith = derivedFrom((_left: AnalyzedDocument) => new Map<AnalyzedDocument, Overlap>())
function overlap(left: AnalyzedDocument, right: AnalyzedDocument): Overlap {
  const known = overlapsWith(left)
  let found = known.get(right)
  if (found !== undefined) return found
  const width = quotes(right).length
  const count = (from: AnalyzedDocument, to: AnalyzedDocument, counts: Int32Array, fromStride: number, toStride: number) => {
    const holders = quotesWithWord(to)
    quotes(from).forEach((quote, k) => {
      for (const word of quoteWordsOf(quote).content) for (const m of holders.get(word) ?? []) counts[k * fromStride + m * toStride]!++
    })
  }
  const leftInRight = new Int32Array(quotes(left).length * width)
  const rightInLeft = new Int32Array(leftInRight.length)
  count(left, right, leftInRight, width, 1)
  count(right, left, rightInLeft, 1, width)
  found = { width, leftInRight, rightInLeft }
  known.set(right, found)
  return found
}

/** The least number of content words two renderings of the same words share, `quote` the one compared. */
function needed(quote: Words, other: Words): number {
  return Math.max(Math.min(2, quote.content.length), 0.4 * Math.min(quote.content.length, other.content.length))
}

/** Can quote k of the left document be a rendering of quote m of the right one? */
function mayRender(pair: Overlap, quote: Quote, k: number, other: Quote, m: number): boolean {
  const bar = needed(quoteWordsOf(quote), quoteWordsOf(other))
  const at = k * pair.width + m
  return pair.leftInRight[at]! >= bar && pair.rightInLeft[at]! >= bar
}

// Each pair of quotes is compared once per bundle: a variant's quote is compared with every reference quote, and
// each of the other variants' quotes is then compared with the reference quote it matched, the pairs those
// variants compare themselves (on nt21's eight systems, seven times over). Quotes are computed once per document,
// so the pair of objects is the key.
const comparedWith = derivedFrom((_quote: Quote) => new Map<Quote, Drift | undefined>())
function compare(quote: Quote, other: Quote): Drift | undefined {
  const withQuote = comparedWith(quote)
  if (withQuote.has(other)) return withQuote.get(other)
  const drift = compareOnce(quote, other)
  withQuote.set(other, drift)
  return drift
}

/**
 * Compare a quote with another rendering; undefined when they are not renderings of the same words. Only for pairs
 * that mayRender().
 */
function compareOnce(quote: Quote, other: Quote): Drift | undefined {
  const left = quoteWordsOf(quote)
  const right = quoteWordsOf(other)
  const a = left.words
  const b = right.words
  const content = (words: readonly string[]) => words.filter((w) => !FUNCTION.has(w)).length
  const alignment = localAlignment(a, b)
  const shared = content(alignment.pairs.map(([i]) => a[i]!))
  if (shared < needed(left, right)) return undefined
  // "we will not leave" / "we will leave": a negation on one side only turns the quote round
  const negated = (words: readonly string[], [from, to]: readonly [number, number]) => words.slice(from, to).some((w) => NEGATION.has(w))
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
    const content = [...ours, ...theirs].filter((w) => !FUNCTION.has(w))
    if (content.length === 0 || ours.every((w) => theirs.some((t) => stem(t) === stem(w)))) continue
    changed += ours.length
    gaps.push({ ours, theirs })
  }
  const spanA = ending.length > 0 ? ([alignment.a[0], a.length] as const) : alignment.a
  const spanB = ending.length > 0 ? ([alignment.b[0], b.length] as const) : alignment.b
  return { quote, other, alignment, changed, gaps, negation, a: spanA, b: spanB }
}

// Does a rendering use these words? Their content words, or all of them when they are only function words.
function uses(rendering: Quote, words: readonly string[]): boolean {
  const content = words.filter((w) => !FUNCTION.has(w))
  const { stems } = quoteWordsOf(rendering)
  return (content.length > 0 ? content : words).every((w) => stems.has(stem(w)))
}

/**
 * Keeps the substitutions that the other renderings of the same quote do not back. Parallel translations of one
 * source (WMT: eight systems, nt21) all reword a quote, and a human reference is one more rendering: "The scales
 * of the fish caught were black" against the reference's "The scales of the fish are black" is no drift when
 * other systems also write "caught". A substitution counts when no other rendering shares the variant's words,
 * or more of them share the authority's words than the variant's.
 */
function unbacked(drift: Drift, renderings: readonly Quote[]): Drift {
  if (renderings.length === 0) return drift
  const gaps = drift.gaps.filter(({ ours, theirs }) => {
    const withOurs = renderings.filter((r) => uses(r, ours)).length
    const withTheirs = renderings.filter((r) => uses(r, theirs)).length
    return withOurs === 0 || withTheirs > withOurs
  })
  return { ...drift, gaps, changed: gaps.reduce((n, g) => n + g.ours.length, 0) }
}

function best(quote: Quote, renderings: readonly Quote[]): Drift | undefined {
  const drifts = renderings.map((r) => compare(quote, r)).filter((d): d is Drift => d !== undefined)
  // the closest rendering: most words in common, then fewest changed
  return drifts.sort((x, y) => y.alignment.matched - x.alignment.matched || x.changed - y.changed)[0]
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
  const end = quote.words[drift.a[1] - 1]!.end
  return {
    message: `Quotation \`${words(variant, quote, drift.a)}\` departs from the wording ${where}, \`${theirs}\`; quote the source's words or drop the quotation marks.`,
    start,
    end,
    ...(quote.sentence !== undefined && { sentence: quote.sentence }),
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
    'stretch is reworded or a negation is lost or added, else minor; against other variants always minor, since ' +
    'no one rendering is the authority.',
  *run({ variant, reference, others }) {
    const referenceQuotes = reference ? quotes(reference) : []
    for (const [k, quote] of quotes(variant).entries()) {
      if (quote.words.length < 2) continue
      if (reference) {
        const found = best(quote, referenceQuotes.filter((other, m) => mayRender(overlap(variant, reference), quote, k, other, m)))
        if (found) {
          // the other variants' renderings of the same reference quote
          const r = referenceQuotes.indexOf(found.other)
          const renderings = others.flatMap((o) =>
            quotes(o).filter((q, m) => mayRender(overlap(o, reference), q, m, found.other, r) && compare(q, found.other)),
          )
          const fromReference = unbacked(found, renderings)
          if (fromReference.changed > 0 || fromReference.negation) yield draft(fromReference, variant, reference, true)
          continue
        }
      }
      // the other variants' quotes that may render this one, in the order of the variants
      const candidates = others.flatMap((o) =>
        quotes(o).flatMap((q, m) => (mayRender(overlap(variant, o), quote, k, q, m) ? [{ document: o, quote: q }] : [])),
      )
      const found2 = best(quote, candidates.map(({ quote: q }) => q))
      if (!found2) continue
      const closest = unbacked(found2, candidates.map(({ quote: q }) => q).filter((q) => q !== found2.other && compare(quote, q)))
      if (closest.changed === 0 && !closest.negation) continue
      yield draft(closest, variant, candidates.find(({ quote: q }) => q === closest.other)!.document, false)
    }
  },
}
export default quotationDrift
