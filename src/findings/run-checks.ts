// check: the registry's checks over one variant → findings, then small pure passes (after textlint's kernel):
// drop exact duplicates, sort by position, one finding per error, drop what an editor dismissed (and what shares
// its spot).
import { createHash, hash, type Hash } from 'node:crypto'
import { CHECKS } from '../checks/index.js'
import { SEVERITIES, type Check, type CheckContext, type CheckInput, type Dimension, type Draft, type Finding } from '../types.js'
import { createBundleContext } from './bundle-context.js'
import { applyDismissals } from './dismiss.js'

/** The checks the config enables and the context can feed: reference checks need a reference. */
export function activeChecks(ctx: Pick<CheckContext, 'reference' | 'config'>, registry: readonly Check[] = CHECKS): Check[] {
  const { only, disable } = ctx.config
  return registry.filter(
    (check) =>
      (only.length === 0 || only.includes(check.id)) &&
      !disable.includes(check.id) &&
      (check.needs !== 'reference' || ctx.reference !== null),
  )
}

/**
 * The findings of one variant. Without `input.bundle` each check derives into a context of its own, dropped when
 * the check is done; audit() passes the bundle's when the bundle has several variants, so they share what is
 * derived from it.
 */
export function runChecks(input: CheckInput, registry: readonly Check[] = CHECKS): Finding[] {
  return checkVariant(input, registry).findings
}

/** The findings kept, and how many the review's decisions left out (see applyDismissals: by spot, not wording). */
export function checkVariant(input: CheckInput, registry: readonly Check[] = CHECKS): { findings: Finding[]; dismissed: number } {
  const findings: Finding[] = []
  for (const check of activeChecks(input, registry)) {
    // With no other variant to share them with, a check's derivations serve only the check itself (of all of
    // them only a sentence's words are read by several checks, and they are cheap to list again: sentenceWords
    // keeps them only in a shared context): held for the whole variant, a long document's names, quotes and quote
    // comparisons were all alive at once, where one check's at a time will do.
    const ctx: CheckContext = { ...input, bundle: input.bundle ?? createBundleContext() }
    const seen: Seen = { occurrences: new Map(), sentenceIds: new Map(), prefixes: new Map() }
    for (const draft of check.run(ctx)) findings.push(complete(check, draft, ctx, seen))
  }
  // dismissals apply to the sorted, deduplicated findings: the list the review shows and rescores, so both agree
  const all = oneFindingPerError(sortFindings(dedupe(findings)), new Set(input.config.confirmed))
  const { kept, dismissed } = applyDismissals(all, new Set(input.config.dismissed), new Set(input.config.confirmed))
  return { findings: kept, dismissed: dismissed.length }
}

/** What one check's findings so far left for the next: counters, and the hashed prefixes of long sentences. */
interface Seen {
  /** by sentence text (its id) and offending text: how many times found */
  readonly occurrences: Map<string, number>
  /** each sentence text seen, a small number: a counter's key without the sentence's text in it */
  readonly sentenceIds: Map<string, number>
  /** by sentence id: the hash state after `check␀document␀sentence␀`, for sentences of LONG_SENTENCE or more */
  readonly prefixes: Map<number, Hash>
}

// A "sentence" can be a whole file ("((((…" × 100,000 has no sentence end) holding a finding at every character:
// hashing its text again for each finding, and building each counter's key from it, made the check quadratic. A
// long sentence's text is hashed once, and each finding continues from a copy of that state: the same digest.
const LONG_SENTENCE = 1024

function complete(check: Check, draft: Draft, ctx: CheckContext, seen: Seen): Finding {
  const { text } = ctx.variant.doc
  const sentence = draft.sentence === undefined ? undefined : ctx.variant.sentences[draft.sentence]
  const sentenceText = sentence?.text ?? ''
  const offending = text.slice(draft.start, draft.end)
  // Fingerprints survive edits elsewhere in the file: they hash the check, the document, the sentence's text and
  // the offending text — never offsets — plus a counter for the same text found twice in one sentence.
  let sentenceId = seen.sentenceIds.get(sentenceText)
  if (sentenceId === undefined) seen.sentenceIds.set(sentenceText, (sentenceId = seen.sentenceIds.size))
  const counter = `${sentenceId}\u0000${offending}`
  const nth = (seen.occurrences.get(counter) ?? 0) + 1
  seen.occurrences.set(counter, nth)
  const prefix = `${check.id}\u0000${ctx.variant.doc.id}\u0000`
  let fingerprint: string
  if (sentenceText.length < LONG_SENTENCE) {
    // the one-shot hash(): the same digest without a Hash object and its stream state for each finding
    fingerprint = hash('sha256', `${prefix}${sentenceText}\u0000${offending}\u0000${nth}`, 'hex').slice(0, 16)
  } else {
    let state = seen.prefixes.get(sentenceId)
    if (state === undefined) seen.prefixes.set(sentenceId, (state = createHash('sha256').update(`${prefix}${sentenceText}\u0000`)))
    fingerprint = state.copy().update(`${offending}\u0000${nth}`).digest('hex').slice(0, 16)
  }
  const severity = ctx.config.severities?.[check.id] ?? draft.severity ?? check.severity
  return { ...draft, check: check.id, category: check.category, severity, dimension: draft.dimension ?? dimensionOf(check), fingerprint }
}

/** What a check's findings measure: declared, or by what it reads (reference-free checks see the text alone). */
export function dimensionOf(check: Pick<Check, 'dimension' | 'needs'>): Dimension {
  return check.dimension ?? (check.needs === 'variant' ? 'fluency' : 'fidelity')
}

/** The same check on the same span says the same thing once. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.check}:${f.start}:${f.end}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * One error, one finding, as an MQM rater marks it: two checks that object to overlapping text of one sentence
 * under the same category see the same error from two sides — "what they want. they want by force." is a cut
 * sentence to spurious-sentence-break and a repeated fragment to repeated-fragment, both Fluency/Grammar — and
 * the more severe finding stands for it (the first in position order on a tie). A finding an editor confirmed
 * stands before any other, so the review's decision is what the report shows. Findings of different categories
 * stay apart: a misspelt name inside a drifting quotation is two errors. Neutral notes are never merged.
 */
function oneFindingPerError(sorted: readonly Finding[], confirmed: ReadonlySet<string>): Finding[] {
  const kept: Finding[] = []
  // per category, the kept finding that reaches furthest: sorted by start, an overlap can only be with it
  const reaching = new Map<string, number>()
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity) + (confirmed.has(f.fingerprint) ? SEVERITIES.length : 0)
  for (const finding of sorted) {
    if (finding.severity === 'neutral' || finding.sentence === undefined) {
      kept.push(finding)
      continue
    }
    const at = reaching.get(finding.category)
    const other = at === undefined ? undefined : kept[at]
    const bothConfirmed = other !== undefined && confirmed.has(other.fingerprint) && confirmed.has(finding.fingerprint)
    if (other && !bothConfirmed && other.check !== finding.check && other.sentence === finding.sentence && other.end > finding.start) {
      if (rank(finding) > rank(other)) kept[at!] = finding
      continue
    }
    if (!other || finding.end >= other.end || other.sentence !== finding.sentence) reaching.set(finding.category, kept.length)
    kept.push(finding)
  }
  return kept
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || a.end - b.end || a.check.localeCompare(b.check))
}
