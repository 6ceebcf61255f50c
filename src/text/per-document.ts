// What a check derives from a whole document, computed once per document. The bundle-wide checks (name-drift,
// quotation-drift) read every other variant's names and quotes for each variant they check: on a bundle of n
// variants that was n × n derivations of the same values (nameMentions alone was 13% of audit() on nt21's
// 8-system bundles, measured). An AnalyzedDocument is never changed after analyze(), so the value is keyed on
// the object itself and goes when the document does.
import type { AnalyzedDocument } from '../types.js'

export function perDocument<T>(derive: (document: AnalyzedDocument) => T): (document: AnalyzedDocument) => T {
  const cache = new WeakMap<AnalyzedDocument, T>()
  return (document) => {
    // one lookup, not has() then get(): a cached value is never undefined for the derivations that use this,
    // and if one were, it would only be derived again
    let value = cache.get(document)
    if (value !== undefined) return value
    value = derive(document)
    cache.set(document, value)
    return value
  }
}
