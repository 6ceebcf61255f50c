#!/usr/bin/env node
// The mtaudit binary: exit 0 every variant passes · 1 a variant fails the gate · 2 usage, config or input error.
import { availableParallelism } from 'node:os'
import { VERSION } from '../version.js'

// `mtaudit check … | head` closes the pipe after ten lines: the reader has what it wanted, so the rest of the
// report goes nowhere and the run ends quietly with 0, as `cat` and `grep` do, not with an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
}

const argv = process.argv.slice(2)
try {
  // `mtaudit --version` alone is answered before commander and the audit are loaded (as commander would answer
  // it): a version check in a CI step or a shell prompt then costs what a bare node start costs
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) process.stdout.write(`${VERSION}\n`)
  else
    process.exitCode = await (await import('./program.js')).main(argv, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      // A CI runner with a pseudo-terminal is still no place for an interactive app: Ink draws only the last frame
      // when CI is set, so the review would look frozen. CI=true (any value but "false"/"0") means the text report.
      terminal: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
      isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY) && ['', 'false', '0'].includes(process.env['CI'] ?? ''),
      // `check` sizes its workers to the cores unless told otherwise (--jobs, the config's `jobs`)
      cores: availableParallelism(),
    })
} catch (error) {
  // a bug, not bad input: one line by default; MTAUDIT_DEBUG=1 shows the stack for a bug report
  process.stderr.write(`mtaudit: internal error: ${(error as Error).message}${process.env['MTAUDIT_DEBUG'] ? `\n${(error as Error).stack}` : ' (set MTAUDIT_DEBUG=1 for details)'}\n`)
  process.exitCode = 2
}
