// The review file on disk: where it is for an input, reading it, and the config that leaves its dismissed
// findings out. The review writes it through writeFileAtomic; `check` and a piped `review` only read it.
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '../errors.js'
import { dismissedFingerprints, parseReviewFile, ReviewFileError, reviewFilePath, type ReviewDecisions } from '../review/review-file.js'
import type { AuditConfig, Bundle } from '../types.js'
import { assertReplaceable } from './confine.js'
import { describeFsError, readText, type InputSpec } from './read-input.js'

/**
 * The review file of one input: beside a bundle folder's bundle.json, beside a .jsonl, beside the --reference
 * file; for the bundled story, in its folder. Several inputs or stdin have none: decisions are not kept.
 */
export function reviewFileFor(spec: InputSpec, bundles: readonly Bundle[]): string | null {
  if (spec.reference !== undefined) return reviewFilePath(spec.reference)
  const [input, ...more] = spec.inputs
  if (more.length > 0 || input === '-') return null
  if (input !== undefined) return reviewFilePath(isFolder(input) ? join(input, 'bundle.json') : input)
  const only = bundles.length === 1 ? bundles[0] : undefined
  return only?.path === undefined ? null : reviewFilePath(join(only.path, 'bundle.json'))
}

export function readDecisions(path: string | null): ReviewDecisions {
  if (path === null) return {}
  // the review replaces this file: a symlink or a device planted in a bundle folder is refused before it is read
  assertReplaceable(path, describeFsError)
  if (!existsSync(path)) return {}
  try {
    return parseReviewFile(readText(path))
  } catch (error) {
    if (error instanceof ReviewFileError) throw new InputError(path, `not a review file: ${error.message}`)
    throw error
  }
}

export function withDismissed(config: AuditConfig, decisions: ReviewDecisions): AuditConfig {
  const dismissed = [...new Set([...config.dismissed, ...dismissedFingerprints(decisions)])].sort()
  return { ...config, dismissed }
}

const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false
