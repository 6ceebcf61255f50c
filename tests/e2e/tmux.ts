// A real terminal for end-to-end tests: a detached tmux session running a command, keys sent with send-keys,
// the screen read with capture-pane. Waits poll the screen against a deadline instead of sleeping.
import { execFileSync, spawnSync } from 'node:child_process'

export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0
}

export class TmuxSession {
  readonly name = `mtaudit-e2e-${process.pid}-${Date.now().toString(36)}`

  constructor(command: string, columns: number, rows: number, cwd: string) {
    // A server of its own (-L): the test never touches the user's tmux, and may set escape-time to 0 there —
    // with tmux's default 500 ms, an Escape followed by another key on a loaded machine reaches the app as
    // Alt+key (Escape, q → M-q), and the review never sees the q.
    // -u: UTF-8 even if the test's locale is C; the command's own env is set by the caller
    this.tmux(['-u', 'new-session', '-d', '-s', this.name, '-x', String(columns), '-y', String(rows), '-c', cwd, command])
    this.tmux(['set-option', '-s', 'escape-time', '0'])
  }

  private tmux(args: readonly string[], encoding?: 'utf8'): string {
    return execFileSync('tmux', ['-L', this.name, ...args], { encoding: encoding ?? 'utf8' })
  }

  /** tmux key names: 'Enter', 'Escape', 'Tab', 'Down', or literal text such as ']' */
  send(...keys: string[]): void {
    for (const key of keys) this.tmux(['send-keys', '-t', this.name, key])
  }

  /** literal text, as typed (no key names: `they want` is nine characters) */
  type(text: string): void {
    this.tmux(['send-keys', '-t', this.name, '-l', text])
  }

  screen(): string {
    return this.tmux(['capture-pane', '-p', '-t', this.name], 'utf8')
  }

  resize(columns: number, rows: number): void {
    this.tmux(['resize-window', '-t', this.name, '-x', String(columns), '-y', String(rows)])
  }

  /** Polls the screen until `ready` holds on a settled screen; throws with the last screen after `ms`. */
  async waitFor(ready: (screen: string) => boolean, what: string, ms = 30_000): Promise<string> {
    const deadline = Date.now() + ms
    let screen = ''
    let previous = ''
    while (Date.now() < deadline) {
      screen = this.screen()
      // the same screen twice in a row: a capture can land while the app is still writing a frame
      if (ready(screen) && screen === previous) return screen
      previous = screen
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`)
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.name, 'kill-server'], { stdio: 'ignore' })
  }
}
