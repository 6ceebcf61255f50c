// Strict and lax precision, recall and F1 of alignments against gold, as vecalign's score.py defines them
// (after Sennrich & Volk's Bleualign evaluation):
// - precision counts every test alignment, insertions and deletions included: strict when the very same
//   alignment is in the gold, lax when it shares a variant sentence with a gold alignment and that alignment
//   shares a reference sentence with it (a test insertion or deletion is never a lax hit unless strict);
// - recall is the same count with gold and test swapped, insertions and deletions left out of both;
// - counts are pooled over all documents before dividing; F1 is the harmonic mean of P and R.

/** One alignment: variant sentence indexes ↔ reference sentence indexes (either side may be empty). */
export interface Alignment {
  readonly variant: readonly number[]
  readonly reference: readonly number[]
}

export interface Scores {
  readonly precisionStrict: number
  readonly recallStrict: number
  readonly f1Strict: number
  readonly precisionLax: number
  readonly recallLax: number
  readonly f1Lax: number
}

const key = (a: Alignment) => `${a.variant.join(',')}:${a.reference.join(',')}`

/** [strict hits, strict misses, lax hits, lax misses] of `test` against `gold`. */
function count(gold: readonly Alignment[], test: readonly Alignment[]): [number, number, number, number] {
  const nonEmpty = (a: Alignment) => a.variant.length > 0 || a.reference.length > 0
  const goldKeys = new Set(gold.filter(nonEmpty).map(key))
  const goldTargets = new Map<number, Set<number>>()
  for (const g of gold.filter(nonEmpty))
    for (const v of g.variant) for (const r of g.reference) goldTargets.set(v, (goldTargets.get(v) ?? new Set()).add(r))
  const counts: [number, number, number, number] = [0, 0, 0, 0]
  const seen = new Set<string>()
  for (const t of test.filter(nonEmpty)) {
    if (seen.has(key(t))) continue // score.py works on sets
    seen.add(key(t))
    if (goldKeys.has(key(t))) {
      counts[0]++
      counts[2]++
    } else {
      counts[1]++
      const lax = t.variant.some((v) => t.reference.some((r) => goldTargets.get(v)?.has(r)))
      counts[lax ? 2 : 3]++
    }
  }
  return counts
}

/** Pooled scores over documents: gold[k] and test[k] are the alignments of document k. */
export function scoreAlignments(gold: readonly (readonly Alignment[])[], test: readonly (readonly Alignment[])[]): Scores {
  const p = [0, 0, 0, 0]
  const r = [0, 0, 0, 0]
  const both = (a: Alignment) => a.variant.length > 0 && a.reference.length > 0
  gold.forEach((g, k) => {
    const t = test[k] ?? []
    count(g, t).forEach((x, i) => (p[i] = (p[i] as number) + x))
    count(t.filter(both), g.filter(both)).forEach((x, i) => (r[i] = (r[i] as number) + x))
  })
  const ratio = (hit: number, miss: number) => (hit + miss === 0 ? 0 : hit / (hit + miss))
  const f1 = (a: number, b: number) => (a + b === 0 ? 0 : (2 * a * b) / (a + b))
  const [ps, pl] = [ratio(p[0] as number, p[1] as number), ratio(p[2] as number, p[3] as number)]
  const [rs, rl] = [ratio(r[0] as number, r[1] as number), ratio(r[2] as number, r[3] as number)]
  return { precisionStrict: ps, recallStrict: rs, f1Strict: f1(ps, rs), precisionLax: pl, recallLax: rl, f1Lax: f1(pl, rl) }
}
