// The config file as teams know it from ESLint and markdownlint-cli2: found by walking up from the working
// folder, every key validated (a typo is exit 2 naming the key and what is allowed), and --print-config.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHECKS } from '../../src/checks/index.js'
import { runBinary } from './run-cli.js'

const FEEDS = join(import.meta.dirname, '..', 'fixtures', 'ci-feeds', 'feeds')
const SEOUL = join(FEEDS, 'world', 'seoul-visit')

/** A repository with `config` as its .mtauditrc.json and a subfolder to run from. */
function repoWith(config: unknown): { root: string; sub: string } {
  const root = mkdtempSync(join(tmpdir(), 'mtaudit-config-'))
  const sub = join(root, 'a', 'b')
  mkdirSync(sub, { recursive: true })
  writeFileSync(join(root, '.mtauditrc.json'), typeof config === 'string' ? config : JSON.stringify(config))
  return { root, sub }
}

interface Report { signature: string; bundles: { variants: { id: string; verdict: string; findings: { check: string; severity: string }[] }[] }[] }

describe('config file', () => {
  it('is found by walking up from the working folder, and --print-config shows the effective config', () => {
    const { sub } = repoWith({ minScore: 60, failOn: 'major', checks: { 'stray-punctuation': 'major' } })
    const run = runBinary(['check', '--print-config'], undefined, { cwd: sub })
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('mtaudit: config: ../../.mtauditrc.json\n')
    const printed = JSON.parse(run.stdout) as Record<string, unknown>
    expect(printed).toMatchObject({ minScore: 60, failOn: 'major', only: [], disable: [], checks: { 'stray-punctuation': 'major' }, fidelity: 'auto' })
    // flags win over the file, and the printed config, read back as a config file, prints the same
    const flagged = runBinary(['check', '--print-config', '--min-score', '70'], undefined, { cwd: sub })
    expect(JSON.parse(flagged.stdout)).toMatchObject({ minScore: 70 })
    const again = repoWith(run.stdout)
    expect(runBinary(['check', '--print-config'], undefined, { cwd: again.sub }).stdout).toBe(run.stdout)
  })

  it('--no-config and --config FILE choose instead of the search', () => {
    const { sub, root } = repoWith({ minScore: 60 })
    expect(JSON.parse(runBinary(['check', '--print-config', '--no-config'], undefined, { cwd: sub }).stdout)).toMatchObject({ minScore: 80 })
    writeFileSync(join(root, 'other.json'), '{"minScore": 10}')
    expect(JSON.parse(runBinary(['check', '--print-config', '--config', join(root, 'other.json')], undefined, { cwd: sub }).stdout)).toMatchObject({ minScore: 10 })
  })

  it('an unknown check id in only (was: no check ran, score 100, exit 0) or disable is exit 2 naming it and listing the checks', () => {
    const ids = CHECKS.map((c) => c.id).join(', ')
    for (const [key, at] of [['only', 'only[0]'], ['disable', 'disable[0]']] as const) {
      const { sub } = repoWith({ [key]: ['nope'] })
      const run = runBinary(['check', SEOUL], undefined, { cwd: sub })
      expect(run).toMatchObject({ code: 2, stdout: '' })
      expect(run.stderr).toBe(`mtaudit: ../../.mtauditrc.json: ${at}: unknown check "nope"; the checks are: ${ids}\n`)
    }
    const checks = repoWith({ checks: { nope: 'off' } })
    expect(runBinary(['check', SEOUL], undefined, { cwd: checks.sub }).stderr).toMatch(/checks\.nope: unknown check "nope"; the checks are: boilerplate,/)
  })

  it('an enum error lists the allowed values and what was given (was: "Invalid input")', () => {
    const failOn = repoWith({ failOn: 'majr' })
    expect(runBinary(['check', SEOUL], undefined, { cwd: failOn.sub })).toMatchObject({
      code: 2,
      stderr: 'mtaudit: ../../.mtauditrc.json: failOn: expected one of minor, major, critical, none, got "majr"\n',
    })
    const fidelity = repoWith({ fidelity: 'yes' })
    expect(runBinary(['check', SEOUL], undefined, { cwd: fidelity.sub }).stderr).toBe('mtaudit: ../../.mtauditrc.json: fidelity: expected one of auto, on, off, got "yes"\n')
    const severity = repoWith({ checks: { 'stray-punctuation': 'majr' } })
    expect(runBinary(['check', SEOUL], undefined, { cwd: severity.sub }).stderr).toMatch(/checks\.stray-punctuation: expected "off", a severity \(neutral, minor, major, critical\) .*got "majr"\n$/)
    const key = repoWith({ minscore: 50 })
    expect(runBinary(['check', SEOUL], undefined, { cwd: key.sub }).stderr).toMatch(/\(top level\): unknown key "minscore"; the keys are: minScore, failOn, only, disable, checks, fidelity, minCoverage, failOnTruncated, failUnverified, aliases, jobs\n$/)
  })

  it("a range error is zod's English message (zod/mini sets no locale, so the config's parse gives it one)", () => {
    const minScore = repoWith({ minScore: 101 })
    expect(runBinary(['check', SEOUL], undefined, { cwd: minScore.sub }).stderr).toBe('mtaudit: ../../.mtauditrc.json: minScore: Too big: expected number to be <=100\n')
    const jobs = repoWith({ jobs: 0 })
    expect(runBinary(['check', SEOUL], undefined, { cwd: jobs.sub }).stderr).toBe('mtaudit: ../../.mtauditrc.json: jobs: Too small: expected number to be >=1\n')
  })

  it('per-check severity overrides, "off", and options (name-drift aliases) apply; other checks take no options', () => {
    const { sub } = repoWith({ failOn: 'none', minScore: 0, checks: { 'spurious-sentence-break': 'minor' } })
    const run = runBinary(['check', SEOUL, '--format', 'json'], undefined, { cwd: sub })
    const report = JSON.parse(run.stdout) as Report
    const breaks = report.bundles[0]!.variants.flatMap((v) => v.findings).filter((f) => f.check === 'spurious-sentence-break')
    expect(breaks.length).toBeGreaterThan(0)
    expect(breaks.every((f) => f.severity === 'minor')).toBe(true)
    expect(report.signature).toMatch(/\|severity:spurious-sentence-break=minor$/)
    const off = repoWith({ checks: { 'spurious-sentence-break': { severity: 'off' } } })
    const quiet = JSON.parse(runBinary(['check', SEOUL, '--format', 'json'], undefined, { cwd: off.sub }).stdout) as Report
    expect(quiet.bundles[0]!.variants.flatMap((v) => v.findings).filter((f) => f.check === 'spurious-sentence-break')).toEqual([])
    const aliases = repoWith({ checks: { 'name-drift': { options: { aliases: [['Seoul', 'Soul']] } } } })
    const printed = JSON.parse(runBinary(['check', '--print-config'], undefined, { cwd: aliases.sub }).stdout) as { aliases: string[][] }
    expect(printed.aliases).toContainEqual(['Seoul', 'Soul'])
    const none = repoWith({ checks: { mojibake: { options: { x: 1 } } } })
    expect(runBinary(['check', SEOUL], undefined, { cwd: none.sub }).stderr).toMatch(/checks\.mojibake\.options: the check takes no options\n$/)
  })
})
