// align: variant × reference sentences → Link[].
// PLACEHOLDER until the reorder-robust aligner lands (issue 3): greedy 1-1 best Dice match above a floor.
import stringSimilarity from 'string-similarity'
import type { AnalyzedDocument, Link } from '../types.js'

export const ALIGNER_ID = "greedy-dice@0"
const NO_COUNTERPART = 0.45

export function align(variant: AnalyzedDocument, reference: AnalyzedDocument | null): Link[] {
  if (!reference) return []
  const vs = variant.sentences.filter((s) => s.zone !== 'boilerplate')
  const rs = reference.sentences.filter((s) => s.zone !== 'boilerplate')
  const usedReference = new Set<number>()
  const links: Link[] = []
  for (const v of vs) {
    let best = { index: -1, similarity: 0 }
    for (const r of rs) {
      if (usedReference.has(r.index)) continue
      const similarity = stringSimilarity.compareTwoStrings(v.text.toLowerCase(), r.text.toLowerCase())
      if (similarity > best.similarity) best = { index: r.index, similarity }
    }
    if (best.similarity >= NO_COUNTERPART) {
      usedReference.add(best.index)
      links.push({ variant: [v.index], reference: [best.index], kind: 'match', moved: false, similarity: best.similarity })
    } else links.push({ variant: [v.index], reference: [], kind: 'added', moved: false, similarity: 0 })
  }
  for (const r of rs) if (!usedReference.has(r.index)) links.push({ variant: [], reference: [r.index], kind: 'dropped', moved: false, similarity: 0 })
  return links
}
