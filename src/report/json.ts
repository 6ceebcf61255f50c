// The JSON report (contract: docs/report-format.md; schema mtaudit.report/1). Fields are only ever added.
// Key order is fixed by construction and numbers are rounded, so the same input gives byte-identical output.
import type { AnalyzedDocument, AuditResult, BundleResult, Finding, Link, Sentence, VariantResult } from '../types.js'
import { locator } from './locate.js'
import { round, sentencePenalties } from '../score/index.js'
import { assemble, contextOf, indentJsonPieces, jsonFrame, summaryOf, type ReportContext, type ReportStream } from './stream.js'

export function jsonReport(result: AuditResult): string {
  return assemble(jsonStream(contextOf(result)), result.bundles)
}

// stands for the bundles in the frame; a NUL cannot be in the signature or a file name
const BUNDLES = '\u0000mtaudit:bundles'

export function jsonStream(context: ReportContext): ReportStream {
  const reviewed = context.reviewFiles !== undefined
  return {
    separators: [',\n'],
    headFirst: false,
    bundle: (bundle) => [[indentJsonPieces(bundleJson(bundle, reviewed), 2)]],
    frame: (totals, counts) => {
      const report = {
        schema: 'mtaudit.report/1',
        signature: context.signature,
        summary: summaryOf(totals),
        // which review files left findings out, and how many: a gate that differs from the raw checks says why
        ...(reviewed && { review: { files: context.reviewFiles, dismissed: totals.dismissed } }),
        bundles: [BUNDLES],
      }
      const [head, tail] = jsonFrame(JSON.stringify(report, null, 2), [BUNDLES], counts)
      return [head!, `${tail!}\n`]
    },
  }
}

/** A bundle as the JSON report (and each bundle line of the JSONL report) gives it. */
export function bundleJson(bundle: BundleResult, reviewed: boolean) {
  return {
    id: bundle.id,
    ...(bundle.path !== undefined && { path: bundle.path }),
    reference: bundle.reference && {
      id: bundle.reference.doc.id,
      ...(bundle.reference.doc.path !== undefined && { path: bundle.reference.doc.path }),
      lang: bundle.reference.lang,
      sentences: bundle.reference.sentences.map((s) => sentenceJson(s)),
    },
    variants: bundle.variants.map((v) => variantJson(v, bundle.reference, reviewed)),
  }
}

function variantJson(variant: VariantResult, reference: AnalyzedDocument | null, reviewed: boolean) {
  const { doc } = variant.analyzed
  const at = locator(doc.text)
  const points = sentencePenalties(variant.analyzed, variant.findings, variant.fidelityPenalties)
  return {
    id: doc.id,
    ...(doc.path !== undefined && { path: doc.path }),
    ...(doc.feed !== undefined && { feed: doc.feed }),
    ...(doc.sourceLang !== undefined && { sourceLang: doc.sourceLang }),
    lang: variant.analyzed.lang,
    score: variant.score,
    verdict: variant.verdict,
    words: variant.words,
    penalty: variant.penalty,
    dimensions: {
      fluency: variant.fluency,
      fidelity: variant.fidelity,
      completeness: { coverage: variant.completeness.coverage === null ? null : round(variant.completeness.coverage, 4), truncated: variant.completeness.truncated },
    },
    coverage: variant.coverage === null ? null : round(variant.coverage, 4),
    chrf: variant.chrf,
    ...(reviewed && { dismissed: variant.dismissed ?? 0 }),
    // one object a sentence, not a copy spread into another: ". ," × 333,000 is 333,000 sentences, all alive until
    // the report is rendered
    sentences: variant.analyzed.sentences.map((s, i) => sentenceJson(s, round(points[i]!, 3))),
    alignment: variant.alignment.map(linkJson),
    findings: variant.findings.map((f) => findingJson(f, at, reference)),
  }
}

/** A sentence as the report gives it: a variant's with its penalty last; the reference's penalty is undefined, which JSON leaves out. */
function sentenceJson(s: Sentence, penalty?: number) {
  return { index: s.index, start: s.start, end: s.end, text: s.text, zone: s.zone, lang: s.lang, langScore: round(s.langScore, 3), penalty }
}

function linkJson(l: Link) {
  return { variant: l.variant, reference: l.reference, kind: l.kind, moved: l.moved, similarity: round(l.similarity, 4) }
}

function findingJson(f: Finding, at: ReturnType<typeof locator>, reference: AnalyzedDocument | null) {
  const { line, column } = at(f.start)
  return {
    check: f.check,
    category: f.category,
    severity: f.severity,
    dimension: f.dimension,
    message: f.message,
    start: f.start,
    end: f.end,
    line,
    column,
    ...(f.sentence !== undefined && { sentence: f.sentence }),
    ...(f.reference && reference && { reference: f.reference }),
    fingerprint: f.fingerprint,
    ...(f.baselineState && { baselineState: f.baselineState }),
  }
}
