import type { AnalyzedDocument, Link } from '../types.js'

/**
 * Share of the reference's story sentences (boilerplate excluded) that some variant sentence renders, counted
 * over the stretch of the reference the variant reaches: from the first reference sentence it renders to the
 * last. A feed that cuts the story after its fourth paragraph keeps what it reaches; one that drops the middle
 * paragraphs of what it reaches does not. 0 when it renders nothing.
 */
export function coverage(links: readonly Link[], reference: AnalyzedDocument): number {
  // a flag per sentence, not filter/flatMap/Set: asked once per variant on every bundle
  const covered = new Uint8Array(reference.sentences.length)
  let first = Infinity
  let last = -1
  for (const link of links) {
    if (link.variant.length === 0) continue
    for (const r of link.reference) {
      covered[r] = 1
      if (reference.sentences[r]!.zone === 'boilerplate') continue
      first = Math.min(first, r)
      last = Math.max(last, r)
    }
  }
  let story = 0
  let rendered = 0
  for (const sentence of reference.sentences) {
    if (sentence.zone === 'boilerplate') continue
    if (sentence.index < first || sentence.index > last) continue
    story++
    rendered += covered[sentence.index]!
  }
  const hasStory = reference.sentences.some((s) => s.zone !== 'boilerplate')
  return !hasStory ? 1 : story === 0 ? 0 : rendered / story
}
