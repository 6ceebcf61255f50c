// The review file as the CLI uses it: found beside the input, read by `check` and the piped `review`, so what
// an editor dismissed stays out of the findings and the score.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { decisionsSaver, reviewFilesFor, stateFolder } from '../../src/cli/review-file-io.js'
import type { Bundle } from '../../src/types.js'
import { parseReviewFile, serializeReviewFile } from '../../src/review/review-file.js'
import { STORY } from '../helpers.js'
import { runCli } from './run-cli.js'

interface JsonVariant { id: string; score: number; findings: { check: string; fingerprint: string }[] }
const variants = (stdout: string) => (JSON.parse(stdout) as { bundles: { variants: JsonVariant[] }[] }).bundles[0]!.variants

let folder: string
beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'mtaudit-review-file-')), 'story')
  cpSync(STORY, folder, { recursive: true })
})

describe('the review file', () => {
  it('lives beside the file that names each bundle; stdin has none; the bundled story\'s is in the state folder', () => {
    const bundle = (id: string): Bundle => ({ id, segmented: false, reference: null, variants: [] })
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(bundle) as [Bundle, Bundle, Bundle, Bundle]
    const origins = new Map<Bundle, string | null>([[a, join(folder, 'bundle.json')], [b, '/data/stories.jsonl'], [c, '/data/ref.txt'], [d, null]])
    expect(reviewFilesFor({ bundles: [a, b, c, d], origins, bundled: false })).toEqual(
      new Map([['a', join(folder, 'bundle.mtaudit-review.json')], ['b', '/data/stories.mtaudit-review.json'], ['c', '/data/ref.mtaudit-review.json'], ['d', null]]),
    )
    const bundled = reviewFilesFor({ bundles: [a], origins: new Map([[a, null]]), bundled: true }, { XDG_STATE_HOME: '/state' })
    expect(bundled).toEqual(new Map([['a', '/state/mtaudit/a.mtaudit-review.json']]))
    expect(stateFolder({})).toBe(join(homedir(), '.local', 'state', 'mtaudit'))
  })

  it('keeps dismissed findings out of `check` and raises the score; confirmed ones stay', async () => {
    const before = variants((await runCli(['check', '--format', 'json', folder])).stdout)
    const french = before.find((v) => v.id === '004-mt-french')!
    const [dismiss, confirm] = french.findings.filter((f) => f.check !== 'boilerplate')
    expect(dismiss && confirm).toBeTruthy()
    const decision = (d: 'confirmed' | 'dismissed', check: string) => ({ decision: d, check, bundle: 'x', variant: french.id })
    writeFileSync(
      join(folder, 'bundle.mtaudit-review.json'),
      serializeReviewFile({ [dismiss!.fingerprint]: decision('dismissed', dismiss!.check), [confirm!.fingerprint]: decision('confirmed', confirm!.check) }),
    )
    const after = variants((await runCli(['check', '--format', 'json', folder])).stdout).find((v) => v.id === french.id)!
    const fingerprints = after.findings.map((f) => f.fingerprint)
    expect(fingerprints).not.toContain(dismiss!.fingerprint)
    expect(fingerprints).toContain(confirm!.fingerprint)
    expect(after.score).toBeGreaterThan(french.score)
    // without a terminal, `review` prints the same report the gate sees
    const piped = await runCli(['review', folder])
    expect(piped.stdout).toMatch(new RegExp(`004-mt-french\\s+score ${after.score.toFixed(1)} `))
  })

  it('a broken review file is an input error naming it', async () => {
    writeFileSync(join(folder, 'bundle.mtaudit-review.json'), '{"schema": "mtaudit.review/1", "decisions": {"f": {"decision": "maybe"}}}')
    const run = await runCli(['check', folder])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`${join(folder, 'bundle.mtaudit-review.json')}: not a review file: decisions.f.decision`)
  })
})

describe('saving decisions from a review of several bundles', () => {
  it('writes each decision to its bundle’s review file, only the files that change, making the state folder if needed', () => {
    const root = mkdtempSync(join(tmpdir(), 'mtaudit-saver-'))
    const a = join(root, 'feeds', 'a', 'bundle.mtaudit-review.json')
    const b = join(root, 'feeds', 'b', 'bundle.mtaudit-review.json')
    const files = new Map<string, string | null>([['a', a], ['b', b], ['piped', null]])
    const save = decisionsSaver(files, { decisions: {}, applied: [], from: new Map() })
    const dismissed = { decision: 'dismissed' as const, check: 'stray-punctuation', bundle: 'a', variant: 'v' }
    save({ f1: dismissed, f2: { ...dismissed, bundle: 'piped' } })
    expect(parseReviewFile(readFileSync(a, 'utf8'))).toEqual({ f1: dismissed }) // the folder was made
    expect(existsSync(b)).toBe(false) // nothing decided there: not written
    save({}) // undo
    expect(parseReviewFile(readFileSync(a, 'utf8'))).toEqual({})
    expect(existsSync(b)).toBe(false)
  })
})
