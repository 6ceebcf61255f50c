// Runs the CLI in-process (main() with captured streams) or as the real built binary.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { main, type Io } from '../../src/cli/program.js'

export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

export async function runCli(args: readonly string[], io: Partial<Pick<Io, 'terminal' | 'env'>> = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env: {}, ...io })
  return { code, stdout, stderr }
}

export const BIN = join(import.meta.dirname, '..', '..', 'dist', 'bin', 'mtaudit.js')

/** The real binary, as CI runs it; `npm test` builds it first. */
export function runBinary(args: readonly string[], input?: string, options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`)
  const env = { ...process.env, CI: 'true', ...options.env }
  const run = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env, ...(options.cwd !== undefined && { cwd: options.cwd }) })
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr }
}
