// Where audit()'s time goes, stage by stage and check by check, and the proofs that the fast paths of the
// text stage still give the slow paths' answers on the bench sets (the unit tests prove it on the shipped texts).
import { francAll } from 'franc'
import { align } from '../src/align/index.js'
import { CHECKS } from '../src/checks/index.js'
import { DEFAULT_CONFIG } from '../src/config.js'
import { createBundleContext } from '../src/findings/bundle-context.js'
import { runChecks } from '../src/findings/run-checks.js'
import { fidelityEnabled, fidelityPenalties } from '../src/score/fidelity.js'
import { scoreVariant } from '../src/score/index.js'
import { variantChrf, type ReferenceProfiles } from '../src/score/variant-chrf.js'
import { francAllFast } from '../src/language/franc-fast.js'
import { detectDocumentLanguage, detectSentenceLanguages } from '../src/language/language.js'
import { nonBlankLines } from '../src/zone/lines.js'
import { isOneSentence, segment, splitZone, splitZoneWithSplitter } from '../src/segment/segment.js'
import { zone } from '../src/zone/zone.js'
import type { AnalyzedDocument, Bundle, Document } from '../src/types.js'
import type { Workload } from './speed-workloads.js'

/**
 * CPU milliseconds per stage over one pass of the pipeline, in audit()'s order, and per check (each check run
 * on its own; "checks (all)" is runChecks with its fingerprints, dedupe and sort, on top of the checks' own
 * time). CPU time, not wall time: on a loaded machine it is the steadier figure of the two.
 */
export function stageTimes(bundles: readonly Bundle[]): Record<string, number> {
  const ms: Record<string, number> = {}
  const timed = <T>(key: string, fn: () => T): T => {
    const start = process.cpuUsage()
    const value = fn()
    const used = process.cpuUsage(start)
    ms[key] = (ms[key] ?? 0) + (used.user + used.system) / 1000
    return value
  }
  for (const bundle of bundles) {
    const analyze = (doc: Document): AnalyzedDocument => {
      const zones = timed('zone', () => zone(doc, bundle.segmented))
      const bare = timed('segment', () => segment(doc.text, zones, bundle.segmented))
      const sentences = timed('language (sentences)', () => detectSentenceLanguages(bare))
      const lang = timed('language (document)', () => detectDocumentLanguage(bare))
      return { doc, zones, sentences, lang, segmented: bundle.segmented }
    }
    const reference = bundle.reference && analyze(bundle.reference)
    const variants = bundle.variants.map(analyze)
    const referenceProfiles: ReferenceProfiles = new Map()
    // One bundle context for the checks as audit() runs them, and one per check alone: what the other checks
    // derive (per document, per sentence, per pair of documents) would make a check look cheaper than it is.
    const bundleContext = createBundleContext()
    const contexts = new Map(CHECKS.map((check) => [check.id, createBundleContext()]))
    variants.forEach((variant) => {
      const alignment = timed('align', () => align(variant, reference))
      const ctx = { variant, reference, alignment, others: variants.filter((o) => o !== variant), config: DEFAULT_CONFIG, bundle: bundleContext }
      const findings = timed('checks (all, as audit() runs them)', () => runChecks(ctx))
      for (const check of CHECKS) {
        const alone = { ...ctx, bundle: contexts.get(check.id)! }
        if (check.needs !== 'reference' || reference) timed(`check ${check.id}`, () => [...check.run(alone)])
      }
      const fidelity = timed('fidelity (chrF)', () => {
        const chrf = variantChrf(variant, reference, alignment, referenceProfiles)
        return fidelityEnabled(DEFAULT_CONFIG, bundle) ? fidelityPenalties(chrf, variant.sentences.length) : null
      })
      timed('score', () => scoreVariant(variant, findings, DEFAULT_CONFIG, { fidelityPenalties: fidelity }))
    })
  }
  return Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, +v.toFixed(1)]))
}

export interface Equivalence {
  readonly lines: number
  /** lines seen at a glance to be one sentence (no separator inside); the rest are read by sentence-ranges.ts */
  readonly shortcut: number
  readonly segmentationDiffers: number
  readonly texts: number
  readonly languageDiffers: number
}

/**
 * Every line of every document split both ways (segment's way and sentence-splitter itself), and franc's ranking
 * computed both ways on every document and every line: the counts that differ must be 0.
 */
export function checkFastPaths(workload: Workload): Equivalence {
  let lines = 0
  let shortcut = 0
  let segmentationDiffers = 0
  let texts = 0
  let languageDiffers = 0
  const sameLanguage = (text: string) => {
    texts++
    if (JSON.stringify(francAllFast(text, 1)) !== JSON.stringify(francAll(text, { minLength: 1 }))) languageDiffers++
  }
  for (const bundle of workload.load()) {
    for (const doc of bundle.reference ? [bundle.reference, ...bundle.variants] : bundle.variants) {
      sameLanguage(doc.text)
      for (const line of nonBlankLines(doc.text)) {
        lines++
        if (JSON.stringify(splitZone(line.text)) !== JSON.stringify(splitZoneWithSplitter(line.text))) segmentationDiffers++
        if (isOneSentence(line.text)) shortcut++
        sameLanguage(line.text)
      }
    }
  }
  return { lines, shortcut, segmentationDiffers, texts, languageDiffers }
}
