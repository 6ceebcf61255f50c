// zone → segment → detect-language for one document.
import type { AnalyzedDocument, Document } from '../types.js'
import { detectDocumentLanguage, detectSentenceLanguages } from './language.js'
import { segment } from './segment.js'
import { zone } from './zone.js'

export function analyze(doc: Document, segmented: boolean): AnalyzedDocument {
  const zones = zone(doc, segmented)
  const bare = segment(doc.text, zones, segmented)
  return { doc, zones, sentences: detectSentenceLanguages(bare), lang: detectDocumentLanguage(bare), segmented }
}
