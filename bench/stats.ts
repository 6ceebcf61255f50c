// Correlation statistics for the agreement benchmark: how well a metric's numbers follow the human judges'.
// Pearson for linear agreement of system means; Kendall for rank agreement, where MT metrics are usually judged
// (WMT's metrics task reports both). Inputs are paired arrays; NaN results mean "undefined" (no variance).

function checkPaired(xs: readonly number[], ys: readonly number[]): void {
  if (xs.length !== ys.length) throw new RangeError(`paired arrays differ in length: ${xs.length} vs ${ys.length}`)
}

/** Pearson's r. NaN when either side is constant (e.g. every system got the same score). */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  checkPaired(xs, ys)
  const n = xs.length
  if (n < 2) return NaN
  let mx = 0
  let my = 0
  for (let i = 0; i < n; i++) {
    mx += xs[i]!
    my += ys[i]!
  }
  mx /= n
  my /= n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx
    const dy = ys[i]! - my
    sxy += dx * dy
    sxx += dx * dx
    syy += dy * dy
  }
  if (sxx === 0 || syy === 0) return NaN
  return sxy / Math.sqrt(sxx * syy)
}

export interface PairCounts {
  /** pairs ordered the same way by both sides */
  readonly concordant: number
  readonly discordant: number
  /** pairs tied in x only, in y only, and in both */
  readonly tiedX: number
  readonly tiedY: number
  readonly tiedBoth: number
}

/**
 * Counts every pair once: O(n²). The bench sets hold about 2,500 segments (3 million pairs, a few ms); a
 * merge-sort count (Knight 1966) would only pay off at tens of thousands.
 */
export function countPairs(xs: readonly number[], ys: readonly number[]): PairCounts {
  checkPaired(xs, ys)
  let concordant = 0
  let discordant = 0
  let tiedX = 0
  let tiedY = 0
  let tiedBoth = 0
  for (let i = 0; i < xs.length; i++) {
    const xi = xs[i]!
    const yi = ys[i]!
    for (let j = i + 1; j < xs.length; j++) {
      const dx = Math.sign(xs[j]! - xi)
      const dy = Math.sign(ys[j]! - yi)
      if (dx === 0 && dy === 0) tiedBoth++
      else if (dx === 0) tiedX++
      else if (dy === 0) tiedY++
      else if (dx === dy) concordant++
      else discordant++
    }
  }
  return { concordant, discordant, tiedX, tiedY, tiedBoth }
}

/**
 * Kendall's tau-b, which corrects for ties on either side (scipy.stats.kendalltau's default). Ties matter
 * here: human MQM is 0 for most good sentences, so half the segment pairs may be tied on the human side.
 */
export function kendallTauB(xs: readonly number[], ys: readonly number[]): number {
  const c = countPairs(xs, ys)
  const n0 = c.concordant + c.discordant
  const denom = Math.sqrt((n0 + c.tiedY) * (n0 + c.tiedX))
  return denom === 0 ? NaN : (c.concordant - c.discordant) / denom
}

/**
 * WMT's "tau-like" segment statistic (WMT17–20 DARR): pairs the humans tie are skipped, and a metric tie on a
 * pair the humans separate counts as discordant, so a metric cannot gain by giving everything the same score.
 * `gold` is the human side.
 */
export function kendallTauLike(metric: readonly number[], gold: readonly number[]): number {
  const c = countPairs(metric, gold)
  const discordant = c.discordant + c.tiedX
  const total = c.concordant + discordant
  return total === 0 ? NaN : (c.concordant - discordant) / total
}

/** Arithmetic mean; NaN for no values. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return NaN
  let sum = 0
  for (const v of values) sum += v
  return sum / values.length
}
