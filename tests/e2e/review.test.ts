// The real binary in a real terminal: `mtaudit review` on a copy of the bundled story, driven by keys.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseReviewFile } from '../../src/review/review-file.js'
import { KEYMAP, LEGEND } from '../../src/ui/keymap.js'
import { hasTmux, TmuxSession } from './tmux.js'

const root = resolve(import.meta.dirname, '..', '..')
const binary = join(root, 'dist', 'bin', 'mtaudit.js')
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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const linesOf = (screen: string) => screen.split('\n').map((line) => line.trimEnd())
/** the app's last line (the key hints): the frame is one line shorter than the terminal */
const hintLine = (screen: string) => linesOf(screen).filter((line) => line !== '').at(-1) ?? ''

// The review as a new user meets it, under NO_COLOR so that marks can be read from the screen. With
// MTAUDIT_E2E_CAPTURES=<folder> the screens are written there too: docs/review.md's captures come from these runs.
for (const [columns, rows] of [
  [80, 24],
  [140, 45],
] as const) {
  describe.skipIf(!tmux)(`mtaudit review at ${columns}×${rows}${tmux ? '' : ' (skipped: tmux is not installed)'}`, () => {
    let work = ''
    let session: TmuxSession | undefined
    const captures = process.env['MTAUDIT_E2E_CAPTURES']
    const keep = (name: string, screen: string) => {
      if (captures) writeFileSync(join(captures, `${columns}x${rows}-${name}.txt`), `${linesOf(screen).join('\n').trimEnd()}\n`)
      return screen
    }

    beforeAll(() => {
      if (!existsSync(binary)) throw new Error(`${binary} is missing: run \`npm run build\` first (npm test does)`)
      work = mkdtempSync(join(tmpdir(), 'mtaudit-e2e-'))
      cpSync(join(root, 'reference', story), join(work, story), { recursive: true })
      if (captures) mkdirSync(captures, { recursive: true })
    })

    afterAll(() => {
      session?.kill()
      rmSync(work, { recursive: true, force: true })
    })

    test('help, search, the findings pane after j/k, the key hints and 002’s `China. .` row all fit and read right', async () => {
      const command = `env -u CI -u CONTINUOUS_INTEGRATION NO_COLOR=1 TERM=xterm-256color node ${binary} review ${story}; echo "exited $?"; sleep 60`
      const term = new TmuxSession(command, columns, rows, work)
      session = term
      let screen = keep('overview', await term.waitFor((s) => s.includes('001-native-rewrite'), 'the overview'))
      expect(screen).toMatch(/^›\s+\d+ █*░+\s+FAIL\s+002-mt-greek/m)
      expect(hintLine(screen)).toBe('j/k move · Enter open · / search · f filter · ? help · q quit')

      // the help: every key on a line of its own, with its whole action, and the legend
      term.send('?')
      screen = keep('help', await term.waitFor((s) => s.includes('Esc or ? close'), 'the help'))
      const lines = linesOf(screen)
      for (const entry of KEYMAP) {
        expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${escape(entry.keys)} +${entry.where} +${escape(entry.action)}$`)))
      }
      for (const line of LEGEND) expect(lines).toContain(line)
      term.send('Escape')
      await term.waitFor((s) => s.includes('001-native-rewrite'), 'the overview again')

      // `/` searches the variants' sentences: "chase" is in the French variant's "military planes. chase."
      term.send('/')
      term.type('chase')
      term.send('Enter')
      screen = await term.waitFor((s) => s.includes('`chase`: 1 matching variant'), 'the search in the overview')
      expect(screen).toMatch(/^›.*004-mt-french/m)
      term.send('Enter')
      screen = keep('search', await term.waitFor((s) => s.includes('‹ 004-mt-french') && s.includes('«M/:chase»'), 'the French variant at `chase`'))
      // the break is reported on the fragment, inside its sentence: "chase." is marked, the full stop before it not
      expect(screen).not.toContain('planes«M:.»')
      expect(screen).toContain('«M/:chase»«M:.»')
      // back on the French variant, and the filter lists the checks of every variant
      term.send('Escape')
      screen = await term.waitFor((s) => s.includes('001-native-rewrite'), 'the overview after Esc')
      expect(screen).toMatch(/^›.*004-mt-french/m)
      term.send('f')
      screen = await term.waitFor((s) => s.includes('Filter'), 'the filter picker')
      for (const check of ['boilerplate', 'calque-grammar', 'name-drift', 'quotation-drift', 'spurious-sentence-break', 'stray-punctuation']) {
        expect(screen).toContain(`check ${check}`)
      }
      term.send('Escape')

      // 002's "…escalating tensions with China. .": both stops drawn, the mark on the first, inside the sentence it
      // ends (the second stop is a sentence of its own)
      term.send('g', 'Enter')
      await term.waitFor((s) => s.includes('‹ 002-mt-greek') && s.includes('Findings · row 1 of'), 'the Greek variant')
      term.send('/')
      term.type('escalating')
      term.send('Enter')
      screen = keep('china', await term.waitFor((s) => s.includes('`escalating`: 1 matching row'), 'the China row'))
      expect(screen).toContain('China«m:.»')
      expect(screen).toContain('«/:escalating»')
      expect(linesOf(screen)[0]).toMatch(/^‹ 002-mt-greek · \d+ █*░+ FAIL · C0 M4 m\d+ n\d+ · triaged 0\/\d+ · coverage \d+%/)
      expect(screen).toMatch(/^› {3}MINOR +stray-punctuation · Fluency\/Punctuation · Stray punctuation/m)
      // with a notice on the right the hints keep `Esc back · ? help`, at 80 columns dropping others
      expect(hintLine(screen)).toMatch(/\]\/\[ finding · .*Esc back · \? help +`escalating`: 1 matching row$/)
      if (columns >= 140) expect(hintLine(screen)).toMatch(/^j\/k row · \]\/\[ finding · c confirm · d dismiss · Tab findings · \/ search · f filter · Esc back/)

      // the row with two findings: the pane's title stays whole while j/k move between them
      term.send('/')
      term.type('Sok-gil')
      term.send('Enter', 'Tab', 'j')
      screen = keep('pane-j', await term.waitFor((s) => /^› [ ✓✗] MAJOR +spurious-sentence-break/m.test(s), 'the second finding selected'))
      const title = /^▸ Findings · row (\d+) of \d+ · (?:merge|split) \d→\d(?: · moved)? · similarity [\d.]+ · 2 findings$/m
      expect(screen).toMatch(title)
      expect(screen).toMatch(/^ {2}[ ✓✗] MAJOR +name-drift · Accuracy\/Mistranslation · Name `Yoon Sok-gil`/m)
      expect(screen).not.toMatch(/MAJORs|findingo/)
      expect(hintLine(screen)).toBe('j/k finding · c confirm · d dismiss · u undo · Tab rows · Esc back · ? help')
      term.send('k')
      screen = keep('pane-k', await term.waitFor((s) => /^› [ ✓✗] MAJOR +name-drift/m.test(s), 'the first finding selected'))
      expect(screen).toMatch(title)
      expect(screen).toMatch(/^ {2}[ ✓✗] MAJOR +spurious-sentence-break · Fluency\/Grammar · Sentence cut in two/m)
      // the selected finding's message, wrapped, is there whole
      const pane = linesOf(screen).slice(linesOf(screen).findIndex((l) => title.test(l)) + 1)
      expect(pane.join(' ').replace(/\s+/g, ' ')).toContain('use one spelling, or list both in the aliases if this is house style.')

      term.send('q')
      await term.waitFor((s) => s.includes('exited 0'), 'the exit')
    }, 180_000)
  })
}
