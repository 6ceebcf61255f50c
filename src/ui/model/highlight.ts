// Cuts a sentence into runs of plain and flagged text so garble can be coloured by severity, e.g.
// "dozens of military planes. chase." with a major finding on ". chase" →
//   [{text: "dozens of military planes"}, {text: ". chase", severity: "major"}, {text: "."}]
// Overlapping findings take the worse severity; the current finding's span is marked `current`, and text the
// `/` search matches is marked `match`, e.g. a search for "planes" adds {text: "planes", match: true}.
import type { Finding, Severity } from '../../types.js'
import { severityRank } from './filter.js'

export interface Run {
  readonly start: number
  readonly end: number
  readonly severity: Severity | null
  readonly current: boolean
  readonly match: boolean
}

export interface Span {
  readonly start: number
  readonly end: number
  readonly severity: Severity | null
  readonly current?: boolean
  readonly match?: boolean
}

/** Spans of the findings in document offsets; runs are relative to `from` (the sentence's start). */
export function runs(from: number, to: number, spans: readonly Span[]): Run[] {
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.end > s.start)
  const cuts = new Set<number>([from, to])
  for (const span of inside) cuts.add(span.start).add(span.end)
  const points = [...cuts].sort((a, b) => a - b)
  const out: Run[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    let severity: Severity | null = null
    let current = false
    let match = false
    for (const span of inside) {
      if (span.start > start || span.end < end) continue
      if (span.severity && (!severity || severityRank(span.severity) > severityRank(severity))) severity = span.severity
      current ||= span.current === true
      match ||= span.match === true
    }
    const last = out.at(-1)
    if (last && last.severity === severity && last.current === current && last.match === match) out[out.length - 1] = { ...last, end: end - from }
    else out.push({ start: start - from, end: end - from, severity, current, match })
  }
  return out
}

export function findingSpans(findings: readonly Finding[], current: Finding | undefined): Span[] {
  return findings.map((f) => ({ start: f.start, end: f.end, severity: f.severity, current: f === current }))
}

/**
 * Where the `/` query occurs in a text, case-insensitively, as spans offset by `from`, e.g. "seoul" in
 * "Seoul said" at 100 → [{start: 100, end: 105, match: true}]. Occurrences do not overlap.
 */
export function matchSpans(text: string, from: number, query: string): Span[] {
  const pattern = queryPattern(query)
  if (!pattern) return []
  const spans: Span[] = []
  for (const found of text.matchAll(pattern)) {
    spans.push({ start: from + found.index, end: from + found.index + found[0].length, severity: null, match: true })
  }
  return spans
}

/** The query as a case-insensitive expression matched literally, so `/` finds `a.b` and not `axb`. */
export function queryPattern(query: string): RegExp | null {
  if (query === '') return null
  return new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu')
}
