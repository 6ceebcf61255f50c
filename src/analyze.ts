// zone → segment → detect-language for one document, or for a bundle's documents together.
import type { AnalyzedDocument, Bundle, Document } from './types.js'
import { detectDocumentLanguage, detectSentenceLanguages } from './language/language.js'
import { segment } from './segment/segment.js'
import { bundleEvidence, zone, type BundleEvidence } from './zone/zone.js'

export function analyze(doc: Document, segmented: boolean, bundle?: BundleEvidence): AnalyzedDocument {
  const zones = zone(doc, segmented, bundle)
  const bare = segment(doc.text, zones, segmented)
  return { doc, zones, sentences: detectSentenceLanguages(bare), lang: detectDocumentLanguage(bare), segmented }
}

/**
 * Every document of a bundle, zoned with the bundle's evidence: a line that several of its documents print,
 * whose words are not the reference's story, is chrome (./zone.ts).
 */
export function analyzeBundle(bundle: Bundle): { reference: AnalyzedDocument | null; variants: AnalyzedDocument[] } {
  const documents = bundle.reference ? [bundle.reference, ...bundle.variants] : bundle.variants
  const evidence = bundle.segmented ? undefined : bundleEvidence(documents, bundle.reference)
  return {
    reference: bundle.reference ? analyze(bundle.reference, bundle.segmented, evidence) : null,
    variants: bundle.variants.map((v) => analyze(v, bundle.segmented, evidence)),
  }
}
