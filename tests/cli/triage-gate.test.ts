// Triage decisions as the gate applies them: a dismissal rules on the spot, not on one check's wording; the
// review's score is check's score after the same decisions; every report says which review file it applied.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { audit } from '../../src/audit.js'
import { loadBundleFolder } from '../../src/bundle/load.js'
import spuriousSentenceBreak from '../../src/checks/spurious-sentence-break.js'
import { DEFAULT_CONFIG } from '../../src/config.js'
import { runChecks } from '../../src/findings/run-checks.js'
import { serializeReviewFile, type ReviewDecisions } from '../../src/review/review-file.js'
import { evidenceOf, scoreVariant } from '../../src/score/index.js'
import type { Check } from '../../src/types.js'
import { overviewRows } from '../../src/ui/model/overview-rows.js'
import { NO_FILTER } from '../../src/ui/model/filter.js'
import { contextFor, seedText, STORY } from '../helpers.js'
import { runBinary, runCli } from './run-cli.js'

const SEOUL = join(import.meta.dirname, '..', 'fixtures', 'ci-feeds', 'feeds', 'world', 'seoul-visit')

interface JsonFinding { check: string; category: string; start: number; end: number; fingerprint: string }
interface JsonVariant { id: string; score: number; verdict: string; dismissed?: number; findings: JsonFinding[] }
interface JsonReport { review?: { files: string[]; dismissed: number }; bundles: { id: string; variants: JsonVariant[] }[] }
const json = (stdout: string) => JSON.parse(stdout) as JsonReport

function copy(folder: string): string {
  const to = join(mkdtempSync(join(tmpdir(), 'mtaudit-triage-')), 'story')
  cpSync(folder, to, { recursive: true })
  return to
}

function dismiss(bundle: string, variant: string, findings: readonly JsonFinding[], decision: 'dismissed' | 'confirmed' = 'dismissed'): ReviewDecisions {
  return Object.fromEntries(findings.map((f) => [f.fingerprint, { decision, check: f.check, bundle, variant }]))
}

describe('a dismissal covers its spot', () => {
  it('a second finding at the same spot (another check, or the same one again) does not bring the variant back in check', async () => {
    const folder = copy(SEOUL)
    const before = json((await runCli(['check', folder, '--format', 'json'])).stdout).bundles[0]!.variants.find((v) => v.id === 'mt-french')!
    // "…dozens of military planes. chase. along the border…": two breaks, each reported on its fragment ("chase.",
    // "along the border…"), and a second finding at the spot of one of them
    const breaks = before.findings.filter((f) => f.check === 'spurious-sentence-break')
    expect(breaks).toHaveLength(2)
    expect(before.verdict).toBe('fail')
    writeFileSync(join(folder, 'bundle.mtaudit-review.json'), serializeReviewFile(dismiss('seoul-visit', 'mt-french', breaks)))
    const after = json((await runCli(['check', folder, '--format', 'json'])).stdout)
    const variant = after.bundles[0]!.variants.find((v) => v.id === 'mt-french')!
    expect(variant.findings.filter((f) => f.check === 'spurious-sentence-break')).toEqual([])
    expect(variant.verdict).toBe('pass')
    expect(variant.dismissed).toBe(2)
    expect(after.review).toEqual({ files: [join(folder, 'bundle.mtaudit-review.json')], dismissed: 2 })
  })

  it('covers another check of the same MQM category at 004’s "military planes. chase.", not a new kind of problem or a confirmed finding', () => {
    const text = seedText('french')
    const ctx = contextFor(text)
    const [chase] = runChecks(ctx, [spuriousSentenceBreak]).filter((f) => text.slice(f.start, f.end) === 'chase.')
    expect(chase).toBeDefined()
    const at = (id: string, category: Check['category'], from: number, to: number): Check => ({
      id, category, severity: 'major', needs: 'variant', description: id,
      run: () => [{ message: id, start: from, end: to, sentence: chase!.sentence! }],
    })
    const registry = [
      spuriousSentenceBreak,
      at('grammar-too', 'Fluency/Grammar', chase!.start - 6, chase!.end), // "planes. chase.": the same spot, the same kind
      at('punctuation', 'Fluency/Punctuation', chase!.start, chase!.start + 1), // a new kind of problem there
      at('grammar-confirmed', 'Fluency/Grammar', chase!.start + 2, chase!.end),
    ]
    // alone, as the review showed it before the editor confirmed it (fingerprints do not depend on the registry)
    const confirmed = runChecks(ctx, [registry[3]!])[0]!.fingerprint
    const left = runChecks({ ...ctx, config: { ...DEFAULT_CONFIG, dismissed: [chase!.fingerprint], confirmed: [confirmed] } }, registry)
    const near = (f: { start: number }) => Math.abs(f.start - chase!.start) < 10
    expect(left.filter(near).map((f) => f.check).sort()).toEqual(['grammar-confirmed', 'punctuation'])
  })
})

describe('the review and check agree', () => {
  it('the review model’s score and verdict equal check’s JSON after the same decisions, on every variant of the story', async () => {
    const folder = copy(STORY)
    const raw = json((await runCli(['check', folder, '--format', 'json', '--min-score', '60'])).stdout)
    const bundleId = raw.bundles[0]!.id
    // dismiss each variant's first two findings above neutral, confirm the third
    let decisions: ReviewDecisions = {}
    for (const v of raw.bundles[0]!.variants) {
      const scored = v.findings.filter((f) => f.category !== 'Other/Boilerplate')
      decisions = { ...decisions, ...dismiss(bundleId, v.id, scored.slice(0, 2)), ...dismiss(bundleId, v.id, scored.slice(2, 3), 'confirmed') }
    }
    writeFileSync(join(folder, 'bundle.mtaudit-review.json'), serializeReviewFile(decisions))
    const checked = json((await runCli(['check', folder, '--format', 'json', '--min-score', '60'])).stdout).bundles[0]!.variants

    // the review: every finding shown, the decisions applied by the overview's model with the CLI's scorer
    const config = { ...DEFAULT_CONFIG, minScore: 60 }
    const result = audit([loadBundleFolder(folder, (path) => readFileSync(path, 'utf8'))], config)
    const rows = overviewRows(result, decisions, NO_FILTER, (variant, kept) => scoreVariant(variant.analyzed, kept, config, evidenceOf(variant)))
    const review = Object.fromEntries(rows.map((r) => [r.variant.analyzed.doc.id, { score: r.score, verdict: r.verdict }]))
    expect(review).toEqual(Object.fromEntries(checked.map((v) => [v.id, { score: v.score, verdict: v.verdict }])))
    // and the decisions changed something, so the comparison means something
    expect(checked.some((v, i) => v.score !== raw.bundles[0]!.variants[i]!.score)).toBe(true)
  })
})

describe('every report says which review file it applied and how many findings it dismissed', () => {
  it('text, json, junit, sarif and github', async () => {
    const folder = copy(SEOUL)
    const file = join(folder, 'bundle.mtaudit-review.json')
    const first = json((await runCli(['check', folder, '--format', 'json'])).stdout).bundles[0]!.variants.find((v) => v.id === 'mt-french')!
    writeFileSync(file, serializeReviewFile(dismiss('seoul-visit', 'mt-french', first.findings.slice(0, 2))))
    const line = `review: 2 findings dismissed by ${file}`
    expect((await runCli(['check', folder])).stdout).toContain(`\n${line}\n`)
    expect(json((await runCli(['check', folder, '--format', 'json'])).stdout).review).toEqual({ files: [file], dismissed: 2 })
    expect((await runCli(['check', folder, '--format', 'junit'])).stdout).toContain(`<property name="review" value="${line}"/>`)
    const sarif = JSON.parse((await runCli(['check', folder, '--format', 'sarif'])).stdout) as { runs: { properties: unknown }[] }
    expect(sarif.runs[0]!.properties).toMatchObject({ review: { files: [file], dismissed: 2 } })
    expect((await runCli(['check', folder, '--format', 'github'])).stdout).toContain(`::notice title=mtaudit review::${line}\n`)
    // without a review file, nothing is said
    expect((await runCli(['check', SEOUL])).stdout).not.toContain('review:')
  })
})

describe('the bundled story', () => {
  it('keeps its decisions in $XDG_STATE_HOME/mtaudit, never inside the package, and check applies them', () => {
    const state = mkdtempSync(join(tmpdir(), 'mtaudit-xdg-'))
    const env = { XDG_STATE_HOME: state }
    const raw = json(runBinary(['check', '--format', 'json'], undefined, { env }).stdout)
    const bundle = raw.bundles[0]!
    const french = bundle.variants.find((v) => v.id === '004-mt-french')!
    const file = join(state, 'mtaudit', `${bundle.id}.mtaudit-review.json`)
    expect(existsSync(file)).toBe(false)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, serializeReviewFile(dismiss(bundle.id, french.id, french.findings.filter((f) => f.check === 'spurious-sentence-break'))))
    const after = json(runBinary(['check', '--format', 'json'], undefined, { env }).stdout)
    expect(after.review).toEqual({ files: [file], dismissed: 1 })
    expect(existsSync(join(STORY, 'bundle.mtaudit-review.json'))).toBe(false)
  })
})
