// The pipeline: load → zone → segment → detect-language → align → check → score → report.
// audit() wires the pure stages; loading and reporting are the callers' (the CLI's) business.
import { alignTo, prepareReference } from './align/index.js'
import { CHECKS } from './checks/index.js'
import { DEFAULT_CONFIG } from './config.js'
import { createBundleContext } from './findings/bundle-context.js'
import { checkVariant } from './findings/run-checks.js'
import { fidelityEnabled, fidelityPenalties } from './score/fidelity.js'
import { round, scoreVariant } from './score/index.js'
import { variantChrf, type ReferenceProfiles } from './score/variant-chrf.js'
import { signature } from './signature.js'
import { analyzeBundle } from './analyze.js'
import { coverage } from './align/coverage.js'
import { baselineKey, markBaseline } from './score/baseline.js'
import type { AuditConfig, AuditResult, Bundle, BundleResult, VariantResult } from './types.js'

/** `progress` is told after each bundle, e.g. (3, 40): the CLI draws a progress line from it on a terminal. */
export function audit(bundles: readonly Bundle[], config: AuditConfig = DEFAULT_CONFIG, progress?: (done: number, total: number) => void): AuditResult {
  const results = bundles.map((b, i) => {
    const result = auditBundle(b, config)
    progress?.(i + 1, bundles.length)
    return result
  })
  return { signature: signature(config, CHECKS), bundles: results, config }
}

export function auditBundle(bundle: Bundle, config: AuditConfig = DEFAULT_CONFIG): BundleResult {
  const { reference, variants } = analyzeBundle(bundle)
  // shared by the variants; with one variant there is nobody to share them with, and none is kept
  const referenceProfiles: ReferenceProfiles | null = variants.length > 1 ? new Map() : null
  // the reference's units and profiles are prepared once for all its variants, and go with the bundle
  const alignmentReference = reference && prepareReference(reference)
  // what the checks derive from this bundle's documents, shared by its variants and dropped with this call; a
  // bundle of one variant has nobody to share them with, and each check keeps its own only while it runs
  const derivations = variants.length > 1 ? createBundleContext(true) : undefined
  const results = variants.map((variant): VariantResult => {
    const alignment = alignmentReference ? alignTo(variant, alignmentReference) : []
    const others = variants.filter((o) => o !== variant)
    const previous = config.baseline?.get(baselineKey(bundle.id, variant.doc.id))
    const { findings: checked, dismissed } = checkVariant({ variant, reference, alignment, others, config, ...(derivations && { bundle: derivations }) })
    const findings = config.baseline ? markBaseline(checked, previous) : checked
    const chrf = variantChrf(variant, reference, alignment, referenceProfiles)
    const fidelity = fidelityEnabled(config, bundle) ? fidelityPenalties(chrf, variant.sentences.length) : null
    const covered = reference && coverage(alignment, reference)
    const score = scoreVariant(variant, findings, config, {
      fidelityPenalties: fidelity,
      alignment: reference && alignment,
      coverage: covered,
      ...(previous && { previous }),
    })
    return {
      analyzed: variant,
      alignment,
      findings,
      ...score,
      coverage: covered,
      chrf: chrf && round(chrf.corpus, 2),
      fidelityPenalties: fidelity,
      dismissed,
    }
  })
  return { id: bundle.id, ...(bundle.path !== undefined && { path: bundle.path }), reference, variants: results }
}
