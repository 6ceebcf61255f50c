// Turns a generated case into what the aligner and the scorer take: both texts analysed, the gold resolved.
import { analyze } from '../../src/analyze.js'
import type { AnalyzedDocument } from '../../src/types.js'
import type { Alignment } from './evaluate.js'
import type { GeneratedCase } from './generate.js'
import { goldAlignments } from './gold.js'
import { alignable } from '../../src/align/units.js'

export interface ReadyCase {
  readonly variant: AnalyzedDocument
  readonly reference: AnalyzedDocument
  readonly gold: Alignment[]
}

/** null when the segmenter does not cut the generated text where the generator did (the case is skipped). */
export function prepareCase(c: GeneratedCase, id: string): ReadyCase | null {
  const reference = analyze({ id: `${id}-reference`, role: 'reference', text: c.reference }, false)
  const variant = analyze({ id: `${id}-variant`, role: 'variant', text: c.variant }, false)
  try {
    const gold = goldAlignments({ bundle: id, reference: reference.doc.id, variant: variant.doc.id, links: c.links }, variant, reference)
    // every generated sentence must be one sentence of the analysed text, or the gold is not the whole answer
    const named = new Set(c.links.flatMap((l) => l.variant))
    if (alignable(variant).some((s) => !named.has(s.text))) return null
    return { variant, reference, gold }
  } catch {
    return null
  }
}

/** The paragraphs of a text as the segmenter cuts them, as sentence texts (`zones`: which to keep). */
export function storyParagraphs(text: string, zones: readonly string[] = ['body']): string[][] {
  const doc = analyze({ id: 'story', role: 'reference', text }, false)
  const paragraphs = new Map<number, string[]>()
  for (const s of doc.sentences) if (zones.includes(s.zone)) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s.text])
  return [...paragraphs.values()]
}

/**
 * Wire copy runs one sentence to a paragraph (000 does), which leaves nothing to merge and makes every move
 * a one-sentence move; `size` sentences to a paragraph gives the generator passages to move and neighbours
 * to merge.
 */
export function regroup(paragraphs: readonly (readonly string[])[], size: number): string[][] {
  const flat = paragraphs.flat()
  const out: string[][] = []
  for (let i = 0; i < flat.length; i += size) out.push(flat.slice(i, i + size))
  return out
}

/**
 * The case with its reference laid out as wire copy, one sentence to a paragraph (as 000), the variant as
 * generated: the generator's merges then join two reference paragraphs, as 002's "Seoul has signed deals…
 * in belligerent states…" joins 000's arms-exporter and export-ban paragraphs.
 */
export function wireReference(c: GeneratedCase, paragraphs: readonly (readonly string[])[]): GeneratedCase {
  return { ...c, reference: paragraphs.flat().join('\n\n') }
}
