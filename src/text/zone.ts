// zone: Document → the parts of the page each line belongs to. Site chrome and MT notices become
// `boilerplate` and are kept out of alignment and the score; headlines, datelines, bylines, captions and
// subheads are told apart from body text because a headline without a full stop is not a truncation and a
// caption printed twice is not a repeated fragment.
import type { Document, Zone, ZoneKind } from '../types.js'
import { CHROME_LINES, MT_NOTICE } from './boilerplate-patterns.js'
import { countWords, nonBlankLines, type Line } from './lines.js'

const ENDS_LIKE_SENTENCE = /[.!?…]["'”’)\]]*$/
const SUBHEAD_DASHES = /^[-–—•*]\s*\S.{0,60}\S\s*[-–—]$/ // AFP subheads: "- China challenge -"
const PHOTO_CREDIT = /(\((?:twitter|photo|file|afp|reuters|ap|epa|getty|antara|yonhap|xinhua)\b[^)]*\)|\bphoto(?:graph)?\s*:)\s*$/i
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)'
// Reuters captions end with the picture's date: "... at the Foreign Ministry in Seoul, South Korea January 29, 2023."
// — the date follows the place directly; body text says "on February 24, 2022." (002), which is no caption
const CAPTION_DATE_END = new RegExp(`(?<!\\b(?:on|since|until|by|from|to|of|in|before|after|and|or|,)) ${MONTH} \\d{1,2}, \\d{4}\\.$`)
const DATE_OR_TIME = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2} [A-Z][a-z]+ \d{4}\b|\bdate\b/gi
const AGENCY_CREDIT = /^(?:AFP|Reuters|AP|Xinhua|Yonhap|Bernama|Antara|ANA-MPA|dpa|EFE|ANSA|Kyodo)(?:\s*[/,&]\s*\S+)*$/i
const BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*(?:,|and)\s*.{0,60})?$/iu
// a place-only line before the story starts: "Seoul, South Korea"
const PLACE_LINE = /^\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,4}$/u

export function zone(doc: Document, segmented: boolean): Zone[] {
  const lines = segmented ? segmentedLines(doc.text) : nonBlankLines(doc.text)
  if (segmented) return lines.map((l) => ({ kind: 'body', start: l.start, end: l.end, paragraph: l.paragraph }))
  const seen = new Set<string>()
  let bodyStarted = false
  let headlineSeen = false
  return lines.map((line): Zone => {
    const kind = classify(line.text, { seen, bodyStarted, headlineSeen })
    seen.add(line.text)
    if (kind === 'body') bodyStarted = true
    if (kind === 'headline') headlineSeen = true
    return { kind, start: line.start, end: line.end, paragraph: line.paragraph }
  })
}

interface Position {
  readonly seen: ReadonlySet<string>
  readonly bodyStarted: boolean
  readonly headlineSeen: boolean
}

function classify(text: string, at: Position): ZoneKind {
  if (CHROME_LINES.some((re) => re.test(text)) || MT_NOTICE.some((re) => re.test(text))) return 'boilerplate'
  // the same line printed twice: 000 prints its headline and its standfirst twice (page template + story)
  if (at.seen.has(text)) return 'boilerplate'
  if (isDateline(text)) return 'dateline'
  if (AGENCY_CREDIT.test(text) || BYLINE.test(text)) return 'byline'
  if (PHOTO_CREDIT.test(text) || CAPTION_DATE_END.test(text)) return 'caption'
  if (SUBHEAD_DASHES.test(text)) return 'subhead'
  if (!ENDS_LIKE_SENTENCE.test(text)) {
    if (!at.headlineSeen && !at.bodyStarted && countWords(text) <= 40) return 'headline'
    if (!at.bodyStarted && PLACE_LINE.test(text)) return 'dateline'
    // a short line with no full stop inside the story is a subhead; before the story, a standfirst
    if (!at.bodyStarted || countWords(text) <= 10) return 'subhead'
  }
  return 'body'
}

/** "date 2023-01-30", "19:52 UTC+8, 2023-01-30": a date or time with at most two other words. */
function isDateline(text: string): boolean {
  const rest = text.replace(DATE_OR_TIME, ' ').replace(/\b(UTC|GMT)\s*[+-]?\d*/g, ' ')
  return rest !== text && countWords(rest) <= 2 && !ENDS_LIKE_SENTENCE.test(text.replace(/\d\.$/, ''))
}

/**
 * One sentence a line (WMT test sets): every line is its own paragraph and its own sentence — a blank line too,
 * as an empty sentence, so that sentence i stays line i (nt21's Online-W has one blank line in a 42-line block).
 */
function segmentedLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let paragraph = 0
  for (const raw of text.split('\n')) {
    const body = raw.replace(/\r$/, '')
    const lead = body.length - body.trimStart().length
    const trimmed = body.trim()
    lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, paragraph: paragraph++ })
    start += raw.length + 1
  }
  return lines
}
