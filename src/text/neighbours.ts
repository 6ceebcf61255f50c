import type { AnalyzedDocument, Sentence } from '../types.js'
import { allMatches } from './match-all.js'

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
  // a binary search: sentences are in text order and do not overlap (segment.ts cuts each zone in order), and
  // storyMatches asks once a match: a scan from the start would make a long document's matches quadratic
  const { sentences } = document
  let low = 0
  let high = sentences.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sentences[middle]!.start <= offset) low = middle + 1
    else high = middle
  }
  const sentence = sentences[low - 1]
  return sentence !== undefined && offset < sentence.end ? sentence : undefined
}

/** A match of a pattern in story text, in document offsets, with the sentence it starts in. */
export interface StoryMatch {
  /** the whole match, for the message: ". ," across a break */
  readonly match: RegExpExecArray
  readonly start: number
  /** where the match ends, or its sentence ends if that is sooner: the span of a finding on that sentence */
  readonly end: number
  readonly sentence?: number
}

/**
 * Every match of a global pattern in the story text, line by line, boilerplate skipped: the scan of checks that
 * look at raw text rather than sentences, because their evidence can straddle a break (". ," in 004: "…and
 * Sweden. , like those…", the full stop ending one sentence and the comma starting the next). A finding lies inside
 * the sentence it is reported on (docs/report-format.md), so a match is reported on the sentence it starts in,
 * its span ending where that sentence does: the full stop of ". ,", the mark the review highlights.
 */
export function* storyMatches(document: AnalyzedDocument, re: RegExp): Generator<StoryMatch> {
  const { text } = document.doc
  for (const zone of document.zones) {
    if (zone.kind === 'boilerplate') continue
    for (const match of allMatches(text.slice(zone.start, zone.end), re)) {
      const start = zone.start + match.index
      const sentence = sentenceAt(document, start)
      const end = Math.min(start + match[0].length, sentence?.end ?? Infinity)
      yield { match, start, end, ...(sentence !== undefined && { sentence: sentence.index }) }
    }
  }
}

/** A short excerpt for a message: at most `max` characters, cut at a word boundary, with an ellipsis. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 3)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}...`
}
