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
  // a binary search: sentences are in text order and do not overlap (segment.ts cuts each zone in order), and
  // storyMatches asks once a match — a linear scan was most of its time on nt21's long documents (measured)
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
  readonly match: RegExpExecArray
  readonly start: number
  readonly end: number
  readonly sentence?: number
}

/**
 * Every match of a global pattern in the story text, line by line, boilerplate skipped: the scan of checks that
 * look at raw text rather than sentences, because their evidence can straddle a break (". ," in 004).
 */
export function* storyMatches(document: AnalyzedDocument, re: RegExp): Generator<StoryMatch> {
  const { text } = document.doc
  const own = ownCopy(re)
  const unicode = /[uv]/.test(own.flags)
  for (const zone of document.zones) {
    if (zone.kind === 'boilerplate') continue
    // exec from a position kept here, as matchAll does, but without matchAll's copy of the pattern per call:
    // with a zone per line, nine patterns over nt21's documents made a copy for every line nine times (measured)
    const zoneText = text.slice(zone.start, zone.end)
    let from = 0
    for (;;) {
      own.lastIndex = from
      const match = own.exec(zoneText)
      if (!match) break
      // an empty match moves on by one character (a code point under the u and v flags), as matchAll does
      from = match[0].length > 0 ? own.lastIndex : advance(zoneText, own.lastIndex, unicode)
      const start = zone.start + match.index
      const sentence = sentenceAt(document, start)?.index
      yield { match, start, end: start + match[0].length, ...(sentence !== undefined && { sentence }) }
    }
  }
}

// The pattern's own copy, made once: storyMatches sets its lastIndex, which the caller's pattern keeps unchanged
const copies = new WeakMap<RegExp, RegExp>()
function ownCopy(re: RegExp): RegExp {
  if (!re.global) throw new TypeError(`storyMatches needs a global pattern: ${re}`)
  let copy = copies.get(re)
  if (!copy) copies.set(re, (copy = new RegExp(re)))
  return copy
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const unit = text.charCodeAt(index)
  const next = text.charCodeAt(index + 1)
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1
}

/** A short excerpt for a message: at most `max` characters, cut at a word boundary, with an ellipsis. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 3)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}...`
}
