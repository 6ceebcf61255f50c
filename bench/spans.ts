// Do mtaudit's findings land where the human raters marked errors? Span-level precision and recall on
// gen23-zhen: a finding and a human span overlap when their character ranges intersect within the same
// variant sentence (line). Human spans on side "source" mark omissions in a source we do not have and are
// left out. Precision is grouped by the finding's category, recall by the human span's category.
import type { Finding } from '../src/types.js'
import type { HumanError, JudgedVariant } from './human-data.js'
import { lineOf } from './metrics.js'

export interface Tally {
  hit: number
  total: number
}
export interface SpanScores {
  /** findings that overlap some human span: overall, and by finding category */
  readonly precision: Tally
  readonly precisionByCategory: Record<string, Tally>
  /** human target spans that some finding overlaps: overall, and by human category */
  readonly recall: Tally
  readonly recallByCategory: Record<string, Tally>
  /** findings that overlap a human span of the same top-level category (Fluency, Accuracy, Style...) */
  readonly sameKindPrecision: Tally
  /**
   * Characters of the variant lines inside some human target span. The chance level for precision: in gen23
   * people marked 30% of all characters, so a finding dropped at random overlaps a span about that often.
   */
  readonly humanCharShare: Tally
}

interface LineRange {
  readonly line: number
  readonly start: number
  readonly end: number
}

/**
 * The parts of [start, end) on each line it touches, in line coordinates. A finding across a break, like a
 * fragment repeated on both sides of "planes.\nchase.", covers both lines. An empty range becomes one
 * character wide so that it can still meet a span (37 human spans in gen23 are empty insertion points).
 */
export function splitByLine(start: number, end: number, lineStarts: readonly number[]): LineRange[] {
  const stop = Math.max(end, start + 1)
  const ranges: LineRange[] = []
  for (let line = lineOf(start, lineStarts); line < lineStarts.length && lineStarts[line]! < stop; line++) {
    const from = lineStarts[line]!
    const to = lineStarts[line + 1] ?? Infinity
    ranges.push({ line, start: Math.max(start, from) - from, end: Math.min(stop, to) - from })
  }
  return ranges
}

const overlaps = (a: LineRange, b: LineRange) => a.line === b.line && a.start < b.end && b.start < a.end
const kind = (category: string) => category.split('/')[0]!.trim().toLowerCase()

function bump(table: Record<string, Tally>, key: string, hit: boolean): void {
  const t = (table[key] ??= { hit: 0, total: 0 })
  t.total++
  if (hit) t.hit++
}

/** `findings[i]` are mtaudit's findings on `judged[i]` (document offsets into the variant text). */
export function spanScores(judged: readonly JudgedVariant[], findings: readonly (readonly Finding[])[]): SpanScores {
  const precision = { hit: 0, total: 0 }
  const recall = { hit: 0, total: 0 }
  const sameKindPrecision = { hit: 0, total: 0 }
  const precisionByCategory: Record<string, Tally> = {}
  const recallByCategory: Record<string, Tally> = {}
  const humanCharShare = { hit: 0, total: 0 }
  judged.forEach((j, i) => {
    j.lines.forEach((line, k) => {
      const covered = new Uint8Array(line.length)
      for (const e of j.errors?.[k] ?? []) if (e.side === 'target') covered.fill(1, e.start, Math.min(e.end, line.length))
      humanCharShare.total += line.length
      humanCharShare.hit += covered.reduce((a, b) => a + b, 0)
    })
    const human: { range: LineRange; error: HumanError }[] = []
    j.errors?.forEach((errors, line) => {
      for (const error of errors) {
        if (error.side !== 'target') continue
        human.push({ range: { line, start: error.start, end: Math.max(error.end, error.start + 1) }, error })
      }
    })
    const matchedHuman = new Set<number>()
    for (const finding of findings[i] ?? []) {
      const ranges = splitByLine(finding.start, finding.end, j.lineStarts)
      let hit = false
      let sameKind = false
      human.forEach((h, k) => {
        if (!ranges.some((r) => overlaps(r, h.range))) return
        hit = true
        matchedHuman.add(k)
        if (kind(h.error.category) === kind(finding.category)) sameKind = true
      })
      precision.total++
      sameKindPrecision.total++
      if (hit) precision.hit++
      if (sameKind) sameKindPrecision.hit++
      bump(precisionByCategory, finding.category, hit)
    }
    human.forEach((h, k) => {
      recall.total++
      if (matchedHuman.has(k)) recall.hit++
      bump(recallByCategory, h.error.category, matchedHuman.has(k))
    })
  })
  return { precision, precisionByCategory, recall, recallByCategory, sameKindPrecision, humanCharShare }
}

export const ratio = (t: Tally): number | null => (t.total === 0 ? null : Math.round((1000 * t.hit) / t.total) / 1000)
