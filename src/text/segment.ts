// segment: zones → sentences. sentence-splitter runs on one zone (one line or paragraph) at a time: it is
// superlinear on long strings, and a sentence never crosses a line in news copy. Every span is kept exact.
import { split } from 'sentence-splitter'
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

/** Sentence spans of one zone's text, trimmed, with splits after initials and titles undone. */
function splitZone(zoneText: string): [number, number][] {
  const spans: [number, number][] = []
  for (const node of split(zoneText)) {
    if (node.type !== 'Sentence') continue
    const raw = zoneText.slice(node.range[0], node.range[1])
    if (!raw.trim()) continue
    const start = node.range[0] + raw.length - raw.trimStart().length
    const end = node.range[1] - (raw.length - raw.trimEnd().length)
    const previous = spans.at(-1)
    const before = previous && zoneText.slice(previous[0], previous[1])
    const after = zoneText.slice(start, end)
    if (before && (NOT_A_SENTENCE_END.test(before) || (LOWER_CASE_ABBREVIATION.test(before) && STARTS_LOWER_CASE.test(after)))) previous![1] = end
    else spans.push([start, end])
  }
  return spans
}
