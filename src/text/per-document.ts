// What the checks derive from a document, a sentence or a quote, computed once and kept while its bundle is
// checked. The bundle-wide checks (name-drift, quotation-drift) read every other variant's names and quotes for
// each variant they check: on a bundle of n variants that was n × n derivations of the same values
// (nameMentions alone was 13% of audit() on nt21's 8-system bundles, measured). Documents, sentences and quotes
// are never changed after analyze(), so a value is keyed on the object itself. Kept no longer than the bundle:
// audit()'s result keeps every document alive, and caches keyed on them kept every derivation too (nt21: 36.7 MB
// retained after audit(), against 14.3 MB before these caches, measured); auditBundle() calls
// forgetDerivations() when its bundle is done.
import type { AnalyzedDocument } from '../types.js'

const memos: { forget(): void }[] = []

/**
 * derive(key), computed once per key until forgetDerivations(). A Map, not a WeakMap: a WeakMap's set cost
 * ~1.3 µs (its ephemeron table), and nt21's checks set ~11,000 a pass for the words of each sentence alone. The
 * strong references last only until forgetDerivations(); a caller that never calls it (checks run directly, as
 * the tests do) finds the cache emptied every MAX_ENTRIES keys instead, so memory stays bounded either way.
 */
export function derivedFrom<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>()
  memos.push({ forget: () => cache.clear() })
  return (key) => {
    // one lookup, not has() then get(): a cached value is never undefined for the derivations that use this,
    // and if one were, it would only be derived again
    let value = cache.get(key)
    if (value !== undefined) return value
    value = derive(key)
    if (cache.size >= MAX_ENTRIES) cache.clear()
    cache.set(key, value)
    return value
  }
}

/** Far more than one bundle derives from (nt21's largest bundle: 378 sentences in 9 documents; the story 111). */
const MAX_ENTRIES = 1 << 16

/** One value for the bundle being checked: make() on first use, again after forgetDerivations(). */
export function perBundle<T>(make: () => T): () => T {
  let value: T | undefined
  memos.push({ forget: () => (value = undefined) })
  return () => (value ??= make())
}

export function perDocument<T>(derive: (document: AnalyzedDocument) => T): (document: AnalyzedDocument) => T {
  return derivedFrom(derive)
}

/** Drops every derivation made so far (the documents they came from may live on in a result). */
export function forgetDerivations(): void {
  for (const memo of memos) memo.forget()
}
