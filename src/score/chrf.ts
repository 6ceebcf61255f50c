// chrF (Popović 2015) computed exactly as sacreBLEU 2.x computes it with its defaults: character n-grams of
// orders 1–6, β = 2, whitespace removed, word order 0 (chrF, not chrF++), and sacreBLEU's "effective order"
// averaging: an order where the hypothesis or the reference has no n-gram is left out of the average, so the
// one-character pair "a" / "a" scores 100, not 100/6.
//
// A profile (the n-gram counts of one text) is built once per sentence and reused: the aligner and the speed
// benchmark score one sentence against many, and re-extracting n-grams per pair would dominate the cost.

export interface ChrfOptions {
  /** maximum character n-gram order; sacreBLEU's default 6 */
  readonly charOrder?: number
  /** weight of recall over precision; sacreBLEU's default 2 (chrF2) */
  readonly beta?: number
  /** chrF++.py / NLTK style: average the per-order F-scores, with 1e-16 for empty orders (sacreBLEU's opt-in) */
  readonly epsSmoothing?: boolean
}

/** The character n-gram counts of one text, per order (index 0 = unigrams). */
export interface ChrfProfile {
  readonly counts: readonly ReadonlyMap<string, number>[]
  readonly totals: readonly number[]
}

/**
 * Python's `str.split()` whitespace, which sacreBLEU uses to drop spaces (`''.join(line.split())`). It differs
 * from JavaScript's `\s`: Python counts the separators U+001C–U+001F and NEL U+0085, and not the BOM U+FEFF.
 */
// eslint-disable-next-line no-control-regex -- U+001C–U+001F are the point: Python splits on them
const PY_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g
const SURROGATE = /[\uD800-\uDFFF]/

const DEFAULT_ORDER = 6

export function chrfProfile(text: string, charOrder = DEFAULT_ORDER): ChrfProfile {
  const line = text.replace(PY_WHITESPACE, '')
  // Python slices by code point: "😀a" has the bigram "😀a", not a half emoji. Only text with surrogates
  // pays for splitting into code points; plain BMP text is sliced in place.
  const chars = SURROGATE.test(line) ? Array.from(line) : null
  const length = chars ? chars.length : line.length
  const counts: Map<string, number>[] = []
  const totals: number[] = []
  for (let n = 1; n <= charOrder; n++) {
    const grams = new Map<string, number>()
    for (let i = 0; i + n <= length; i++) {
      const gram = chars ? chars.slice(i, i + n).join('') : line.slice(i, i + n)
      grams.set(gram, (grams.get(gram) ?? 0) + 1)
    }
    counts.push(grams)
    totals.push(Math.max(0, length - n + 1))
  }
  return { counts, totals }
}

/**
 * [hyp, ref, match] counts per order, flattened: 3 × charOrder numbers. As in sacreBLEU, the hypothesis count
 * of an order is 0 when the reference has no n-gram of that order (a 3-character reference has no 4-grams),
 * which matters when statistics are summed over a corpus.
 */
export function chrfStatistics(hyp: ChrfProfile, ref: ChrfProfile): number[] {
  const order = Math.min(hyp.counts.length, ref.counts.length)
  const stats: number[] = []
  for (let i = 0; i < order; i++) {
    const hypGrams = hyp.counts[i]!
    const refGrams = ref.counts[i]!
    let match = 0
    // Walk the smaller map: intersection size does not depend on the side walked.
    const [small, large] = hypGrams.size <= refGrams.size ? [hypGrams, refGrams] : [refGrams, hypGrams]
    for (const [gram, count] of small) {
      const other = large.get(gram)
      if (other !== undefined) match += Math.min(count, other)
    }
    stats.push(refGrams.size > 0 ? hyp.totals[i]! : 0, ref.totals[i]!, match)
  }
  return stats
}

/** The 0–100 score from (possibly summed) statistics. */
export function chrfFromStatistics(stats: readonly number[], options: ChrfOptions = {}): number {
  const factor = (options.beta ?? 2) ** 2
  const order = stats.length / 3
  const eps = 1e-16
  let epsScore = 0
  let avgPrec = 0
  let avgRec = 0
  let effectiveOrder = 0
  for (let i = 0; i < order; i++) {
    const nHyp = stats[3 * i]!
    const nRef = stats[3 * i + 1]!
    const nMatch = stats[3 * i + 2]!
    const prec = nHyp > 0 ? nMatch / nHyp : eps
    const rec = nRef > 0 ? nMatch / nRef : eps
    const denom = factor * prec + rec
    epsScore += denom > 0 ? ((1 + factor) * prec * rec) / denom : eps
    if (nHyp > 0 && nRef > 0) {
      avgPrec += prec
      avgRec += rec
      effectiveOrder++
    }
  }
  if (options.epsSmoothing) return (100 * epsScore) / order
  if (effectiveOrder === 0) return 0
  avgPrec /= effectiveOrder
  avgRec /= effectiveOrder
  if (avgPrec + avgRec === 0) return 0
  return (100 * (1 + factor) * avgPrec * avgRec) / (factor * avgPrec + avgRec)
}

function asProfile(text: string | ChrfProfile, charOrder: number): ChrfProfile {
  return typeof text === 'string' ? chrfProfile(text, charOrder) : text
}

/** sacreBLEU's `sentence_chrf(hyp, [ref])`: one hypothesis against one reference. */
export function sentenceChrf(
  hyp: string | ChrfProfile,
  ref: string | ChrfProfile,
  options: ChrfOptions = {},
): number {
  const order = options.charOrder ?? DEFAULT_ORDER
  return chrfFromStatistics(chrfStatistics(asProfile(hyp, order), asProfile(ref, order)), options)
}

/** sacreBLEU's `corpus_chrf(hyps, [refs])`: statistics summed over the segments, then one score. */
export function corpusChrf(
  hyps: readonly (string | ChrfProfile)[],
  refs: readonly (string | ChrfProfile)[],
  options: ChrfOptions = {},
): number {
  if (hyps.length !== refs.length) {
    throw new RangeError(`corpusChrf: ${hyps.length} hypotheses but ${refs.length} references`)
  }
  const order = options.charOrder ?? DEFAULT_ORDER
  const total = new Array<number>(3 * order).fill(0)
  hyps.forEach((hyp, i) => {
    const stats = chrfStatistics(asProfile(hyp, order), asProfile(refs[i]!, order))
    stats.forEach((value, k) => (total[k]! += value))
  })
  return chrfFromStatistics(total, options)
}
