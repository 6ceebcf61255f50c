// Hostile text through every stage (issue 17): the strings that were quadratic, and a 100,000-character run of
// every punctuation mark, bracket and quote. Each stage — the segmenter (analyze), each check, each reporter — has
// a bound far above what it takes now on a loaded 2-core machine and far below what the quadratic code took
// ("Mr. " × 25,000 in the segmenter, "“" × 100,000 in stray-punctuation: minutes), so a load spike does not fail
// it and a return to quadratic work does.
import { describe, expect, it } from 'vitest'
import { align } from '../../src/align/index.js'
import { CHECKS } from '../../src/checks/index.js'
import { DEFAULT_CONFIG } from '../../src/config.js'
import { runChecks } from '../../src/findings/run-checks.js'
import { REPORTERS, FORMATS } from '../../src/report/index.js'
import { analyze } from '../../src/analyze.js'
import { audit } from '../../src/audit.js'
import type { Bundle } from '../../src/types.js'
import { hostileStory } from '../../bench/hostile-text.js'

/** Generous: each stage of one 100 kB string, on a loaded machine. */
const BOUND_MS = 15_000
const SIZE = 100_000

/** The strings that were quadratic: each stage timed on its own. */
export const ADVERSARIAL: Record<string, string> = {
  'Mr. ×': 'Mr. ',
  'open brackets and quotes ×': '([{“‘«"',
  '". ," ×': '. ,',
  'one-line sentences ×': 'A line.\n',
  // many tiny sentences: "a. " is one sentence and 33,000 fragments of it (one unit, which was copied at each
  // fragment), "Go. " 25,000 one-word units against the reference's 40
  'one-letter fragments ×': 'a. ',
  'one-word sentences ×': 'Go. ',
}
/** Runs of one mark: the whole audit and the JSON report timed. */
const MARKS = '.,;:!?()[]{}"\'“”‘’«»„「」（）—–-…'.split('')

const PROSE = 'NATO chief Jens Stoltenberg urged South Korea on Monday to send arms to Ukraine. "We need more ammunition," he said in Seoul.\n'.repeat(20)

const run = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)

function timed<T>(stage: string, work: () => T, slow: string[]): T {
  const start = performance.now()
  const out = work()
  const ms = performance.now() - start
  if (ms > BOUND_MS) slow.push(`${stage}: ${Math.round(ms)} ms`)
  return out
}

const bundle = (text: string, withReference = true): Bundle => ({
  id: 'b',
  segmented: false,
  // a reference of plain prose: the alignment of a hostile variant with a hostile reference is not what this tests
  reference: withReference ? { id: 'r', role: 'reference', text: PROSE } : null,
  variants: [
    { id: 'v', role: 'variant', text },
    { id: 'o', role: 'variant', text: `${text} x` },
  ],
})

describe('each stage is linear on the strings that were quadratic (100,000 characters, bound per stage)', () => {
  it.each(Object.entries(ADVERSARIAL))('%s', (_, unit) => {
    const text = run(unit)
    const slow: string[] = []
    const variant = timed('segment (analyze)', () => analyze({ id: 'v', role: 'variant', text }, false), slow)
    const other = analyze({ id: 'o', role: 'variant', text: `${text} x` }, false)
    // every string against a reference, ". ," too: its 33,000 one-mark sentences are fragments of the sentence
    // before them (src/align/units.ts), so the aligner compares a handful of units, not 33,000 rows
    const reference = analyze({ id: 'r', role: 'reference', text: PROSE }, false)
    const alignment = timed('align', () => align(variant, reference), slow)
    for (const check of CHECKS) {
      timed(check.id, () => runChecks({ variant, reference, alignment, others: [other], config: DEFAULT_CONFIG }, [check]), slow)
    }
    const result = audit([bundle(text)])
    for (const format of FORMATS) timed(`report ${format}`, () => REPORTERS[format](result, { verbose: true }), slow)
    expect(slow).toEqual([])
  }, 30 * BOUND_MS)
})

describe('a 100,000-character run of every punctuation mark, bracket and quote: audit and JSON report', () => {
  it.each(MARKS)('%s', (mark) => {
    const slow: string[] = []
    const result = timed('audit', () => audit([bundle(run(mark))]), slow)
    timed('report json', () => REPORTERS.json(result, { verbose: true }), slow)
    expect(slow).toEqual([])
  }, 4 * BOUND_MS)
})

// The cases of issue 17 at the sizes it names, each through the whole audit and the JSON report: without a
// reference, and against one except ". ," (its alignment is ALIGNMENT_OPEN above).
describe('the issue\'s hostile strings at their sizes: audit and JSON report within a generous bound', () => {
  const ISSUE_CASES: [string, string][] = [
    ['"Mr. " × 50,000', 'Mr. '.repeat(50_000)],
    ['100,000 open brackets and quotes', '([{“‘«"'.repeat(Math.ceil(100_000 / 7)).slice(0, 100_000)],
    ['". ," × 100,000', '. ,'.repeat(100_000)],
    ['100,000 one-line sentences', 'A line.\n'.repeat(100_000)],
  ]
  // up to 800 kB a variant, two variants: the bound of a 100 kB stage, four times over
  const bound = 4 * BOUND_MS
  it.each(ISSUE_CASES)('%s', (label, text) => {
    const slow: string[] = []
    const timedTo = <T>(stage: string, work: () => T): T => {
      const start = performance.now()
      const out = work()
      if (performance.now() - start > bound) slow.push(`${stage}: ${Math.round(performance.now() - start)} ms`)
      return out
    }
    for (const withReference of label.startsWith('". ,"') ? [false] : [false, true]) {
      const result = timedTo(`audit (${withReference ? 'with' : 'without'} a reference)`, () => audit([bundle(text, withReference)]))
      timedTo('report json', () => REPORTERS.json(result, { verbose: true }))
      // garbage, never passed
      for (const variant of result.bundles[0]!.variants) expect(variant.verdict).not.toBe('pass')
    }
    expect(slow).toEqual([])
  }, 4 * bound)
})

// The bundle-wide checks compare each variant's names and quotes with the other texts': two long variants whose
// names and quotes are all different (bench/hostile-text.ts; the second misspells some and rewords some) make
// every pair unrelated, which is what reading all the pairs cost most on. Indexed, each check is a few seconds at
// 2 MB a variant on a loaded machine; compared pair by pair, name-drift and quotation-drift each took minutes.
describe('two 2 MB variants full of distinct names and quotes: name-drift and quotation-drift', () => {
  const BUNDLE_BOUND_MS = 4 * BOUND_MS
  it('each check within a generous bound', () => {
    const variant = analyze({ id: 'v', role: 'variant', text: hostileStory(2_000_000, true) }, false)
    const other = analyze({ id: 'o', role: 'variant', text: hostileStory(2_000_000) }, false)
    const alignment = align(variant, null)
    const slow: string[] = []
    for (const id of ['name-drift', 'quotation-drift']) {
      const check = CHECKS.find((c) => c.id === id)!
      const start = performance.now()
      const findings = runChecks({ variant, reference: null, alignment, others: [other], config: DEFAULT_CONFIG }, [check])
      const ms = performance.now() - start
      if (ms > BUNDLE_BOUND_MS) slow.push(`${id}: ${Math.round(ms)} ms`)
      // the misspelt names are found: the index loses none of them
      if (id === 'name-drift') expect(findings.length).toBeGreaterThan(1000)
    }
    expect(slow).toEqual([])
  }, 6 * BUNDLE_BOUND_MS)
})
