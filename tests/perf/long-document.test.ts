// One long document against its reference (issue 14): past a thousand sentences a side the aligner no longer
// scores every pair (src/align/scores.ts), so its time grows with the document's length, not its square, and
// its links stay those of every pair scored. The documents are made here from a seeded vocabulary: distinct
// sentences, paragraphs moved, sentences dropped, split, merged and edited (bench/align-eval/generate.ts).
import { describe, expect, it } from 'vitest'
import { scoreAlignments } from '../../bench/align-eval/evaluate.js'
import { generateCase, random } from '../../bench/align-eval/generate.js'
import { align } from '../../src/align/index.js'
import { analyze } from '../../src/analyze.js'
import type { AnalyzedDocument } from '../../src/types.js'

function documents(n: number): { variant: AnalyzedDocument; reference: AnalyzedDocument } {
  const next = random(n)
  const letters = 'abcdefghijklmnoprstuvwy'
  const word = () => Array.from({ length: 3 + Math.floor(next() * 7) }, () => letters[Math.floor(next() * letters.length)]).join('')
  // a vocabulary of common and rare words: each sentence has a few of each, as news does
  const common = Array.from({ length: 300 }, word)
  const rare = Array.from({ length: 20_000 }, word)
  const sentence = () => {
    const words = Array.from({ length: 10 + Math.floor(next() * 10) }, (_, i) => (i % 3 === 2 ? rare : common)[Math.floor(next() * (i % 3 === 2 ? rare.length : common.length))])
    const text = words.join(' ')
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`
  }
  const paragraphs = Array.from({ length: Math.ceil(n / 3) }, () => [sentence(), sentence(), sentence()])
  const c = generateCase(paragraphs, [], n, { move: 0.3, drop: 0.1, split: 0.05, merge: 0.05, add: 0, edit: 0.5 })
  return {
    reference: analyze({ id: 'r', role: 'reference', text: c.reference }, false),
    variant: analyze({ id: 'v', role: 'variant', text: c.variant }, false),
  }
}

function cpuMs(work: () => void): number {
  const used = process.cpuUsage()
  work()
  const { user, system } = process.cpuUsage(used)
  return (user + system) / 1000
}

describe('one long document against its reference', () => {
  it('gives the links of every pair scored, past the size where it stops scoring every pair', () => {
    const { variant, reference } = documents(1800)
    const exact = align(variant, reference, { exactPairs: Infinity })
    const long = align(variant, reference)
    expect(scoreAlignments([exact], [long]).f1Strict).toBeGreaterThan(0.99)
  }, 120_000)

  it('takes time in proportion to its length: four times the sentences, far less than sixteen times the time', () => {
    const short = documents(2000)
    const long = documents(8000)
    align(short.variant, short.reference)
    const shortMs = Math.min(...[0, 1].map(() => cpuMs(() => align(short.variant, short.reference))))
    const longMs = cpuMs(() => align(long.variant, long.reference))
    // linear would be ×4 and every pair ×16; the bound leaves room for a loaded machine's noise
    expect(longMs / shortMs).toBeLessThan(8)
  }, 300_000)
})
