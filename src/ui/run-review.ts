// The review's one entry point for the CLI. It draws on the terminal it is given and returns when the editor
// quits; it never reads files, argv or env and never exits the process: the CLI does that, e.g.
//   if (!process.stdin.isTTY || !process.stdout.isTTY) → print the text report, exit with the gate's code
//   else await runReview(result, { decisions, saveDecisions: (d) => writeFileAtomic(path, serializeReviewFile(d)) })
import { render } from 'ink'
import { createElement } from 'react'
import type { ReviewDecisions } from '../review/review-file.js'
import type { AuditResult } from '../types.js'
import { App } from './App.js'
import type { Rescore } from './model/overview-rows.js'

export interface ReviewOptions {
  readonly decisions: ReviewDecisions
  /** called with every new set of decisions, as soon as the editor makes one; the CLI writes the review file */
  readonly saveDecisions: (decisions: ReviewDecisions) => void
  /** default true; pass colorFromEnv(process.env) so NO_COLOR is honoured */
  readonly color?: boolean
  /** stamps decisions with `at`; default none, so the review file is deterministic */
  readonly now?: () => string
  /** the pipeline's scorer, e.g. (v, kept) => scoreVariant(v.analyzed, kept, config): scores follow triage */
  readonly rescore?: Rescore
  readonly stdin?: NodeJS.ReadStream
  readonly stdout?: NodeJS.WriteStream
}

/** NO_COLOR (https://no-color.org): present and not empty → no colour. */
export function colorFromEnv(env: Readonly<Record<string, string | undefined>>): boolean {
  return !env.NO_COLOR
}

export class NotATerminalError extends Error {
  override name = 'NotATerminalError'
}

// The alternate screen, as lazygit and k9s use: the review takes the whole terminal and, on quit, the shell
// comes back as it was instead of a last frame left in the scrollback.
const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h'
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l'

export async function runReview(result: AuditResult, options: ReviewOptions): Promise<void> {
  const stdin = options.stdin ?? process.stdin
  const stdout = options.stdout ?? process.stdout
  // Ink throws "Raw mode is not supported" on a pipe; say what to do instead
  if (!stdin.isTTY) throw new NotATerminalError('the review needs a terminal; use `mtaudit check` for a report')
  stdout.write(ENTER_ALTERNATE_SCREEN)
  try {
    const app = createElement(App, {
      result,
      decisions: options.decisions,
      saveDecisions: options.saveDecisions,
      color: options.color ?? true,
      ...(options.now ? { now: options.now } : {}),
      ...(options.rescore ? { rescore: options.rescore } : {}),
    })
    const instance = render(app, { stdin, stdout, exitOnCtrlC: true, patchConsole: false })
    await instance.waitUntilExit()
  } finally {
    stdout.write(LEAVE_ALTERNATE_SCREEN)
  }
}
