// The review's cost per frame on a long variant: 2,000 sentences aligned 1-1, a finding on every tenth.
// Ink has no scrolling, so the variant view draws only the rows that fit; this measures one frame (React
// render, Yoga layout, output) at rows spread over the document, against drawing every row, and the view
// derivation a key press pays before drawing.
import { renderToString } from 'ink'
import { performance } from 'node:perf_hooks'
import { createElement } from 'react'
import { DEFAULT_CONFIG } from '../src/config.js'
import type { AnalyzedDocument, AuditResult, Finding, Link } from '../src/types.js'
import { deriveView, initialState } from '../src/ui/state.js'
import { VariantView } from '../src/ui/VariantView.js'
import type { BenchModule, BenchSection } from './run.js'

export const name = 'ui'

const SENTENCES = 2000
const COLUMNS = 120
const ROWS = 40

function documentOf(id: string, who: string): AnalyzedDocument {
  let at = 0
  const sentences = Array.from({ length: SENTENCES }, (_, index) => {
    const text = `Sentence ${index} of the ${who}: officials in Seoul said talks on arms exports to Ukraine went on for hours.`
    const start = at
    at += text.length + 1
    return { index, start, end: start + text.length, text, zone: 'body' as const, paragraph: index, lang: 'eng', langScore: 1 }
  })
  return { doc: { id, role: 'variant', text: sentences.map((s) => s.text).join(' ') }, zones: [], sentences, lang: 'eng' }
}

function longResult(): AuditResult {
  const reference = documentOf('reference', 'wire')
  const variant = documentOf('variant', 'feed')
  const alignment: Link[] = variant.sentences.map((s) => ({ kind: 'match', variant: [s.index], reference: [s.index], moved: false, similarity: 0.8 }))
  const findings: Finding[] = variant.sentences
    .filter((s) => s.index % 10 === 0)
    .map((s) => {
      const start = s.start + s.text.indexOf('hours')
      return { check: 'x', category: 'Style/Awkward', severity: 'minor', dimension: 'fluency', message: 'm', start, end: start + 5, sentence: s.index, fingerprint: `f${s.index}` }
    })
  const result = { analyzed: variant, alignment, findings, words: 40_000, penalty: 200, score: 80, verdict: 'pass' as const, fluency: { penalty: 200, score: 80 }, fidelity: { penalty: 0, score: 100 }, completeness: { coverage: 1, truncated: false }, coverage: 1, chrf: null, fidelityPenalties: null }
  const config = { ...DEFAULT_CONFIG, failOn: null, aliases: [] }
  return { signature: 'bench', bundles: [{ id: 'long', reference, variants: [result] }], config }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN
}

export async function run(): Promise<BenchSection> {
  const result = longResult()
  const state = { ...initialState({}), screen: 'variant' as const, openKey: 'long/variant' }
  let started = performance.now()
  const view = deriveView(result, state)
  const firstDerive = performance.now() - started
  const open = view.open
  if (!open) throw new Error('the bench variant did not open')
  const frame = (rowIndex: number, height: number) => {
    const props = { open, rows: view.rows, rowIndex, current: undefined, findingIndex: 0, pane: 'rows' as const, decisions: {}, columns: COLUMNS, height, color: true }
    const t = performance.now()
    renderToString(createElement(VariantView, props), { columns: COLUMNS })
    return performance.now() - t
  }
  for (let i = 0; i < 20; i++) frame(i * 97, ROWS) // warm up
  const windowed = Array.from({ length: 200 }, (_, i) => frame((i * 10) % SENTENCES, ROWS)).sort((a, b) => a - b)
  // 2,000 rows of two lines each fill about 4,000 lines: a window of 5,000 draws them all
  const everything = Array.from({ length: 5 }, () => frame(0, 5_000)).sort((a, b) => a - b)
  started = performance.now()
  for (let i = 0; i < 100; i++) deriveView(result, { ...state, rowIndex: i })
  const derivePerKey = (performance.now() - started) / 100
  const figures = {
    sentences: SENTENCES,
    terminal: `${COLUMNS}x${ROWS}`,
    frameMedianMs: +percentile(windowed, 0.5).toFixed(2),
    frameP95Ms: +percentile(windowed, 0.95).toFixed(2),
    allRowsFrameMedianMs: +percentile(everything, 0.5).toFixed(1),
    firstOpenDeriveMs: +firstDerive.toFixed(1),
    derivePerKeyMs: +derivePerKey.toFixed(2),
  }
  return {
    lines: [
      `variant view, ${SENTENCES} sentences, ${COLUMNS}x${ROWS}: one frame median ${figures.frameMedianMs} ms, p95 ${figures.frameP95Ms} ms`,
      `  drawing every row instead: ${figures.allRowsFrameMedianMs} ms a frame`,
      `  opening the variant (aligned rows built): ${figures.firstOpenDeriveMs} ms; view per key press: ${figures.derivePerKeyMs} ms`,
    ],
    figures,
  }
}

export const bench: BenchModule = { name, run }
