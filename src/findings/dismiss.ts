// An editor's triage applied to findings. A dismissal rules on the spot, not on one check's wording: in the
// French rewrite "…dozens of military planes. chase. along the border…" spurious-sentence-break reports the
// break twice, at ". chase." (sentence 3) and at "chase. along…" (sentence 4); dismissing one leaves the other
// out too, or CI would fail a variant the review showed passing. A new kind of problem at the same spot (another
// MQM category: a stray ". ," there is Fluency/Punctuation, not Fluency/Grammar) is not covered, and a finding the
// editor confirmed stays whatever is dismissed beside it.
import type { Finding } from '../types.js'

export interface Dismissal {
  readonly kept: Finding[]
  /** the findings left out: those dismissed by fingerprint and those at their spot of the same category */
  readonly dismissed: Finding[]
}

/** Spans share a character, or are the same empty span (an insertion point). */
function overlap(a: Finding, b: Finding): boolean {
  return (a.start < b.end && b.start < a.end) || (a.start === b.start && a.end === b.end)
}

export function applyDismissals(findings: readonly Finding[], dismissed: ReadonlySet<string>, confirmed: ReadonlySet<string> = new Set()): Dismissal {
  if (dismissed.size === 0) return { kept: [...findings], dismissed: [] }
  const ruled = findings.filter((f) => dismissed.has(f.fingerprint))
  const covered = (f: Finding) =>
    dismissed.has(f.fingerprint) || (!confirmed.has(f.fingerprint) && ruled.some((d) => d.category === f.category && overlap(d, f)))
  const kept: Finding[] = []
  const out: Finding[] = []
  for (const f of findings) (covered(f) ? out : kept).push(f)
  return { kept, dismissed: out }
}
