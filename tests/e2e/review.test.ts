// The real binary in a real terminal: `mtaudit review` on a copy of the bundled story, driven by keys.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseReviewFile } from '../../src/review/review-file.js'
import { hasTmux, TmuxSession } from './tmux.js'

const root = resolve(import.meta.dirname, '..', '..')
const binary = join(root, 'dist', 'src', 'cli', 'main.js')
const story = 'nato-stoltenberg-seoul-2023-01-30'
const tmux = hasTmux()

describe.skipIf(!tmux)(`mtaudit review in tmux${tmux ? '' : ' (skipped: tmux is not installed)'}`, () => {
  let work = ''
  let session: TmuxSession | undefined

  beforeAll(() => {
    if (!existsSync(binary)) throw new Error(`${binary} is missing: run \`npm run build\` first (npm test does)`)
    // a copy, so the review file is written there and not into the repository's reference/
    work = mkdtempSync(join(tmpdir(), 'mtaudit-e2e-'))
    cpSync(join(root, 'reference', story), join(work, story), { recursive: true })
  })

  afterAll(() => {
    session?.kill()
    rmSync(work, { recursive: true, force: true })
  })

  test('opens the overview, reviews a variant, dismisses a finding into the review file, adapts to a resize, quits', async () => {
    // Ink draws only its last frame when CI is set, so the child runs without it; after quitting, the shell
    // prints the exit code and waits, so the screen can still be read
    const command = `env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color node ${binary} review ${story}; echo "exited $?"; sleep 60`
    const term = new TmuxSession(command, 120, 40, work)
    session = term
    let screen = await term.waitFor((s) => s.includes('mtaudit review') && s.includes('004-mt-french'), 'the overview')
    expect(screen).toMatch(/^› .*FAIL/m)
    expect(screen).toContain('Greek agency') // the feed column, shown at 120 columns

    term.send('Enter')
    screen = await term.waitFor((s) => s.includes('Findings · row 1 of'), 'the variant view')
    expect(screen).toMatch(/reference 000-afp-wire\s+variant 0/)
    expect(screen).toContain('│')

    term.send(']')
    screen = await term.waitFor((s) => /^› [ ✓✗] (NEUTRAL|MINOR|MAJOR|CRITICAL)/m.test(s), 'a selected finding')
    const check = /^› [ ✓✗] \w+\s+([a-z-]+) ·/m.exec(screen)?.[1]
    term.send('d')
    await term.waitFor((s) => s.includes(`dismissed \`${check}\``), 'the dismissal notice')
    const decisions = parseReviewFile(readFileSync(join(work, story, 'bundle.mtaudit-review.json'), 'utf8'))
    expect(Object.values(decisions)).toEqual([expect.objectContaining({ decision: 'dismissed', check, bundle: story })])

    term.send('Escape')
    screen = await term.waitFor((s) => s.includes('mtaudit review') && / 1\/\d+/.test(s), 'the overview with one decision')

    term.resize(80, 30)
    screen = await term.waitFor((s) => !s.includes('Greek agency') && s.includes('mtaudit review'), 'the narrow overview')
    term.send('Enter')
    screen = await term.waitFor((s) => /^ {8}V /m.test(s), 'the stacked variant view')
    expect(screen).not.toContain('│')

    term.send('?')
    await term.waitFor((s) => s.includes('Keys') && s.includes('quit (decisions are already saved)'), 'the help')
    term.send('Escape')
    await term.waitFor((s) => !s.includes('quit (decisions are already saved)'), 'the help to close')
    term.send('q')
    await term.waitFor((s) => s.includes('exited 0'), 'the exit')
    // a loaded machine (the whole suite runs in parallel) can take seconds per step; each wait has its deadline
  }, 180_000)
})
