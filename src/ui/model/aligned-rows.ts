// The variant view's rows: the alignment laid out in variant order, one row per link, so an editor reads the
// variant top to bottom and sees beside each passage what the reference says. Reference sentences with no
// counterpart (dropped) are slotted in after the row that holds the reference sentence before them, e.g.
// reference 4 dropped → shown right after the row linked to reference 3, wherever the variant put that row.
import type { AnalyzedDocument, Finding, LinkKind, Sentence, VariantResult } from '../../types.js'
import { shownSentences } from './shown-text.js'

/** 'unaligned': a sentence the aligner left out of every link (site chrome, or no reference at all). */
export type RowKind = LinkKind | 'unaligned'

export interface AlignedRow {
  readonly kind: RowKind
  readonly moved: boolean
  readonly similarity: number | null
  readonly reference: readonly Sentence[]
  readonly variant: readonly Sentence[]
  /** every finding of the variant that falls in this row, in text order */
  readonly findings: readonly Finding[]
}

interface Draft {
  kind: RowKind
  moved: boolean
  similarity: number | null
  reference: Sentence[]
  variant: Sentence[]
  findings: Finding[]
}

// rows carry the sentences as drawn: with the text the segmenter left between them (shown-text.ts)
function pick(doc: AnalyzedDocument | null, indexes: readonly number[]): Sentence[] {
  if (!doc) return []
  const shown = shownSentences(doc)
  return indexes.flatMap((index) => (shown[index] ? [shown[index]] : []))
}

export function alignedRows(variant: VariantResult, reference: AnalyzedDocument | null): AlignedRow[] {
  const withVariant: Draft[] = []
  const referenceOnly: Draft[] = []
  const linkedVariant = new Set<number>()
  const linkedReference = new Set<number>()
  for (const link of variant.alignment) {
    const row: Draft = {
      kind: link.kind,
      moved: link.moved,
      similarity: link.kind === 'added' || link.kind === 'dropped' ? null : link.similarity,
      reference: pick(reference, link.reference),
      variant: pick(variant.analyzed, link.variant),
      findings: [],
    }
    link.variant.forEach((index) => linkedVariant.add(index))
    link.reference.forEach((index) => linkedReference.add(index))
    ;(row.variant.length > 0 ? withVariant : referenceOnly).push(row)
  }
  for (const sentence of shownSentences(variant.analyzed)) {
    if (!linkedVariant.has(sentence.index)) withVariant.push(unaligned([], [sentence]))
  }
  for (const sentence of reference ? shownSentences(reference) : []) {
    if (!linkedReference.has(sentence.index)) referenceOnly.push(unaligned([sentence], []))
  }
  withVariant.sort((a, b) => firstIndex(a.variant) - firstIndex(b.variant))
  const rows = slotReferenceOnly(withVariant, referenceOnly, reference?.sentences.length ?? 0)
  attachFindings(rows, variant)
  return rows
}

function unaligned(reference: Sentence[], variant: Sentence[]): Draft {
  return { kind: 'unaligned', moved: false, similarity: null, reference, variant, findings: [] }
}

function firstIndex(sentences: readonly Sentence[]): number {
  return sentences[0]?.index ?? Number.MAX_SAFE_INTEGER
}

function slotReferenceOnly(rows: Draft[], referenceOnly: Draft[], referenceCount: number): Draft[] {
  // anchor[j]: position of the row holding reference sentence j or, failing that, the nearest one before it
  const anchor = new Array<number>(referenceCount + 1).fill(-1)
  rows.forEach((row, position) => row.reference.forEach((s) => (anchor[s.index] = position)))
  for (let j = 1; j <= referenceCount; j++) if (anchor[j] === -1) anchor[j] = anchor[j - 1] ?? -1
  const after = new Map<number, Draft[]>()
  for (const row of referenceOnly.sort((a, b) => firstIndex(a.reference) - firstIndex(b.reference))) {
    const j = firstIndex(row.reference)
    const at = j > 0 ? (anchor[j - 1] ?? -1) : -1
    after.set(at, [...(after.get(at) ?? []), row])
  }
  const out: Draft[] = [...(after.get(-1) ?? [])]
  rows.forEach((row, position) => out.push(row, ...(after.get(position) ?? [])))
  return out
}

/**
 * A finding goes to the row of its variant sentence; one judged only against a reference passage (e.g. an
 * omission of reference 7) goes to the row showing that passage; the rest by offset, to the sentence it starts in.
 */
function attachFindings(rows: Draft[], variant: VariantResult): void {
  const byVariant = new Map<number, Draft>()
  const byReference = new Map<number, Draft>()
  for (const row of rows) {
    row.variant.forEach((s) => byVariant.set(s.index, row))
    row.reference.forEach((s) => byReference.set(s.index, row))
  }
  const sentences = variant.analyzed.sentences
  for (const finding of variant.findings) {
    let row = finding.sentence === undefined ? undefined : byVariant.get(finding.sentence)
    if (!row && finding.reference && finding.sentence === undefined) row = byReference.get(finding.reference.sentence)
    if (!row) {
      const containing = sentences.findLast((s) => s.start <= finding.start)
      row = containing ? byVariant.get(containing.index) : undefined
    }
    ;(row ?? rows[0])?.findings.push(finding)
  }
  for (const row of rows) row.findings.sort((a, b) => a.start - b.start || a.end - b.end)
}
