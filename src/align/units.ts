// The pieces the aligner links: units (a sentence with any fragments machine translation broke off it) and
// spans (two neighbouring units of one paragraph, read as one, for splits and merges).
import type { AnalyzedDocument, Sentence } from '../types.js'

/** One or more consecutive sentences read as one text. */
export interface Unit {
  /** sentence indexes, ascending */
  readonly sentences: readonly number[]
  readonly text: string
  readonly paragraph: number
  readonly zone: Sentence['zone']
}

// A sentence cannot begin with a lower-case letter or a comma, so one that does is the tail of its
// predecessor, cut off by a stray full stop in translation: 004's "…dozens of military planes." + "chase."
// (French "avions de chasse"), 002's "…after the invasion." + "of Russia on Ukrainian territory on February
// 24, 2022." and 004's "…Germany, Norway and Sweden." + ", like those who changed…". Names written in lower
// case ("iPhone") are rare at the start of a news sentence; the cost is one wrongly joined pair.
const FRAGMENT_START = /^[\p{Ll},;:)\]]/u

export function isFragment(text: string): boolean {
  return FRAGMENT_START.test(text.trimStart())
}

/** Sentences the aligner considers: never boilerplate (site chrome, MT notices), never empty lines. */
export function alignable(doc: AnalyzedDocument): Sentence[] {
  return doc.sentences.filter((s) => s.zone !== 'boilerplate' && s.text.trim() !== '')
}

/** Groups each fragment with the sentence before it in the same paragraph. */
export function units(sentences: readonly Sentence[]): Unit[] {
  const out: Unit[] = []
  for (const s of sentences) {
    const previous = out.at(-1)
    if (previous && previous.paragraph === s.paragraph && isFragment(s.text)) {
      out[out.length - 1] = { ...previous, sentences: [...previous.sentences, s.index], text: `${previous.text} ${s.text}` }
    } else out.push({ sentences: [s.index], text: s.text, paragraph: s.paragraph, zone: s.zone })
  }
  return out
}

/** A run of `units[first..first+length)`: length 1 is the unit itself, 2 a candidate split or merge. */
export interface Span {
  readonly first: number
  readonly length: number
  readonly text: string
}

/**
 * Every unit, then every pair of neighbouring units in one paragraph. A sentence is not split or merged
 * across a paragraph break in news copy, and in one-sentence-per-line input every line is its own paragraph,
 * so there the aligner links lines 1-1 only.
 */
export function spans(list: readonly Unit[]): Span[] {
  const out: Span[] = list.map((u, i) => ({ first: i, length: 1, text: u.text }))
  list.forEach((u, i) => {
    const next = list[i + 1]
    if (next && next.paragraph === u.paragraph) out.push({ first: i, length: 2, text: `${u.text} ${next.text}` })
  })
  return out
}
