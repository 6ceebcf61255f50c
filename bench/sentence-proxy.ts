// A precision proxy for sets whose labels hold one MQM value per sentence and no spans (nt21-zhen): does a
// check's finding fall on a sentence the raters judged error-free (MQM 0), and is the flagged sentence worse
// than the other systems' renderings of the same source sentence? Every bundle of these sets holds one output
// per system of the same source lines, so line k of every variant renders the same source sentence; comparing
// with the other systems' line k takes the sentence's own difficulty (length, quotes, names) out of the figure.
import type { Finding } from '../src/types.js'
import type { JudgedVariant } from './human-data.js'
import { lineOf } from './metrics.js'
import { pearson } from './stats.js'

export interface SentenceProxy {
  readonly findings: number
  /** findings on a sentence the raters judged error-free (MQM 0): false alarms, or errors people let pass */
  readonly onClean: number
  /** findings on a sentence whose MQM is above the median MQM of the other systems' same line */
  readonly worseThanPeers: number
  /** findings on a sentence whose MQM is below that median: the check fired where this system did better */
  readonly betterThanPeers: number
  /**
   * Pearson's r between each system's findings per line and its mean MQM per line: positive when the check
   * fires more on the systems people judged worse (it ranks them the right way), near 0 when it fires evenly.
   */
  readonly systemR: number | null
}

/** The chance levels: the share of all sentences judged error-free, and of sentences worse than their peers. */
export function sentenceBaseline(judged: readonly JudgedVariant[]): { clean: number; worse: number; sentences: number } {
  let clean = 0
  let worse = 0
  let sentences = 0
  const peers = peerMedians(judged)
  judged.forEach((j, i) =>
    j.mqm.forEach((m, k) => {
      sentences++
      if (m === 0) clean++
      if (m > peers[i]![k]!) worse++
    }),
  )
  return { clean: clean / sentences, worse: worse / sentences, sentences }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const h = s.length >> 1
  return s.length === 0 ? 0 : s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2
}

/** For each judged variant and line, the median MQM of the other variants of the same bundle on that line. */
function peerMedians(judged: readonly JudgedVariant[]): number[][] {
  const byBundle = new Map<string, JudgedVariant[]>()
  for (const j of judged) byBundle.set(j.bundle.id, [...(byBundle.get(j.bundle.id) ?? []), j])
  return judged.map((j) => {
    const others = byBundle.get(j.bundle.id)!.filter((o) => o !== j)
    return j.mqm.map((_, k) => median(others.map((o) => o.mqm[k] ?? 0)))
  })
}

/** `findings[i]` are one check's findings on `judged[i]`. */
export function sentenceProxy(judged: readonly JudgedVariant[], findings: readonly (readonly Finding[])[]): SentenceProxy {
  const peers = peerMedians(judged)
  let onClean = 0
  let worse = 0
  let better = 0
  let total = 0
  const systems = new Map<string, { findings: number; mqm: number; lines: number }>()
  judged.forEach((j, i) => {
    const s = systems.get(j.system) ?? { findings: 0, mqm: 0, lines: 0 }
    systems.set(j.system, s)
    s.lines += j.mqm.length
    s.mqm += j.mqm.reduce((a, b) => a + b, 0)
    for (const f of findings[i] ?? []) {
      const k = lineOf(f.start, j.lineStarts)
      const m = j.mqm[k] ?? 0
      total++
      s.findings++
      if (m === 0) onClean++
      if (m > peers[i]![k]!) worse++
      if (m < peers[i]![k]!) better++
    }
  })
  const rows = [...systems.values()]
  const r = total === 0 ? null : pearson(rows.map((s) => s.findings / s.lines), rows.map((s) => s.mqm / s.lines))
  return { findings: total, onClean, worseThanPeers: worse, betterThanPeers: better, systemR: r === null || Number.isNaN(r) ? null : r }
}
