// Gold alignments written by hand (tests/fixtures/*/gold.json) name sentences by their text, not their
// index: if segmentation changes, a gold file stops resolving and says which sentence, instead of silently
// pointing at the neighbour. Sentences in no gold link are added (variant) or dropped (reference).
import type { AnalyzedDocument } from '../../src/types.js'
import type { Alignment } from './evaluate.js'
import { alignable } from '../../src/align/units.js'

export interface GoldFile {
  readonly bundle: string
  readonly reference: string
  readonly variant: string
  readonly note?: string
  /** `note` says why a link was revised, or why an editor would draw it where a reader might not expect it */
  readonly links: readonly { readonly variant: readonly string[]; readonly reference: readonly string[]; readonly note?: string }[]
}

function resolve(doc: AnalyzedDocument, texts: readonly string[], side: string): number[] {
  const candidates = alignable(doc)
  const ids = texts.map((text) => {
    const found = candidates.find((s) => s.text === text)
    if (!found) throw new Error(`gold ${side} sentence is not a sentence of ${doc.doc.id}: \`${text}\``)
    return found.index
  })
  ids.forEach((id, i) => {
    if (i > 0 && id !== (ids[i - 1] as number) + 1) throw new Error(`gold ${side} sentences are not consecutive: \`${texts[i]}\``)
  })
  return ids
}

export function goldAlignments(gold: GoldFile, variant: AnalyzedDocument, reference: AnalyzedDocument): Alignment[] {
  const links = gold.links.map((l) => ({ variant: resolve(variant, l.variant, 'variant'), reference: resolve(reference, l.reference, 'reference') }))
  const linkedV = new Set(links.flatMap((l) => l.variant))
  const linkedR = new Set(links.flatMap((l) => l.reference))
  const added = alignable(variant).filter((s) => !linkedV.has(s.index)).map((s) => ({ variant: [s.index], reference: [] }))
  const dropped = alignable(reference).filter((s) => !linkedR.has(s.index)).map((s) => ({ variant: [], reference: [s.index] }))
  return [...links, ...added, ...dropped]
}
