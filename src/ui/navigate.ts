// Moves that need the view: search matches and the next finding across rows. Pure, so tests can pin them.
import type { AlignedRow } from './model/aligned-rows.js'
import { queryPattern } from './model/highlight.js'
import type { View } from './state.js'

/**
 * The text `/` searches. In the overview: each variant's name, feed, its whole text and its findings'
 * messages, so "chase" finds the French variant's "military planes. chase." and Enter opens it there. In
 * the variant view: both sides of each row, as drawn.
 */
export function searchTexts(view: View, screen: 'overview' | 'variant'): string[] {
  if (screen === 'overview') {
    return view.overview.map((row) => {
      const doc = row.variant.analyzed.doc
      return [row.key, doc.feed ?? '', doc.text, ...row.variant.findings.map((f) => f.message)].join('\n')
    })
  }
  return rowTexts(view.rows)
}

export function rowTexts(rows: readonly AlignedRow[]): string[] {
  return rows.map((row) => [...row.reference, ...row.variant].map((s) => s.text).join('\n'))
}

function holds(text: string | undefined, pattern: RegExp): boolean {
  pattern.lastIndex = 0
  return text !== undefined && pattern.test(text)
}

/**
 * The next index (step 1) or previous one (step -1) whose text holds the query, case-insensitively, wrapping
 * around; `from` itself is tried last, e.g. in rows [a, b, a] from 0 the next `a` is 2, then 0 again.
 * `inclusive` tries `from` first (a fresh search starts where the cursor is).
 */
export function findMatch(texts: readonly string[], query: string, from: number, step: 1 | -1, inclusive = false) {
  const pattern = queryPattern(query)
  if (!pattern || texts.length === 0) return -1
  const start = inclusive ? from : from + step
  for (let i = 0; i < texts.length; i++) {
    const at = (((start + step * i) % texts.length) + texts.length) % texts.length
    if (holds(texts[at], pattern)) return at
  }
  return -1
}

export function countMatches(texts: readonly string[], query: string): number {
  const pattern = queryPattern(query)
  return pattern ? texts.filter((text) => holds(text, pattern)).length : 0
}

/** The next (step 1) or previous finding after row/finding, across rows; null at either end. */
export function stepFinding(view: View, row: number, finding: number, step: 1 | -1) {
  const sameRow = view.rows[row]?.findings.length ?? 0
  if (step === 1 && finding + 1 < sameRow) return { row, finding: finding + 1 }
  if (step === -1 && finding > 0 && finding - 1 < sameRow) return { row, finding: finding - 1 }
  for (let at = row + step; at >= 0 && at < view.rows.length; at += step) {
    const count = view.rows[at]?.findings.length ?? 0
    if (count > 0) return { row: at, finding: step === 1 ? 0 : count - 1 }
  }
  return null
}
