// zone: Document → the parts of the page each line belongs to. Site chrome, captions, page stamps and MT
// notices become `boilerplate` and are kept out of alignment and the score; headlines, datelines, bylines and
// subheads are told apart from body text because a headline without a full stop is not a truncation. Chrome is
// found by the features of the line (./chrome.ts), by repetition inside the document (a title printed twice, a
// standfirst that repeats the lede) and, given the bundle's documents, by repetition across them. Each
// boilerplate zone says why (`why`), for the boilerplate check to show.
import type { Document, Zone, ZoneKind } from '../types.js'
import { chromeReason, contentWords, FUNCTION_WORDS, PHOTO_CAPTION, wordsOf } from './chrome.js'
import { countWords } from '../text/words.js'
import { nonBlankLines, type Line } from './lines.js'

const ENDS_LIKE_SENTENCE = /[.!?…]["'”’)\]]*$/
const SUBHEAD_DASHES = /^[-–—•*]\s*\S.{0,60}\S\s*[-–—]$/ // AFP subheads: "- China challenge -"
const PHOTO_CREDIT = /(\((?:twitter|photo|file|afp|reuters|ap|epa|getty|antara|yonhap|xinhua)\b[^)]*\)|\bphoto(?:graph)?\s*:)\s*$/i
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)'
// Reuters captions end with the picture's date: "... at the Foreign Ministry in Seoul, South Korea January 29, 2023."
// — the date follows the place directly; body text says "on February 24, 2022." (002), which is no caption
const CAPTION_DATE_END = new RegExp(`(?<!\\b(?:on|since|until|by|from|to|of|in|before|after|and|or|,)) ${MONTH} \\d{1,2}, \\d{4}\\.$`)
const AGENCY_CREDIT = /^(?:AFP|Reuters|AP|Xinhua|Yonhap|Bernama|Antara|ANA-MPA|dpa|EFE|ANSA|Kyodo)(?:\s*[/,&]\s*\S+)*$/i
const BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*(?:,|and)\s*.{0,60})?$/iu
// a place-only line before the story starts: "Seoul, South Korea"
// the story's own dateline on a line of its own: "Lagos, Nigeria (AFP) May 3, 2024"
const STORY_DATELINE = /^\p{Lu}[\p{L}.'’ -]{1,40}(?:, [\p{L}.'’ -]{1,40})?\s*\((?:AFP|AP|Reuters|EFE|ANSA|dpa|Xinhua|Yonhap|Kyodo|Bernama|Antara|UPI|IANS|PTI)\)\s*[-–—]?\s*.{0,30}\d{4}$/u
const PLACE_LINE = /^\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,4}$/u

/**
 * Evidence from the other documents of the bundle: how many documents print each line (by its repeat key), and
 * the words of the reference's story, when there is one. Built once per bundle by bundleEvidence().
 */
export interface BundleEvidence {
  readonly documentsWithLine: ReadonlyMap<string, number>
  readonly storyWords: ReadonlySet<string> | null
}

/** A line to classify: a whole line, or the page stamp or source tag split off its front. */
interface Part extends Line {
  /** set aside whatever its features: the stamp or tag split off a line */
  readonly why?: string
}

export function zone(doc: Document, segmented: boolean, bundle?: BundleEvidence): Zone[] {
  if (segmented) return segmentedLines(doc.text).map((l) => ({ kind: 'body', start: l.start, end: l.end, paragraph: l.paragraph }))
  const parts = splitPrefixes(nonBlankLines(doc.text))
  const lowerWords = parts.map((p) => wordsOf(p.text).map((w) => w.toLowerCase()))
  const keys = lowerWords.map((words) => words.join(' '))
  const lengths = lowerWords.map((words) => words.length)
  // where each line is printed first and last, and which lines are display lines, looked up instead of
  // searched for at each line: a long document searched all its lines for each of them
  const firstAt = new Map<string, number>()
  const lastAt = new Map<string, number>()
  keys.forEach((key, i) => {
    if (!firstAt.has(key)) firstAt.set(key, i)
    lastAt.set(key, i)
  })
  const displayLines = parts.flatMap((p, i) => (ENDS_LIKE_SENTENCE.test(p.text) ? [] : [i]))
  const pairs: Set<string>[] = []
  const grams = (i: number) => (pairs[i] ??= bigrams(keys[i]!))
  const wordCounts = new Map<string, number>()
  for (const words of lowerWords) for (const w of words) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1)
  const zones: Zone[] = []
  let bodyStarted = false
  let headlineSeen = false
  parts.forEach((part, i) => {
    const at: Position = { parts, keys, lengths, firstAt, lastAt, displayLines, grams, i, zones, bodyStarted, headlineSeen, wordCounts, bundle }
    const [kind, why] = part.why ? (['boilerplate', part.why] as const) : classify(part.text, at)
    zones.push({ kind, start: part.start, end: part.end, paragraph: part.paragraph, ...(why && { why }) })
    if (kind === 'body') bodyStarted = true
    if (kind === 'headline') headlineSeen = true
  })
  return zones
}

/** The bundle-level evidence for zone(): which lines several documents print, and the reference's words. */
export function bundleEvidence(documents: readonly Document[], reference: Document | null | undefined): BundleEvidence {
  const documentsWithLine = new Map<string, number>()
  for (const d of documents) {
    for (const key of new Set(nonBlankLines(d.text).map((l) => repeatKey(l.text)))) {
      if (key) documentsWithLine.set(key, (documentsWithLine.get(key) ?? 0) + 1)
    }
  }
  return { documentsWithLine, storyWords: reference ? new Set(contentWords(reference.text)) : null }
}

interface Position {
  readonly parts: readonly Part[]
  readonly keys: readonly string[]
  /** each line's number of words */
  readonly lengths: readonly number[]
  /** a key's first and last line */
  readonly firstAt: ReadonlyMap<string, number>
  readonly lastAt: ReadonlyMap<string, number>
  /** the lines that do not end like a sentence, ascending */
  readonly displayLines: readonly number[]
  /** a line's word pairs, for near repeats (built on first use) */
  readonly grams: (i: number) => ReadonlySet<string>
  readonly i: number
  /** the zones of the lines above */
  readonly zones: readonly Zone[]
  readonly bodyStarted: boolean
  readonly headlineSeen: boolean
  readonly wordCounts: ReadonlyMap<string, number>
  readonly bundle: BundleEvidence | undefined
}

type Classified = readonly [ZoneKind, string?]

function classify(text: string, at: Position): Classified {
  const last = at.i === at.parts.length - 1
  const feature = chromeReason(text, { beforeBody: !at.bodyStarted, headlinePosition: !at.bodyStarted && !at.headlineSeen, last, wordCounts: at.wordCounts })
  if (feature) return ['boilerplate', feature]
  const repeat = repeatReason(text, at)
  if (repeat) return ['boilerplate', repeat]
  const display = !ENDS_LIKE_SENTENCE.test(text)
  if (AGENCY_CREDIT.test(text) || BYLINE.test(text)) return ['byline']
  if (STORY_DATELINE.test(text)) return ['dateline']
  if (display && !at.bodyStarted && isForeignToStory(text, at)) return ['boilerplate', 'site chrome before the story (none of its words is in the story)']
  const shared = sharedAcrossBundle(text, at)
  if (shared) return ['boilerplate', shared]
  if (PHOTO_CREDIT.test(text) || CAPTION_DATE_END.test(text)) return ['boilerplate', PHOTO_CAPTION]
  if (SUBHEAD_DASHES.test(text)) return ['subhead']
  if (display) {
    if (!at.headlineSeen && !at.bodyStarted && countWords(text) <= 40) return ['headline']
    if (!at.bodyStarted && PLACE_LINE.test(text)) return ['dateline']
    // a short line with no full stop inside the story is a subhead; before the story, a standfirst
    if (!at.bodyStarted || countWords(text) <= 10) return ['subhead']
  }
  return ['body']
}

/**
 * Lines the page prints more than once. A display line (no full stop: a headline, a standfirst, a caption)
 * printed again further down: the first copy is the page's template (the title bar, a teaser) and the copy
 * nearer the story is kept. A line printed twice in a row inside the story is a picture's alt text and its
 * caption: both go. A
 * sentence printed again later is kept where it first stood. A standfirst whose words open a later paragraph
 * ("Storm hits coast" over "Storm hits coast, killing three.") repeats the lede. A display line that is a near
 * copy of one above ("…bereaved by a fire" under "…bereaved by fire") is the title rendered a second time.
 */
const TWICE_IN_A_ROW = "printed twice in a row (a picture's caption)"

function repeatReason(text: string, at: Position): string | null {
  const key = at.keys[at.i]!
  if (!key) return null
  const words = at.lengths[at.i]!
  const display = !ENDS_LIKE_SENTENCE.test(text)
  const twiceInARow = at.keys[at.i + 1] === key || (at.keys[at.i - 1] === key && at.zones[at.i - 1]?.why === TWICE_IN_A_ROW)
  // (above the story, a title printed twice in a row keeps its second copy, by the rule for display lines)
  if (words <= 40 && at.bodyStarted && twiceInARow) return TWICE_IN_A_ROW
  const earlier = at.firstAt.get(key)!
  if (display) {
    if (at.lastAt.get(key)! > at.i) return "printed again below (the page's copy of a title)"
    if (earlier < at.i && at.zones[earlier]?.kind !== 'boilerplate') return 'printed twice'
  } else if (earlier < at.i && at.zones[earlier]?.kind !== 'boilerplate') return 'printed twice'
  if (!display || words < 4) return null
  const grams = at.grams(at.i)
  if (grams.size < 3) return null
  // inside the story only the second test can hold, and only for a display line above: those alone are read
  const others = at.bodyStarted ? at.displayLines : at.keys
  for (let k = 0; k < others.length; k++) {
    const j = at.bodyStarted ? at.displayLines[k]! : k
    if (at.bodyStarted && j >= at.i) break
    if (j === at.i || !at.keys[j]) continue
    const other = at.grams(j)
    const common = shared(grams, other)
    // a standfirst whose words open or fill a later paragraph at least as long (give or take a word)
    const longer = at.lengths[j]! >= 0.9 * words
    if (j > at.i && !at.bodyStarted && longer && words >= 6 && common / grams.size >= 0.8 && opens(key, at.keys[j]!)) {
      return 'standfirst repeated in the body'
    }
    // a title printed again in other words, below its first rendering
    if (j < at.i && !ENDS_LIKE_SENTENCE.test(at.parts[j]!.text) && at.zones[j]?.kind !== 'boilerplate') {
      if ((2 * common) / (grams.size + other.size) >= 0.6) return 'near copy of a title above'
    }
  }
  return null
}

/**
 * A short display line above the story none of whose words the story uses: a site's name, a section label, a
 * weather widget ("Science Daily", "World News", "26.3 C", "Spread the love"). A headline, however short,
 * shares a name or a word with its story.
 */
function isForeignToStory(text: string, at: Position): boolean {
  const words = wordsOf(text)
  // markup left in the text ("story-body\">") is a defect of the copy that readers see, for other checks to report
  if (words.length === 0 || words.length > 4 || /[<>="”{}]/.test(text)) return false
  const own = new Map<string, number>()
  for (const w of words) own.set(w.toLowerCase(), (own.get(w.toLowerCase()) ?? 0) + 1)
  const content = [...own.keys()].filter((w) => !FUNCTION_WORDS.has(w))
  return content.every((w) => (at.wordCounts.get(w) ?? 0) <= own.get(w)!)
}

/**
 * A line printed by several documents of the bundle — copies from different sites — whose words are not the
 * story's: the same "Follow us" footer or related headline under each copy of one site's feed. With no
 * reference to tell story from chrome, only short display lines count.
 */
function sharedAcrossBundle(text: string, at: Position): string | null {
  const bundle = at.bundle
  const key = at.keys[at.i]!
  if (!bundle || !key || (bundle.documentsWithLine.get(key) ?? 0) < 3) return null
  const content = contentWords(text)
  if (content.length === 0) return null
  if (bundle.storyWords) {
    const inStory = content.filter((w) => bundle.storyWords!.has(w)).length
    return inStory / content.length < 0.5 ? 'printed by several documents of the bundle, not in the story' : null
  }
  return countWords(text) <= 12 && !ENDS_LIKE_SENTENCE.test(text) ? 'printed by several documents of the bundle' : null
}

/**
 * The standfirst's first two words stand among the paragraph's first twelve (after a dateline such as "LAGOS
 * (AP) —"): the paragraph opens with it. A standfirst that sums up a quote further down is its own text.
 */
function opens(standfirst: string, paragraph: string): boolean {
  const first = standfirst.split(' ').slice(0, 2).join(' ')
  return ` ${paragraph.split(' ').slice(0, 12).join(' ')} `.includes(` ${first} `)
}

/** What two lines must share to be the same line printed twice: their words, lower case, in order. */
function repeatKey(text: string): string {
  return wordsOf(text).join(' ').toLowerCase()
}

function bigrams(key: string): Set<string> {
  const words = key.split(' ')
  const grams = new Set<string>()
  for (let i = 0; i + 1 < words.length; i++) grams.add(`${words[i]} ${words[i + 1]}`)
  return grams
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0
  for (const g of a) if (b.has(g)) n++
  return n
}

// The stored page's own date at the top of the text, run into the first line: "date 2023-09-18 Floods hit…".
const PAGE_STAMP_PREFIX = /^(?:date\s+)?\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=\S)/i
// a source tag in brackets opening a paragraph: "[Kyodo News] Tokyo's governor said…"
const SOURCE_TAG_PREFIX = /^\[(?:\p{Lu}[\p{L}.&-]*)(?:\s+\p{Lu}[\p{L}.&-]*){0,4}\]\s*(?=\p{Lu})/u

// a link to another story run onto the end of a paragraph: "…the mayor said. See also: Floods hit the north"
const TRAILING_LINK = /(?<=[.!?]["'”’»]?\s+)(?:see also|read also|also read|read more|lire aussi|leggi anche|vedi anche|lee también|leia também)\b\s*:?\s*\p{Lu}.{0,200}$/iu

/**
 * Splits a page stamp off the first line, a bracketed source tag off the front of any line and a link off its
 * end, as parts of their own.
 */
function splitPrefixes(lines: readonly Line[]): Part[] {
  return lines.flatMap(splitTrailingLink).flatMap((line, i): Part[] => {
    const parts: Part[] = []
    let rest: Part = line
    const stamp = i === 0 ? PAGE_STAMP_PREFIX.exec(rest.text) : null
    if (stamp) rest = splitOff(rest, stamp[0], 'date or time stamp', parts)
    const tag = SOURCE_TAG_PREFIX.exec(rest.text)
    if (tag) rest = splitOff(rest, tag[0], 'source credit', parts)
    parts.push(rest)
    return parts
  })
}

/** Pushes `prefix` (with its trailing space) as a part of its own set aside for `why`; returns what follows. */
function splitOff(line: Part, prefix: string, why: string, parts: Part[]): Part {
  const head = prefix.trimEnd()
  parts.push({ start: line.start, end: line.start + head.length, text: head, paragraph: line.paragraph, why })
  return { start: line.start + prefix.length, end: line.end, text: line.text.slice(prefix.length), paragraph: line.paragraph }
}

function splitTrailingLink(line: Part): Part[] {
  const m = TRAILING_LINK.exec(line.text)
  if (!m || m.index === 0) return [line]
  const head = line.text.slice(0, m.index).trimEnd()
  return [
    { ...line, end: line.start + head.length, text: head },
    { start: line.start + m.index, end: line.end, text: m[0], paragraph: line.paragraph, why: 'related-story link' },
  ]
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
