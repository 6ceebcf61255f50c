// What the checks derive from one bundle's documents, sentences and quotes, kept with the bundle and dropped with
// it: audit() makes one context per bundle and hands it to every check of every variant (as ESLint hands a rule
// its `context`), and runChecks() makes a fresh one when it is given none. Nothing of it lives at module level,
// so nothing derived for one bundle can reach the next.
//
// The bundle-wide checks are why it exists: name-drift and quotation-drift read every other variant's names and
// quotes for each variant they check, so without a memo a bundle of n variants derives the same lists n × n
// times. Documents, sentences and quotes are never changed after analyze(), so a value is keyed on the object.
import type { BundleContext } from '../types.js'

/** A fresh, empty context: a bundle's, shared by its variants' checks (`shared`), or one check's own. */
export function createBundleContext(shared = false): BundleContext {
  // one store per derivation: derive is a module-level function, so its identity names the derivation. A Map, not
  // a WeakMap: the context itself is dropped with its bundle, and a WeakMap's set costs several times a Map's.
  const stores = new Map<(key: never, bundle: BundleContext) => unknown, Map<object, unknown>>()
  const context: BundleContext = {
    derived<K extends object, V>(key: K, derive: (key: K, bundle: BundleContext) => V): V {
      let store = stores.get(derive)
      if (store === undefined) stores.set(derive, (store = new Map()))
      // one lookup, not has() then get(): no derivation gives undefined, and if one did it would only be derived again
      let value = store.get(key) as V | undefined
      if (value !== undefined) return value
      value = derive(key, context)
      store.set(key, value)
      return value
    },
    shared,
    get size() {
      let size = 0
      for (const store of stores.values()) size += store.size
      return size
    },
  }
  return context
}
