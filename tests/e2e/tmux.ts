// A real terminal for end-to-end tests: a detached tmux session running a command, keys sent with send-keys,
// the screen read with capture-pane. Waits poll the screen against a deadline instead of sleeping.
import { execFileSync, spawnSync } from 'node:child_process'

export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0
}

export class TmuxSession {
  readonly name = `mtaudit-e2e-${process.pid}-${Date.now().toString(36)}`

  constructor(command: string, columns: number, rows: number, cwd: string) {
    // -u: UTF-8 even if the test's locale is C; the command's own env is set by the caller
    execFileSync('tmux', ['-u', 'new-session', '-d', '-s', this.name, '-x', String(columns), '-y', String(rows), '-c', cwd, command])
  }

  /** tmux key names: 'Enter', 'Escape', 'Tab', 'Down', or literal text such as ']' */
  send(...keys: string[]): void {
    for (const key of keys) execFileSync('tmux', ['send-keys', '-t', this.name, key])
  }

  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-t', this.name], { encoding: 'utf8' })
  }

  resize(columns: number, rows: number): void {
    execFileSync('tmux', ['resize-window', '-t', this.name, '-x', String(columns), '-y', String(rows)])
  }

  /** Polls the screen until `ready` holds; throws with the last screen after `ms`. */
  async waitFor(ready: (screen: string) => boolean, what: string, ms = 30_000): Promise<string> {
    const deadline = Date.now() + ms
    let screen = ''
    while (Date.now() < deadline) {
      screen = this.screen()
      if (ready(screen)) return screen
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`)
  }

  kill(): void {
    spawnSync('tmux', ['kill-session', '-t', this.name], { stdio: 'ignore' })
  }
}
