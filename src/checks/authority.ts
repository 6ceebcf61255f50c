// Which copies of a story can settle how a name or a quotation is written. The reference is the authority where
// it has the passage; where it does not, a consensus of the other copies weighed by how far each can be trusted:
// a copy written in English (a native reprint, `sourceLang: "en"`) counts double, a machine-translated one once,
// and the consensus needs AUTHORITY points — so one other MT copy alone never decides: two MT sites that both
// write "he said the army was ready" against this copy's "he said the army was prepared" do, and so does an
// English reprint on its own.
import type { AnalyzedDocument } from '../types.js'

/** What a copy's word is worth against another's. */
export function trustOf(document: AnalyzedDocument): number {
  return document.doc.sourceLang === 'en' ? 2 : 1
}

/** The points of agreement that make copies an authority. */
export const AUTHORITY = 2
