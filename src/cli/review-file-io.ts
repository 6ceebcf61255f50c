// The review files on disk: where each bundle's is, reading them, and the config that leaves their dismissed
// findings out. The review writes them through writeFileAtomic; `check` and a piped `review` only read them.
import { existsSync, mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, isAbsolute, join } from 'node:path'
import { InputError } from '../errors.js'
import { dismissedFingerprints, parseReviewFile, ReviewFileError, reviewFilePath, serializeReviewFile, type ReviewDecision, type ReviewDecisions } from '../review/review-file.js'
import type { AuditConfig } from '../types.js'
import { assertReplaceable } from './confine.js'
import { describeFsError, readText, type Inputs } from './read-input.js'
import { writeFileAtomic } from './write-output.js'

/**
 * The review file of each bundle, by bundle id: beside the file that names it (a bundle folder's bundle.json, a
 * .jsonl, the --reference file), so a feeds tree keeps one beside each bundle; null for stdin (decisions are not
 * kept). The story bundled with mtaudit lives inside the installed package, which may be read-only and is
 * replaced on every update, so its decisions go to the user's state folder instead (see stateFolder).
 */
export function reviewFilesFor(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): Map<string, string | null> {
  const files = new Map<string, string | null>()
  for (const bundle of inputs.bundles) {
    const origin = inputs.origins.get(bundle) ?? null
    files.set(bundle.id, inputs.bundled ? join(stateFolder(env), `${bundle.id}.mtaudit-review.json`) : origin === null ? null : reviewFilePath(origin))
  }
  return files
}

/** $XDG_STATE_HOME/mtaudit, else ~/.local/state/mtaudit (the XDG base directory spec's default). */
export function stateFolder(env: NodeJS.ProcessEnv): string {
  const xdg = env['XDG_STATE_HOME']
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.local', 'state'), 'mtaudit')
}

export interface ReadDecisions {
  readonly decisions: ReviewDecisions
  /** the review files that exist and were read, in input order */
  readonly applied: string[]
  /** the file each decision was read from */
  readonly from: ReadonlyMap<string, string>
}

/** Every review file of the run that exists, merged (decisions are keyed by fingerprint). */
export function readDecisions(files: Iterable<string | null>): ReadDecisions {
  let decisions: ReviewDecisions = {}
  const applied: string[] = []
  const from = new Map<string, string>()
  for (const path of new Set(files)) {
    if (path === null) continue
    // the review replaces this file: a symlink or a device planted in a bundle folder is refused before it is read
    assertReplaceable(path, describeFsError)
    if (!existsSync(path)) continue
    try {
      const read = parseReviewFile(readText(path))
      for (const fingerprint of Object.keys(read)) from.set(fingerprint, path)
      decisions = { ...decisions, ...read }
    } catch (error) {
      if (error instanceof ReviewFileError) throw new InputError(path, `not a review file: ${error.message}`)
      throw error
    }
    applied.push(path)
  }
  return { decisions, applied, from }
}

/**
 * Writes each bundle's decisions to its review file, as the review makes them: a decision goes to the file of its
 * bundle, or back to the file it was read from (a file edited by hand may name another bundle id), or, with one
 * file in the run, there. Only files whose content changes are written: a dismissal in one story of a feeds tree
 * touches that story's file alone.
 */
export function decisionsSaver(files: ReadonlyMap<string, string | null>, read: ReadDecisions): (next: ReviewDecisions) => void {
  const paths = [...new Set(files.values())].filter((p): p is string => p !== null)
  const fileOf = (fingerprint: string, decision: ReviewDecision) =>
    files.get(decision.bundle) ?? read.from.get(fingerprint) ?? (paths.length === 1 ? paths[0] : undefined)
  const texts = (decisions: ReviewDecisions) => {
    const byFile = new Map<string, Record<string, ReviewDecision>>(paths.map((p) => [p, {}]))
    for (const [fingerprint, decision] of Object.entries(decisions)) {
      const path = fileOf(fingerprint, decision)
      if (path !== undefined) byFile.get(path)![fingerprint] = decision
    }
    return new Map([...byFile].map(([path, d]) => [path, serializeReviewFile(d)]))
  }
  const written = texts(read.decisions)
  return (next) => {
    for (const [path, text] of texts(next)) {
      if (text === written.get(path)) continue
      mkdirSync(dirname(path), { recursive: true })
      writeFileAtomic(path, text)
      written.set(path, text)
    }
  }
}

export function withDismissed(config: AuditConfig, decisions: ReviewDecisions): AuditConfig {
  const dismissed = [...new Set([...config.dismissed, ...dismissedFingerprints(decisions)])].sort()
  const confirmed = Object.keys(decisions).filter((f) => decisions[f]?.decision === 'confirmed').sort()
  return { ...config, dismissed, ...(confirmed.length > 0 && { confirmed }) }
}
