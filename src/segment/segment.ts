// segment: zones → sentences, by sentence-splitter's rules on one zone (one line or paragraph) at a time: a
// sentence never crosses a line in news copy. Every span is kept exact.
import { split } from 'sentence-splitter'
import { sentenceRanges } from './sentence-ranges.js'
import type { Sentence, Zone } from '../types.js'

/** A sentence before language detection. */
export type BareSentence = Omit<Sentence, 'lang' | 'langScore'>

// sentence-splitter ends a sentence at any ". " before a capital, so "NATO chief asks S. Korea" (000's headline)
// became two sentences. A single initial ("S.", "J."; not "U.S.", which often ends a sentence) or a title or
// month abbreviation cannot end a sentence in news copy, so the split after it is undone.
const NOT_A_SENTENCE_END = /(?:^|[\s(“"])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Prof|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$/u
// "at 9 a.m. local time": a lower-case abbreviation followed by lower case continues the sentence. (Followed by a
// capital it may well end one — "…at 9 a.m. The port reopened" — so that split stays.)
const LOWER_CASE_ABBREVIATION = /(?:^|[\s(])(?:a\.m|p\.m|e\.g|i\.e|etc|vs|approx|incl|cf)\.$/u
const STARTS_LOWER_CASE = /^["“'‘(]*\p{Ll}/u

export function segment(text: string, zones: readonly Zone[], segmented: boolean): BareSentence[] {
  const sentences: BareSentence[] = []
  const push = (start: number, end: number, zone: Zone) =>
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), zone: zone.kind, paragraph: zone.paragraph })

  for (const zone of zones) {
    // one sentence a line (WMT test sets): the line is the sentence, even when it holds two
    if (segmented) {
      push(zone.start, zone.end, zone)
      continue
    }
    for (const [start, end] of splitZone(text.slice(zone.start, zone.end))) push(zone.start + start, zone.start + end, zone)
  }
  return sentences
}

// sentence-splitter ends a sentence only at one of its separator marks (. ． 。 ? ! ？ ！), a full stop only
// before white space or at the end of the text (SeparatorParser in sentence-splitter 5). A trimmed zone whose
// only separators are its final run of them ("…in Seoul.", "…to win?!") is one sentence, whatever the splitter's
// pair marks and abbreviations say (they only ever stop a split): its one span is the whole zone. Most news lines
// are such a line, and the splitter reads a text a character at a time through its parsers, so only zones
// with a separator inside are read by its rules (./sentence-ranges.ts). tests/segment/segment-fast-path.test.ts
// compares splitZone with the library on every shipped text and on random lines; bench/speed.ts on the bench sets.
const SEPARATOR = /[．。?!？！]|\.(?=\s|$)/
const EDGE_SPACE = /^\s|\s$/

/** True when sentence-splitter would find exactly one sentence spanning the whole of `zoneText`. */
export function isOneSentence(zoneText: string): boolean {
  if (zoneText.length === 0 || EDGE_SPACE.test(zoneText)) return false
  const first = zoneText.search(SEPARATOR)
  if (first === -1) return true
  // a leading mark opens no sentence ("!!!"): leave such zones to the splitter
  if (first === 0) return false
  for (let i = first; i < zoneText.length; i++) {
    const c = zoneText[i]!
    const separator = c === '.' ? i === zoneText.length - 1 || /\s/.test(zoneText[i + 1]!) : '．。?!？！'.includes(c)
    if (!separator) return false
  }
  return true
}

/**
 * Sentence spans of one zone's text, trimmed, with splits after initials and titles undone: the spans
 * sentence-splitter gives, read by ./sentence-ranges.ts in one pass instead of the library's walk.
 */
export function splitZone(zoneText: string): [number, number][] {
  return isOneSentence(zoneText) ? [[0, zoneText.length]] : spansFrom(zoneText, sentenceRanges(zoneText))
}

/** splitZone by the library itself, sentence-splitter's split() on the zone: what the fast ways are proven against. */
export function splitZoneWithSplitter(zoneText: string): [number, number][] {
  return spansFrom(zoneText, split(zoneText).filter((node) => node.type === 'Sentence').map((node) => node.range))
}

/** The sentences' ranges trimmed, empty ones dropped, and a split after an initial or a title undone. */
function spansFrom(zoneText: string, ranges: readonly (readonly [number, number])[]): [number, number][] {
  const spans: [number, number][] = []
  for (const [from, to] of ranges) {
    const raw = zoneText.slice(from, to)
    if (!raw.trim()) continue
    const start = from + raw.length - raw.trimStart().length
    const end = to - (raw.length - raw.trimEnd().length)
    const previous = spans.at(-1)
    const before = previous && zoneText.slice(previous[0], previous[1])
    const after = zoneText.slice(start, end)
    if (before && (NOT_A_SENTENCE_END.test(before) || (LOWER_CASE_ABBREVIATION.test(before) && STARTS_LOWER_CASE.test(after)))) previous![1] = end
    else spans.push([start, end])
  }
  return spans
}
