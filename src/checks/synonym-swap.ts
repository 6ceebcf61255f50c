import { levenshtein } from '../text/edit-distance.js'
import { americanSpelling } from '../text/english-lexicon.js'
import { ENGLISH_FUNCTION_WORDS } from '../text/english-words.js'
import { wordsToNumber } from '../text/number-words.js'
import { sentenceWords, type WordSpan } from '../text/word-spans.js'
import type { AnalyzedDocument, BundleContext, Check, Draft, Link } from '../types.js'

// An English wire story sent through machine translation and back ("und" copies: English → another language →
// English) keeps the reference's sentences almost word for word but swaps words for near-synonyms, and with them
// the meaning: "a deadly crush that" → "a murderous mob which", "the race tightened" → "the election stalled",
// "police said that person is now deceased" → "…now dead". A native reprint of the same wire copy cuts and
// respells ("harbour" → "harbor") but rarely swaps a word inside a sentence it otherwise keeps. So one swap says
// little — an editor may prefer "giant" to "tidal" — and the check speaks only when a copy swaps words
// systematically: at least MIN_SWAPS swaps and MIN_SWAP_RATE of the words of the sentences it copies closely.

/** A linked sentence pair is a copy, not a rewrite, when this share of the variant's words match in order. */
const CLOSE_SHARE = 0.6
/** a swap is a run of 1–3 words replaced by 1–3 words, between at least this many matched words each side */
const MAX_SWAP_WORDS = 3
const MIN_CONTEXT = 2
const MAX_PAIR_WORDS = 150
/** below these the swaps are an editor's choices, not a round trip */
const MIN_SWAPS = 3
const MIN_SWAP_RATE = 0.01

interface Word extends WordSpan {
  readonly lower: string
  /** offset in the document */
  readonly at: number
  readonly sentence: number
  /** the first word of its sentence: its capital says nothing of a name */
  readonly first: boolean
}

export interface Swap {
  readonly from: readonly Word[]
  readonly to: readonly Word[]
}

function wordsOf(bundle: BundleContext, document: AnalyzedDocument, indexes: readonly number[]): Word[] {
  const words: Word[] = []
  for (const i of indexes) {
    const sentence = document.sentences[i]!
    if (sentence.zone !== 'body') continue
    sentenceWords(bundle, sentence).forEach((span, k) => {
      // field by field, not { ...span, lower, … }: V8 makes a spread copy that is given more keys a dictionary
      // object, several times the size of this one, and a long document's words filled the heap with them
      words.push({ word: span.word, index: span.index, lower: span.word.toLowerCase().replace(/’/gu, "'"), at: sentence.start + span.index, sentence: i, first: k === 0 })
    })
  }
  return words
}

// British and American spellings of one word are a house style, not a swap: "harbour"/"harbor",
// "metres"/"meters", "organised"/"organized", "levelled"/"leveled"
const spelling = (word: string): string => americanSpelling(word).replace(/-/gu, '')

/** the word without its inflection: "collapsed"/"collapse", "numbers"/"number" are grammar, not a swap */
function stem(word: string): string {
  return word.replace(/'s$/u, '').replace(/(?:ies|es|s|ed|ing|er|ly)$/u, '')
}

const isFigure = (w: Word): boolean => /\d/u.test(w.lower) || wordsToNumber(w.lower) !== undefined
const isContent = (w: Word): boolean => !ENGLISH_FUNCTION_WORDS.has(w.lower) && !isFigure(w)
const isName = (w: Word): boolean => !w.first && /^\p{Lu}/u.test(w.word)

/** A replaced run that changes wording rather than spelling, inflection, order, names or figures. */
function isSwap(from: readonly Word[], to: readonly Word[], reference: readonly Word[], variant: readonly Word[]): boolean {
  const fromContent = from.filter(isContent)
  const toContent = to.filter(isContent)
  // "in" → "to", "was" → "were": grammar, other checks' business
  if (fromContent.length === 0 || toContent.length === 0) return false
  // a name spelled otherwise is name-drift's, a figure number-mismatch's
  if ([...from, ...to].some((w) => isName(w) || isFigure(w))) return false
  const joinedFrom = from.map((w) => spelling(w.lower)).join('')
  const joinedTo = to.map((w) => spelling(w.lower)).join('')
  if (joinedFrom === joinedTo) return false
  for (const a of fromContent) {
    for (const b of toContent) {
      // "phone" → "cellphone", "collapsed" → "collapse", "stoltenburg" → "stoltenberg": one word, respelled
      if (a.lower.includes(b.lower) || b.lower.includes(a.lower) || stem(a.lower) === stem(b.lower)) return false
      if (levenshtein(spelling(a.lower), spelling(b.lower)) <= Math.max(1, Math.floor(Math.min(a.lower.length, b.lower.length) / 4))) return false
    }
  }
  // a word the other side has elsewhere in the sentence was moved, not swapped ("Turkey's southeast" →
  // "southeastern Turkey")
  const referenceWords = new Set(reference.map((w) => w.lower))
  const variantWords = new Set(variant.map((w) => w.lower))
  if (fromContent.some((w) => variantWords.has(w.lower)) || toContent.some((w) => referenceWords.has(w.lower))) return false
  return true
}

/**
 * The matched words of two word lists, in order (a longest common subsequence), as [reference, variant] index
 * pairs. Global, not local: a swap at the sentence's start ("The [deadly crush that] followed") must sit between
 * matched words, where a local alignment would start after it.
 */
function matchedPairs(reference: readonly Word[], variant: readonly Word[]): [number, number][] {
  const width = variant.length + 1
  const lengths = new Int32Array((reference.length + 1) * width)
  for (let i = reference.length - 1; i >= 0; i--) {
    for (let j = variant.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        reference[i]!.lower === variant[j]!.lower ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!)
    }
  }
  const pairs: [number, number][] = []
  for (let i = 0, j = 0; i < reference.length && j < variant.length; ) {
    if (reference[i]!.lower === variant[j]!.lower) pairs.push([i++, j++])
    else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++
    else j++
  }
  return pairs
}

/** The swaps of one linked pair, and how many variant words it counts as copied closely (0 for a rewrite). */
export function swapsIn(reference: readonly Word[], variant: readonly Word[]): { swaps: Swap[]; closeWords: number } {
  // a "sentence" of hundreds of words is no news sentence (a page without full stops): not compared, so the
  // comparison stays linear in the text
  if (reference.length === 0 || variant.length === 0 || reference.length > MAX_PAIR_WORDS || variant.length > MAX_PAIR_WORDS) return { swaps: [], closeWords: 0 }
  const pairs = matchedPairs(reference, variant)
  if (pairs.length < CLOSE_SHARE * variant.length) return { swaps: [], closeWords: 0 }
  // runBefore[k]: how many matched pairs run without a gap up to and including pair k; runAfter[k]: from pair k on
  const runBefore: number[] = []
  for (let k = 0; k < pairs.length; k++) {
    const joined = k > 0 && pairs[k]![0] === pairs[k - 1]![0] + 1 && pairs[k]![1] === pairs[k - 1]![1] + 1
    runBefore.push(joined ? runBefore[k - 1]! + 1 : 1)
  }
  const runAfter: number[] = new Array<number>(pairs.length)
  for (let k = pairs.length - 1; k >= 0; k--) {
    const joined = k + 1 < pairs.length && pairs[k + 1]![0] === pairs[k]![0] + 1 && pairs[k + 1]![1] === pairs[k]![1] + 1
    runAfter[k] = joined ? runAfter[k + 1]! + 1 : 1
  }
  const swaps: Swap[] = []
  for (let k = 1; k < pairs.length; k++) {
    const [ra, va] = pairs[k - 1]!
    const [rb, vb] = pairs[k]!
    const from = reference.slice(ra + 1, rb)
    const to = variant.slice(va + 1, vb)
    if (from.length === 0 || to.length === 0 || from.length > MAX_SWAP_WORDS || to.length > MAX_SWAP_WORDS) continue
    // the sentence's start or end bounds the context as well as a matched word: "The [deadly crush that] followed"
    const fromStart = pairs[k - runBefore[k - 1]!]![0] === 0 && pairs[k - runBefore[k - 1]!]![1] === 0
    const toEnd = pairs[k + runAfter[k]! - 1]![0] === reference.length - 1 && pairs[k + runAfter[k]! - 1]![1] === variant.length - 1
    if ((runBefore[k - 1]! < MIN_CONTEXT && !fromStart) || (runAfter[k]! < MIN_CONTEXT && !toEnd)) continue
    if (isSwap(from, to, reference, variant)) swaps.push({ from, to })
  }
  return { swaps, closeWords: variant.length }
}

function* swapFindings(bundle: BundleContext, variant: AnalyzedDocument, reference: AnalyzedDocument, alignment: readonly Link[]): Generator<Draft> {
  const swaps: Swap[] = []
  let closeWords = 0
  for (const link of alignment) {
    if (link.variant.length === 0 || link.reference.length === 0) continue
    const found = swapsIn(wordsOf(bundle, reference, link.reference), wordsOf(bundle, variant, link.variant))
    swaps.push(...found.swaps)
    closeWords += found.closeWords
  }
  if (swaps.length < MIN_SWAPS || swaps.length < MIN_SWAP_RATE * closeWords) return
  for (const { from, to } of swaps) {
    const [first, last] = [to[0]!, to.at(-1)!]
    const [refFirst, refLast] = [from[0]!, from.at(-1)!]
    const said = variant.doc.text.slice(first.at, last.at + last.word.length)
    const meant = reference.doc.text.slice(refFirst.at, refLast.at + refLast.word.length)
    yield {
      message: `\`${said}\` where the reference has \`${meant}\`: one of ${swaps.length} words this copy swaps in sentences it otherwise takes word for word from the reference, as a round trip through machine translation does; check the meaning survived.`,
      start: first.at,
      end: last.at + last.word.length,
      sentence: first.sentence,
      reference: { sentence: refFirst.sentence, start: refFirst.at, end: refLast.at + refLast.word.length },
    }
  }
}

const synonymSwap: Check = {
  id: 'synonym-swap',
  category: 'Accuracy/Mistranslation',
  severity: 'minor',
  needs: 'reference',
  description: 'Finds words swapped for near-synonyms, systematically, in sentences otherwise copied from the reference ("deadly crush" → "murderous mob"): an MT round trip.',
  explanation:
    'A wire story machine-translated into another language and back keeps the reference\'s sentences almost ' +
    'word for word but swaps words, and sometimes the meaning: "a deadly crush that" → "a murderous mob which", ' +
    '"the race tightened" → "the election stalled". In each linked pair whose variant words match the reference ' +
    'in order for the most part, a run of one to three words replaced by one to three others, with two matched ' +
    'words either side, is a swap — unless it only respells ("harbour"/"harbor"), inflects ("collapsed"/' +
    '"collapse"), moves a word, or touches a name, a figure or function words only (other checks see those). A ' +
    'native reprint may change a word or two; the check reports only a copy with at least 3 swaps making at ' +
    'least 1% of its closely copied words, each swap minor. Sentence-parallel input (one sentence a line) is ' +
    'left alone: its reference is an independent human translation, not the text the copy came from.',
  *run({ variant, reference, alignment, bundle }) {
    if (!reference || variant.segmented || reference.segmented) return
    yield* swapFindings(bundle, variant, reference, alignment)
  },
}
export default synonymSwap
