import type { AnalyzedDocument, Link } from '../types.js'

/** Share of the reference's story sentences (boilerplate excluded) that some variant sentence renders. */
export function coverage(links: readonly Link[], reference: AnalyzedDocument): number {
  const story = reference.sentences.filter((s) => s.zone !== 'boilerplate')
  if (story.length === 0) return 1
  const covered = new Set(links.filter((l) => l.variant.length > 0).flatMap((l) => l.reference))
  return story.filter((s) => covered.has(s.index)).length / story.length
}
