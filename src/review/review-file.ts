// The review file: an editor's triage decisions, kept beside the input so later `mtaudit check` runs can leave
// dismissed findings out (AuditConfig.dismissed). Pure: parse and serialize strings; the CLI reads and writes.
//   stories.jsonl                 → stories.mtaudit-review.json
//   reference/<story>/bundle.json → reference/<story>/bundle.mtaudit-review.json
import { basename, dirname, extname, join } from 'node:path'
import * as z from 'zod/mini'
import { inEnglish } from '../zod-messages.js'

export const REVIEW_SCHEMA = 'mtaudit.review/1'

export type Decision = 'confirmed' | 'dismissed'

export interface ReviewDecision {
  readonly decision: Decision
  /** check id, bundle id and variant id: so a reader of the file knows what was decided without re-running */
  readonly check: string
  readonly bundle: string
  readonly variant: string
  /** ISO time of the decision; optional because it makes the file differ between otherwise equal reviews */
  readonly at?: string
}

/** Decisions keyed by finding fingerprint. */
export type ReviewDecisions = Readonly<Record<string, ReviewDecision>>

const decisionSchema = z.strictObject({
  decision: z.enum(['confirmed', 'dismissed']),
  check: z.string().check(z.minLength(1)),
  bundle: z.string(),
  variant: z.string(),
  at: z.optional(z.string()),
})

const reviewFileSchema = z.object({
  schema: z.literal(REVIEW_SCHEMA),
  decisions: z.record(z.string().check(z.minLength(1)), decisionSchema),
})

export class ReviewFileError extends Error {
  override name = 'ReviewFileError'
}

/** Parses a review file's text; throws ReviewFileError with the first problem, e.g. `decisions.ab12.decision`. */
export function parseReviewFile(text: string): ReviewDecisions {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ReviewFileError(`not JSON: ${(error as Error).message}`)
  }
  const parsed = reviewFileSchema.safeParse(json, inEnglish)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') || 'file'
    throw new ReviewFileError(`${where}: ${issue?.message ?? 'invalid'}`)
  }
  return parsed.data.decisions
}

/** Readable, deterministic JSON: fingerprints sorted, fields in a fixed order, two-space indent, final newline. */
export function serializeReviewFile(decisions: ReviewDecisions): string {
  const sorted: Record<string, ReviewDecision> = {}
  for (const fingerprint of Object.keys(decisions).sort()) {
    const { decision, check, bundle, variant, at } = decisions[fingerprint] as ReviewDecision
    sorted[fingerprint] = at === undefined ? { decision, check, bundle, variant } : { decision, check, bundle, variant, at }
  }
  return `${JSON.stringify({ schema: REVIEW_SCHEMA, decisions: sorted }, null, 2)}\n`
}

/** The fingerprints to put in AuditConfig.dismissed, sorted. */
export function dismissedFingerprints(decisions: ReviewDecisions): string[] {
  return Object.keys(decisions)
    .filter((fingerprint) => decisions[fingerprint]?.decision === 'dismissed')
    .sort()
}

/** The fingerprints dismissed and confirmed, as sets (for applyDismissals). */
export function decisionSets(decisions: ReviewDecisions): { dismissed: Set<string>; confirmed: Set<string> } {
  const dismissed = new Set<string>()
  const confirmed = new Set<string>()
  for (const [fingerprint, { decision }] of Object.entries(decisions)) (decision === 'dismissed' ? dismissed : confirmed).add(fingerprint)
  return { dismissed, confirmed }
}

/** The decisions about one bundle's findings (a review file holds one input's; the review may show several). */
export function decisionsOf(decisions: ReviewDecisions, bundle: string): ReviewDecisions {
  return Object.fromEntries(Object.entries(decisions).filter(([, d]) => d.bundle === bundle))
}

/**
 * Where the review file of an input lives. `inputFile` is the file that names the input: a bundle folder's
 * bundle.json, a .jsonl file, or the reference file given with --reference. Its extension is replaced.
 */
export function reviewFilePath(inputFile: string): string {
  const name = basename(inputFile, extname(inputFile))
  return join(dirname(inputFile), `${name}.mtaudit-review.json`)
}
