#!/usr/bin/env node
// The mtaudit binary: exit 0 every variant passes · 1 a variant fails the gate · 2 usage, config or input error.
import { main } from './program.js'

try {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  })
} catch (error) {
  // a bug, not bad input: one line by default; MTAUDIT_DEBUG=1 shows the stack for a bug report
  process.stderr.write(`mtaudit: internal error: ${(error as Error).message}${process.env['MTAUDIT_DEBUG'] ? `\n${(error as Error).stack}` : ' (set MTAUDIT_DEBUG=1 for details)'}\n`)
  process.exitCode = 2
}
