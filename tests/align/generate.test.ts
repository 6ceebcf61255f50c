import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { prepareCase, regroup, storyParagraphs, wireReference } from '../../bench/align-eval/cases.js'
import { scoreAlignments } from '../../bench/align-eval/evaluate.js'
import { generateCase } from '../../bench/align-eval/generate.js'
import { align } from '../../src/align/index.js'

const dir = 'reference/nato-stoltenberg-seoul-2023-01-30/'
const story = regroup(storyParagraphs(readFileSync(dir + '000_f38d99857537e291.txt', 'utf8')), 3)
// 004's passages on Leopard tanks and artillery shells are not in 000: another story's sentences to add
const foreign = storyParagraphs(readFileSync(dir + '004_bee3415c867dfb0a.txt', 'utf8')).flat().filter((s) => /Leopard|cartridges|CNN|Treaty/.test(s))

describe('generated alignment cases from the bundled story', () => {
  const cases = [1, 2, 3, 4, 5, 6].map((seed) => generateCase(story, foreign, seed))

  it('is deterministic for a seed', () => {
    expect(generateCase(story, foreign, 3)).toEqual(cases[2])
  })

  it('moves, drops, splits, merges and adds, with the answer', () => {
    const links = cases.flatMap((c) => c.links)
    expect(links.some((l) => l.variant.length === 2)).toBe(true) // split
    expect(links.some((l) => l.reference.length === 2)).toBe(true) // merge
    expect(links.some((l) => l.reference.length === 0 && foreign.includes(l.variant[0]!))).toBe(true) // added
    const dropsOne = (c: (typeof cases)[number]) => story.flat().some((s) => !c.links.some((l) => l.reference.includes(s)))
    expect(cases.every(dropsOne)).toBe(true) // dropped
    expect(cases.some((c) => c.variant.split('\n\n')[0] !== c.reference.split('\n\n')[0])).toBe(true) // moved
  })

  it('is aligned with strict F1 of at least 0.95', () => {
    const ready = cases.map((c, i) => prepareCase(c, `case-${i}`)).filter((c) => c !== null)
    expect(ready.length).toBeGreaterThanOrEqual(4)
    const s = scoreAlignments(ready.map((c) => c.gold), ready.map((c) => align(c.variant, c.reference)))
    expect(s.f1Strict).toBeGreaterThanOrEqual(0.95)
  })

  it('is aligned with strict F1 of at least 0.95 when the reference runs one sentence a paragraph, as wire copy', () => {
    // the generator's merges then join two reference paragraphs
    const ready = cases.map((c, i) => prepareCase(wireReference(c, story), `wire-${i}`)).filter((c) => c !== null)
    expect(ready.some((c) => c.gold.some((l) => l.reference.length === 2 && c.reference.sentences[l.reference[0]!]!.paragraph !== c.reference.sentences[l.reference[1]!]!.paragraph))).toBe(true)
    const s = scoreAlignments(ready.map((c) => c.gold), ready.map((c) => align(c.variant, c.reference)))
    expect(s.f1Strict).toBeGreaterThanOrEqual(0.95)
  })
})
