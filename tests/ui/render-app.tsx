// Renders the review app in ink-testing-library at a chosen terminal size, with keys sent one per write and
// a tick awaited after each (Ink reads input asynchronously).
import { render } from 'ink-testing-library'
import type { ReviewDecisions } from '../../src/review/review-file.js'
import type { AuditResult } from '../../src/types.js'
import { App } from '../../src/ui/App.js'
import type { Rescore } from '../../src/ui/model/overview-rows.js'

export const KEY = {
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  down: '\u001b[B',
  up: '\u001b[A',
  backspace: '\u007f',
} as const

export interface RenderedApp {
  readonly stdout: NodeJS.EventEmitter
  /** writes each key on its own, awaiting a tick after each */
  press(...keys: string[]): Promise<void>
  frame(): string
  resize(columns: number, rows: number): Promise<void>
  /** every set of decisions the app asked to save, in order */
  readonly saved: ReviewDecisions[]
  unmount(): void
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

export async function renderApp(
  result: AuditResult,
  options: { columns?: number; rows?: number; color?: boolean; decisions?: ReviewDecisions; rescore?: Rescore } = {},
): Promise<RenderedApp> {
  const saved: ReviewDecisions[] = []
  const app = render(
    <App
      result={result}
      decisions={options.decisions ?? {}}
      saveDecisions={(d) => saved.push(d)}
      color={options.color ?? false}
      {...(options.rescore ? { rescore: options.rescore } : {})}
    />,
  )
  // Wait for the frame an event causes rather than a fixed time: under a loaded test run Ink may take longer
  // (a lone Esc is only delivered on the next turn of the event loop). Events that draw nothing, such as q
  // after the app exited, wait out the deadline.
  const nextFrame = async (cause: () => void) => {
    const before = app.frames.length
    cause()
    const deadline = Date.now() + 1000
    while (app.frames.length === before && Date.now() < deadline) await tick()
    // a resize draws twice (Ink re-lays out the old tree, then the app redraws for the new size): settle
    let seen = app.frames.length
    do {
      seen = app.frames.length
      await tick()
      await tick()
    } while (app.frames.length !== seen)
  }
  const resize = async (columns: number, rows: number) => {
    // ink-testing-library's stdout is 100 columns with no rows; a terminal's size lives on the stream
    Object.defineProperty(app.stdout, 'columns', { value: columns, configurable: true })
    Object.defineProperty(app.stdout, 'rows', { value: rows, configurable: true })
    await nextFrame(() => app.stdout.emit('resize'))
  }
  await resize(options.columns ?? 120, options.rows ?? 30)
  const press = async (...keys: string[]) => {
    for (const key of keys) await nextFrame(() => app.stdin.write(key))
  }
  const frame = () => app.lastFrame() ?? ''
  return { stdout: app.stdout, press, frame, resize, saved, unmount: () => app.unmount() }
}
