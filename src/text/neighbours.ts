import type { AnalyzedDocument, Sentence } from '../types.js'

/**
 * Consecutive sentences of the same line or paragraph, outside boilerplate: the places where a sentence break
 * can be spurious ("…dozens of military planes." | "chase."). A break between paragraphs is the writer's.
 */
export function* adjacentSentences(document: AnalyzedDocument): Generator<[Sentence, Sentence]> {
  const { sentences } = document
  for (let i = 1; i < sentences.length; i++) {
    const previous = sentences[i - 1]!
    const current = sentences[i]!
    if (previous.paragraph !== current.paragraph || current.zone === 'boilerplate' || previous.zone === 'boilerplate') continue
    yield [previous, current]
  }
}

/** The sentence that holds an offset, for findings found on raw text. */
export function sentenceAt(document: AnalyzedDocument, offset: number): Sentence | undefined {
  return document.sentences.find((s) => s.start <= offset && offset < s.end)
}

/** A short excerpt for a message: at most `max` characters, cut at a word boundary, with an ellipsis. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 3)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}...`
}
