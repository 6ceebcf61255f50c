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
  // a unit's sentences and texts are gathered first and joined once: "a. " × 33,000 is one sentence and 33,000
  // fragments, and copying the unit at each fragment was quadratic
  const groups: { first: Sentence; sentences: number[]; texts: string[] }[] = []
  for (const s of sentences) {
    const previous = groups.at(-1)
    if (previous && previous.first.paragraph === s.paragraph && isFragment(s.text)) {
      previous.sentences.push(s.index)
      previous.texts.push(s.text)
    } else groups.push({ first: s, sentences: [s.index], texts: [s.text] })
  }
  return groups.map(({ first, sentences: indexes, texts }) => ({ sentences: indexes, text: texts.join(' '), paragraph: first.paragraph, zone: first.zone }))
}

/** A run of `units[first..first+length)`: length 1 is the unit itself, 2 a candidate split or merge. */
export interface Span {
  readonly first: number
  readonly length: number
  readonly text: string
  /** a span of two units in different paragraphs (link.ts asks more of it) */
  readonly crossesParagraph?: boolean
}

/**
 * Every unit, then every pair of neighbouring units. Wire copy runs one sentence to a paragraph, so a rewrite
 * that merges two sentences joins two paragraphs: 002's "Seoul has signed deals to sell hundreds of tanks…
 * does not allow the transfer of arms… in belligerent states…" renders 000's paragraphs "South Korea is an
 * increasingly important arms exporter… deals to sell hundreds of tanks…" and "But South Korean law bans the
 * export of weapons…". In one-sentence-per-line input (`segmented`) every line is its own paragraph and a
 * line renders a line, so there units pair only within a paragraph, which links lines 1-1. A headline, a
 * dateline or a caption is never half of a span with body text.
 */
export function spans(list: readonly Unit[], segmented = false): Span[] {
  const out: Span[] = list.map((u, i) => ({ first: i, length: 1, text: u.text }))
  list.forEach((u, i) => {
    const next = list[i + 1]
    if (next && (next.paragraph === u.paragraph || (!segmented && next.zone === 'body' && u.zone === 'body'))) {
      out.push({ first: i, length: 2, text: `${u.text} ${next.text}`, crossesParagraph: next.paragraph !== u.paragraph })
    }
  })
  return out
}
