import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    // the bundled story's review decisions live in $XDG_STATE_HOME/mtaudit: a fresh folder, so a reviewer's own
    // decisions on this machine never change what the tests see
    env: { XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'mtaudit-state-')) },
    // In CI the JSON result is kept too, so .ci/run can print vitest's own "N passed, N failed" tally.
    reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
    outputFile: { json: '.ci/out/vitest.json' },
  },
})
