// Unbalanced brackets and double quotation marks, paragraph by paragraph. Single quotes are left alone: "’"
// is the apostrophe too ("Ukraine’s", "’90s"), so an unmatched one proves nothing.
//
// Straight quotes have no direction: they pair by count and position on the paragraph, first with second,
// third with fourth. Reading each one's direction from its neighbours instead fails on the spaced quotes some
// MT systems write (nt21 SMU, Borderline: `the " giant " -like`), where every mark looks like a closing one.
import { allMatches } from '../../text/match-all.js'
import { pairStraightQuotes, type Role } from './straight-quotes.js'
import type { AnalyzedDocument } from '../../types.js'

export interface Unmatched {
  readonly offset: number
  readonly mark: string
  /** 'either': a straight quote spaced on both sides (`" Knowledge Initiator`), whose direction nothing tells */
  readonly kind: 'opening' | 'closing' | 'either'
}

export interface QuoteBalance {
  readonly unmatched: Unmatched[]
  /** straight quote pairs spaced from the words they enclose (`" giant "`): [opening, closing] offsets */
  readonly spaced: [number, number][]
}

interface Paragraph {
  readonly start: number
  readonly end: number
}

/** Story paragraphs (boilerplate left out), as spans of the document text. */
function paragraphs(document: AnalyzedDocument): Paragraph[] {
  const out: (Paragraph & { n: number })[] = []
  for (const zone of document.zones) {
    if (zone.kind === 'boilerplate') continue
    const last = out.at(-1)
    if (last && last.n === zone.paragraph) out[out.length - 1] = { ...last, end: zone.end }
    else out.push({ start: zone.start, end: zone.end, n: zone.paragraph })
  }
  return out
}

// "1)", "a)" open list items and ":)" is a smiley: their ")" closes nothing
const LIST_MARK = /(?:^|\s)[\p{L}\d]{1,2}$|[:;]$/u

/**
 * The end of the paragraph before offset i, as much as LIST_MARK can match (a space and two letters, astral ones
 * two units each): the whole paragraph before each lone ")" made "))))…" quadratic. Cut inside the paragraph, the
 * slice starts with a NUL, which no part of LIST_MARK matches, so its `^` still means the paragraph's start.
 */
function beforeMark(text: string, start: number, i: number): string {
  const from = Math.max(start, i - 6)
  return from > start ? `\u0000${text.slice(from, i)}` : text.slice(from, i)
}

interface Lone {
  readonly offset: number
  readonly role: Role
  readonly paragraph: number
}

/**
 * Pairs what is left over: a lone opening (or a straight quote of either direction) with the next lone closing
 * (or either) — a curly opening closed by a straight mark, or, across `span` paragraphs, a quotation that
 * runs over several lines of a one-sentence-a-line set (nt21: `He said, "The cost of services is increasing.`
 * ¶ `Because of the epidemic, people … on the Internet."`).
 */
function pairLeftovers(lone: readonly Lone[], span: number): Lone[] {
  const left: Lone[] = []
  let pending: Lone | null = null
  for (const m of lone) {
    if (pending && m.role !== 'opening' && m.paragraph - pending.paragraph <= span) {
      pending = null
      continue
    }
    if (pending) left.push(pending)
    pending = m.role === 'closing' ? null : m
    if (m.role === 'closing') left.push(m)
  }
  if (pending) left.push(pending)
  return left.sort((a, b) => a.offset - b.offset)
}

/** What the paragraph scan stops at: brackets and curly double quotes (straight ones are straight-quotes.ts's). */
const MARKS = /[()[\]“”]/g

export function quoteBalance(document: AnalyzedDocument): QuoteBalance {
  const { text } = document.doc
  const found: Unmatched[] = []
  const spaced: [number, number][] = []
  let lone: Lone[] = []
  const list = paragraphs(document)
  list.forEach((p, n) => {
    const brackets: { offset: number; mark: string }[] = []
    const marks: Lone[] = []
    let curly: number | null = null
    // from mark to mark, not character by character (most paragraphs have none), and within the paragraph's
    // slice: searched in the whole text, a paragraph without marks would read on to the next one that has some
    for (const mark of allMatches(text.slice(p.start, p.end), MARKS)) {
      const i = p.start + mark.index
      const c = mark[0]
      if (c === '(' || c === '[') brackets.push({ offset: i, mark: c })
      else if (c === ')' || c === ']') {
        const open = brackets.at(-1)
        if (open && (open.mark === '(') === (c === ')')) brackets.pop()
        else if (!LIST_MARK.test(beforeMark(text, p.start, i))) found.push({ offset: i, mark: c, kind: 'closing' })
      } else if (c === '“') {
        if (curly !== null) marks.push({ offset: curly, role: 'opening', paragraph: n })
        curly = i
      } else if (c === '”') {
        if (curly === null) marks.push({ offset: i, role: 'closing', paragraph: n })
        curly = null
      }
    }
    if (curly !== null) marks.push({ offset: curly, role: 'opening', paragraph: n })
    for (const b of brackets) found.push({ offset: b.offset, mark: b.mark, kind: 'opening' })
    const straight = pairStraightQuotes(text, p.start, p.end)
    // a loop, not push(...): a paragraph of 1,000,000 marks overflowed the call stack with its arguments
    for (const pair of straight.spaced) spaced.push(pair)
    for (const m of straight.lone) marks.push({ ...m, paragraph: n })
    marks.sort((a, b) => a.offset - b.offset)
    let left = pairLeftovers(marks, 0)
    // a quotation running over several paragraphs leaves each paragraph open and opens the next one again
    // (004: "“After the brutal invasion … then they need weapons." ¶ "“When the full-fledged invasion …”")
    const next = list[n + 1]
    if (next !== undefined && /^["“]/u.test(text.slice(next.start, next.end)) && left.at(-1)?.role !== 'closing') left = left.slice(0, -1)
    for (const m of left) lone.push(m)
  })
  // one sentence a line: a quotation may open on one line and close a few lines later
  lone = document.segmented ? pairLeftovers(lone, 4) : lone
  for (const m of lone) {
    found.push({ offset: m.offset, mark: text[m.offset]!, kind: m.role })
  }
  return { unmatched: found.sort((a, b) => a.offset - b.offset), spaced }
}

export function unbalancedMarks(document: AnalyzedDocument): Unmatched[] {
  return quoteBalance(document).unmatched
}
