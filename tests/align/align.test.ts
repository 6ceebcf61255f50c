import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scoreAlignments } from '../../bench/align-eval/evaluate.js'
import { goldAlignments, type GoldFile } from '../../bench/align-eval/gold.js'
import { align } from '../../src/align/index.js'
import { analyze } from '../../src/analyze.js'
import { audit } from '../../src/audit.js'
import type { AnalyzedDocument, Bundle, Link } from '../../src/types.js'

const dir = 'reference/nato-stoltenberg-seoul-2023-01-30/'
const load = (file: string, segmented = false): AnalyzedDocument =>
  analyze({ id: file, role: 'variant', text: readFileSync(dir + file, 'utf8') }, segmented)
const ref = load('000_f38d99857537e291.txt')
const text = (doc: AnalyzedDocument, ids: readonly number[]) => ids.map((i) => doc.sentences[i]!.text)
const linkHolding = (links: Link[], doc: AnalyzedDocument, sentence: string) =>
  links.find((l) => l.variant.some((i) => doc.sentences[i]!.text === sentence))

describe('align on the seed story', () => {
  it('explains 004\'s spurious break "…military planes." + "chase." as a split of 000\'s tank-deal sentence', () => {
    const v = load('004_bee3415c867dfb0a.txt')
    const link = linkHolding(align(v, ref), v, 'chase.')!
    expect(link.kind).toBe('split')
    expect(text(v, link.variant)[0]).toMatch(/dozens of military planes\.$/)
    expect(text(ref, link.reference)).toEqual([expect.stringMatching(/^South Korea is an increasingly important arms exporter/)])
  })

  it('joins 002\'s "…after the invasion." + "of Russia on Ukrainian territory…" and links it to 000\'s lede', () => {
    const v = load('002_0d9055629094b0d0.txt')
    const link = linkHolding(align(v, ref), v, 'of Russia on Ukrainian territory on February 24, 2022.')!
    expect(link.kind).toBe('split')
    expect(link.variant).toHaveLength(2)
    expect(text(ref, link.reference)[0]).toMatch(/^SEOUL: NATO Secretary General/)
  })

  it('links the lede 001 prints twice to 000\'s lede both times, and its copied sentences 1-1', () => {
    const v = load('001_b2b3c83f70e9c0c6.txt')
    const links = align(v, ref)
    const lede = ref.sentences.find((s) => s.text.startsWith('SEOUL:'))!.index
    expect(links.filter((l) => l.reference.includes(lede) && l.variant.length > 0)).toHaveLength(2)
    const pyongyang = linkHolding(links, v, v.sentences.find((s) => s.text.startsWith('Pyongyang'))!.text)!
    expect(pyongyang.kind).toBe('match')
    expect(text(ref, pyongyang.reference)[0]).toMatch(/^Pyongyang has denied/)
    expect(pyongyang.similarity).toBeGreaterThan(0.9)
  })

  it('accounts for every story sentence once on the variant side and never aligns boilerplate', () => {
    for (const file of ['001_b2b3c83f70e9c0c6.txt', '002_0d9055629094b0d0.txt', '003_e2097bfc73f45a6c.txt', '004_bee3415c867dfb0a.txt']) {
      const v = load(file)
      const links = align(v, ref)
      const variantIds = links.flatMap((l) => l.variant).sort((a, b) => a - b)
      expect(variantIds).toEqual(v.sentences.filter((s) => s.zone !== 'boilerplate').map((s) => s.index))
      const referenceIds = new Set(links.flatMap((l) => l.reference))
      expect(ref.sentences.filter((s) => s.zone === 'boilerplate').some((s) => referenceIds.has(s.index))).toBe(false)
      expect(ref.sentences.filter((s) => s.zone !== 'boilerplate').every((s) => referenceIds.has(s.index))).toBe(true)
      for (const l of links) {
        if (l.kind === 'added' || l.kind === 'dropped') expect(l.similarity).toBe(0)
        if (l.kind === 'merge') expect(l.reference.length).toBeGreaterThan(1)
      }
    }
  })

  it('links 002\'s quote "I call on the Republic of Korea to … escalate military assistance" to 000\'s "asks South Korea to \'step up\' military support"', () => {
    // only "military" is shared word for word; the rest is synonyms (src/align/synonyms.ts)
    const v = load('002_0d9055629094b0d0.txt')
    const link = linkHolding(align(v, ref), v, '“I call on the Republic of Korea to continue and escalate military assistance,” Mr. Stoltenberg said.')!
    expect(link.kind).toBe('match')
    expect(text(ref, link.reference)).toEqual(["NATO Secretary General Jens Stoltenberg asks South Korea to 'step up' military support for Ukraine."])
  })

  it('links a dateline only to its own kind, and never a photo caption: 004\'s "Seoul, South Korea" is added, 001\'s caption set aside', () => {
    const dateline = linkHolding(align(load('004_bee3415c867dfb0a.txt'), ref), load('004_bee3415c867dfb0a.txt'), 'Seoul, South Korea')!
    expect(dateline.kind).toBe('added')
    const v = load('001_b2b3c83f70e9c0c6.txt')
    const caption = v.sentences.find((s) => /shakes hands/.test(s.text))!
    // the zone stage sets photo captions aside as boilerplate, which is never aligned
    expect(caption.zone).toBe('boilerplate')
    expect(linkHolding(align(v, ref), v, caption.text)).toBeUndefined()
  })

  it('reads a merge across 000\'s one-sentence paragraphs: 002\'s "Seoul has signed deals… in belligerent states…" renders two', () => {
    const v = load('002_0d9055629094b0d0.txt')
    const link = linkHolding(align(v, ref), v, 'in belligerent states and thus the supply of lethal military items is by definition impossible.')!
    expect(link.kind).toBe('merge')
    expect(text(ref, link.reference)).toEqual([
      expect.stringMatching(/^South Korea is an increasingly important arms exporter/),
      expect.stringMatching(/^But South Korean law bans the export of weapons/),
    ])
  })

  it('does not merge a paragraph into a sentence when another sentence renders it better (004\'s Germany/Norway)', () => {
    const v = load('004_bee3415c867dfb0a.txt')
    const links = align(v, ref)
    const quote = linkHolding(links, v, v.sentences.find((s) => s.text.startsWith('“After the brutal invasion'))!.text)!
    expect(text(ref, quote.reference)).toEqual([expect.stringMatching(/^"If we believe in freedom/)])
    const allies = linkHolding(links, v, v.sentences.find((s) => s.text.startsWith('“Several NATO allies'))!.text)!
    expect(text(ref, allies.reference)).toEqual([expect.stringMatching(/^He pointed to countries like Germany and Norway/)])
  })

  it('is deterministic', () => {
    const v = load('002_0d9055629094b0d0.txt')
    expect(JSON.stringify(align(v, ref))).toBe(JSON.stringify(align(v, ref)))
  })

  it('returns no links without a reference', () => {
    expect(align(load('004_bee3415c867dfb0a.txt'), null)).toEqual([])
  })

  it('marks as moved the link that breaks the reference order, not its neighbours', () => {
    // 000's body with its second paragraph moved to the end
    const body = ref.sentences.filter((s) => s.zone === 'body').map((s) => s.text)
    const reordered = [body[0], ...body.slice(2), body[1]].join('\n\n')
    const v = analyze({ id: 'v', role: 'variant', text: reordered }, false)
    const r = analyze({ id: 'r', role: 'reference', text: body.join('\n\n') }, false)
    const links = align(v, r)
    expect(links.filter((l) => l.moved).map((l) => text(v, l.variant))).toEqual([[body[1]]])
  })

  it('links one-sentence-per-line parallel input line to line, without relying on position', () => {
    const body = ref.sentences.filter((s) => s.zone === 'body').map((s) => s.text)
    // each line loses its first word; the variant is also reversed, so position alone would be wrong
    const edited = body.map((s) => s.split(' ').slice(1).join(' ')).reverse()
    const r = analyze({ id: 'r', role: 'reference', text: body.join('\n') }, true)
    const v = analyze({ id: 'v', role: 'variant', text: edited.join('\n') }, true)
    const links = align(v, r)
    expect(links.every((l) => l.kind === 'match')).toBe(true)
    for (const l of links) expect(l.reference[0]).toBe(body.length - 1 - l.variant[0]!)
  })
})

describe('a one-sentence bundle (nothing else to measure a background against)', () => {
  const sentence = 'NATO chief Jens Stoltenberg urged South Korea on Monday to step up military support for Ukraine.'
  const doc = (text: string, role: 'variant' | 'reference') => analyze({ id: role, role, text }, false)
  const bundle = (variant: string): Bundle => ({
    id: 'one',
    segmented: false,
    reference: { id: 'r', role: 'reference', text: sentence },
    variants: [{ id: 'v', role: 'variant', text: variant }],
  })

  it('links a variant identical to the reference, and the variant passes at 100', () => {
    expect(align(doc(sentence, 'variant'), doc(sentence, 'reference')).map((l) => l.kind)).toEqual(['match'])
    const result = audit([bundle(sentence)]).bundles[0]!.variants[0]!
    expect([result.score, result.verdict]).toEqual([100, 'pass'])
  })

  it('links a close rendering of it', () => {
    const rendering = 'NATO head Stoltenberg on Monday asked South Korea to increase its military aid to Ukraine.'
    expect(align(doc(rendering, 'variant'), doc(sentence, 'reference')).map((l) => l.kind)).toEqual(['match'])
  })

  it('does not link an unrelated sentence: the variant is unverified, not passed', () => {
    const unrelated = 'The weather in Lisbon was mild and sunny all week, the forecasters said.'
    expect(align(doc(unrelated, 'variant'), doc(sentence, 'reference')).map((l) => l.kind)).toEqual(['added', 'dropped'])
    expect(audit([bundle(unrelated)]).bundles[0]!.variants[0]!.verdict).toBe('unverified')
  })
})

describe('hand-made gold (tests/fixtures/*/gold.json)', () => {
  const fixtures = readdirSync('tests/fixtures').filter((d) => existsSync(`tests/fixtures/${d}/gold.json`)).sort()
  const cases = fixtures.map((d) => {
    const g = JSON.parse(readFileSync(`tests/fixtures/${d}/gold.json`, 'utf8')) as GoldFile
    const v = load(g.variant)
    return { d, gold: goldAlignments(g, v, load(g.reference)), test: align(v, ref) }
  })

  it('covers at least two seed variants and every gold sentence still resolves by its text', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2)
  })

  it('a gold sentence that is not a sentence any more is an error naming it, not a silent shift', () => {
    const g = { bundle: 'x', reference: 'r', variant: 'v', links: [{ variant: ['chase'], reference: [] }] }
    expect(() => goldAlignments(g, load('004_bee3415c867dfb0a.txt'), ref)).toThrow(/`chase`/)
  })

  // regression floors at the measured figures (docs/alignment.md): 001 1.00, pooled strict F1 0.91
  it('keeps the measured strict F1', () => {
    const native = cases.find((c) => c.d.startsWith('the-native'))!
    expect(scoreAlignments([native.gold], [native.test]).f1Strict).toBeGreaterThanOrEqual(0.95)
    expect(scoreAlignments(cases.map((c) => c.gold), cases.map((c) => c.test)).f1Strict).toBeGreaterThanOrEqual(0.9)
  })
})
