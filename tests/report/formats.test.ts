import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { audit } from '../../src/audit.js'
import { loadBundleFolder, loadJsonlBundles } from '../../src/bundle/load.js'
import { readText } from '../../src/cli/read-input.js'
import { REPORTERS } from '../../src/report/index.js'
import { STORY, SEED } from '../helpers.js'

const story = audit([loadBundleFolder(STORY, readText)])
const frenchPath = join(STORY, SEED.french)
const french = readFileSync(frenchPath, 'utf8')

describe('text report', () => {
  it('lists variants worst first, with score, coverage and findings as file:line:column', () => {
    const text = REPORTERS.text(story, {})
    const order = [...text.matchAll(/^(PASS|FAIL) {2}(\S+)/gm)].map((m) => m[2])
    const scores = story.bundles[0]!.variants.map((v) => [v.analyzed.doc.id, v.score] as const)
    expect(order).toEqual([...scores].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([id]) => id))
    expect(text).toMatch(/coverage \d+%/)
    expect(text).toContain(`${frenchPath}:33:177  major  spurious-sentence-break`)
    expect(text).not.toContain('Back to top button') // neutral findings are counted, not listed
    expect(REPORTERS.text(story, { verbose: true })).toContain('Back to top button')
  })
})

describe('junit report', () => {
  const xml = REPORTERS.junit(story, {})
  it('has one testcase a variant, failing exactly the variants that fail the gate', () => {
    const failed = story.bundles[0]!.variants.filter((v) => v.verdict === 'fail').map((v) => v.analyzed.doc.id)
    expect(xml.match(/<testcase /g)).toHaveLength(4)
    const failing = [...xml.matchAll(/<testcase classname="[^"]+" name="([^ "]+)[^"]*">\s*<failure/g)].map((m) => m[1])
    expect(failing).toEqual(failed)
    expect(xml).toContain(`<testsuites name="mtaudit" tests="4" failures="${failed.length}">`)
  })
  it('escapes markup in messages', () => {
    const bundle = loadJsonlBundles(JSON.stringify({ id: 'a&b', reference: null, variants: [{ id: '<v>', text: 'They sent planes. chase.' }] }), 'x.jsonl')
    const out = REPORTERS.junit(audit(bundle), {})
    expect(out).toContain('classname="a&amp;b"')
    expect(out).toContain('name="&lt;v&gt;"')
  })
})

describe('sarif report', () => {
  const log = JSON.parse(REPORTERS.sarif(story, {})) as {
    version: string
    runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; charOffset: number; charLength: number } } }[] }[] }[]
  }
  it('is SARIF 2.1.0 with a rule per check and a result per non-neutral finding', () => {
    expect(log.version).toBe('2.1.0')
    const run = log.runs[0]!
    expect(run.tool.driver.rules.map((r) => r.id)).toContain('spurious-sentence-break')
    const expected = story.bundles[0]!.variants.flatMap((v) => v.findings).filter((f) => f.severity !== 'neutral')
    expect(run.results).toHaveLength(expected.length)
  })
  it('points each result at the offending text', () => {
    const chase = log.runs[0]!.results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith(SEED.french) && r.ruleId === 'spurious-sentence-break')!
    const { region } = chase.locations[0]!.physicalLocation
    expect(french.slice(region.charOffset, region.charOffset + region.charLength)).toBe('chase.')
    expect(region.startLine).toBe(33)
    expect(chase.level).toBe('error')
    expect(chase.partialFingerprints['mtaudit/v1']).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('github report', () => {
  it('annotates each finding on its file and line, and each failing variant as an error', () => {
    const out = REPORTERS.github(story, {})
    expect(out).toContain(`::error file=${frenchPath},line=33,col=177,endLine=33,endColumn=183,title=mtaudit spurious-sentence-break (major)::Sentence cut in two`)
    expect(out).toMatch(/^::warning file=.*title=mtaudit stray-punctuation \(minor\)::/m)
    expect(out).toMatch(/^::error title=mtaudit gate::nato-stoltenberg-seoul-2023-01-30\/002-mt-greek: score \d+\.\d, fail \(fluency \d+\.\d · fidelity \d+\.\d · coverage \d+%25\)$/m)
  })
  it('escapes percent signs and newlines so one finding stays one command', () => {
    const bundle = loadJsonlBundles(JSON.stringify({ id: 'b', reference: null, variants: [{ id: 'v', text: 'Prices rose 5%. they fell.' }] }), 'x.jsonl')
    const out = REPORTERS.github(audit(bundle), {})
    expect(out).toContain('5%25.')
    expect(out.trim().split('\n')).toHaveLength(2)
  })
})
