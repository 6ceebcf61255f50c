// Alignment quality and speed: strict/lax P/R/F1 (vecalign's definitions, bench/align-eval/evaluate.ts) on the
// hand-made gold in tests/fixtures/*/gold.json, on generated cases (bench/align-eval/generate.ts) from the bundled
// story and, when ../shared/bench exists, from the WMT newstest2021 references; 1-1 recovery on WMT's
// one-sentence-per-line MT output; and the time to align texts of 150, 300 and 600 sentences.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareCase, regroup, storyParagraphs, wireReference, type ReadyCase } from './align-eval/cases.js'
import { scoreAlignments, type Alignment, type Scores } from './align-eval/evaluate.js'
import { generateCase } from './align-eval/generate.js'
import { goldAlignments, type GoldFile } from './align-eval/gold.js'
import { align } from '../src/align/index.js'
import { analyze } from '../src/analyze.js'
import { longDocumentsInOwnProcess, machine, speedInOwnProcess, speedPool, type Speed } from './align-speed.js'
import type { BenchSection } from './run.js'

export const name = 'align'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const story = join(root, 'reference', 'nato-stoltenberg-seoul-2023-01-30')
const shared = join(root, '..', 'shared', 'bench', 'nt21-zhen.dev.bundles.jsonl')
const SEEDS = 5

const fmt = (s: Scores) =>
  `strict P ${s.precisionStrict.toFixed(3)} R ${s.recallStrict.toFixed(3)} F1 ${s.f1Strict.toFixed(3)} · ` +
  `lax P ${s.precisionLax.toFixed(3)} R ${s.recallLax.toFixed(3)} F1 ${s.f1Lax.toFixed(3)}`

function goldSection(): { scores: Scores; perFile: Record<string, number> } {
  const fixtures = join(root, 'tests', 'fixtures')
  const gold: Alignment[][] = []
  const test: Alignment[][] = []
  const perFile: Record<string, number> = {}
  for (const dir of readdirSync(fixtures).sort()) {
    const file = join(fixtures, dir, 'gold.json')
    if (!existsSync(file)) continue
    const g = JSON.parse(readFileSync(file, 'utf8')) as GoldFile
    const read = (f: string, role: 'reference' | 'variant') => analyze({ id: f, role, text: readFileSync(join(story, f), 'utf8') }, false)
    const variant = read(g.variant, 'variant')
    const reference = read(g.reference, 'reference')
    gold.push(goldAlignments(g, variant, reference))
    test.push(align(variant, reference))
    perFile[dir] = scoreAlignments([gold.at(-1) ?? []], [test.at(-1) ?? []]).f1Strict
  }
  return { scores: scoreAlignments(gold, test), perFile }
}

/** WMT references as stories: three lines to a paragraph (the set has no paragraph breaks). */
function wmtStories(): string[][][] {
  if (!existsSync(shared)) return []
  return readFileSync(shared, 'utf8').trim().split('\n').map((line) => {
    const lines = (JSON.parse(line) as { reference: { text: string } }).reference.text.split('\n').filter((l) => l.trim())
    const paragraphs: string[] = []
    for (let i = 0; i < lines.length; i += 3) paragraphs.push(lines.slice(i, i + 3).join(' '))
    return storyParagraphs(paragraphs.join('\n\n'), ['body', 'headline', 'subhead', 'caption', 'dateline', 'byline'])
  })
}

/** `wire`: the reference one sentence to a paragraph, so merges cross paragraph breaks (cases.ts). */
function generated(stories: readonly string[][][], wire = false): { scores: Scores; cases: number; skipped: number } {
  const ready: ReadyCase[] = []
  let skipped = 0
  stories.forEach((s, k) => {
    const foreign = (stories[(k + 1) % stories.length] ?? []).flat()
    for (let seed = 1; seed <= SEEDS; seed++) {
      const made = generateCase(s, foreign, seed * 1000 + k)
      const c = prepareCase(wire ? wireReference(made, s) : made, `case-${k}-${seed}`)
      if (c) ready.push(c)
      else skipped++
    }
  })
  return { scores: scoreAlignments(ready.map((c) => c.gold), ready.map((c) => align(c.variant, c.reference))), cases: ready.length, skipped }
}

/** Each MT system's output against the human reference, line i ↔ line i. */
function segmented(): Scores | null {
  if (!existsSync(shared)) return null
  const gold: Alignment[][] = []
  const test: Alignment[][] = []
  for (const line of readFileSync(shared, 'utf8').trim().split('\n')) {
    const b = JSON.parse(line) as { reference: { id: string; text: string }; variants: { id: string; text: string }[] }
    const reference = analyze({ id: b.reference.id, role: 'reference', text: b.reference.text }, true)
    for (const v of b.variants) {
      const variant = analyze({ id: v.id, role: 'variant', text: v.text }, true)
      if (variant.sentences.length !== reference.sentences.length) continue
      gold.push(variant.sentences.filter((s) => s.text.trim()).map((s) => ({ variant: [s.index], reference: [s.index] })))
      test.push(align(variant, reference))
    }
  }
  return scoreAlignments(gold, test)
}

export async function run(): Promise<BenchSection> {
  const lines: string[] = []
  const gold = goldSection()
  lines.push(`hand-made gold (${Object.keys(gold.perFile).length} seed variants vs 000): ${fmt(gold.scores)}`)
  for (const [file, f1] of Object.entries(gold.perFile)) lines.push(`  ${file}: strict F1 ${f1.toFixed(3)}`)
  const own = generated([regroup(storyParagraphs(readFileSync(join(story, '000_f38d99857537e291.txt'), 'utf8')), 3)])
  lines.push(`generated from reference/ 000 (${own.cases} cases, ${own.skipped} skipped): ${fmt(own.scores)}`)
  const wmt = wmtStories()
  const wide = wmt.length ? generated(wmt) : null
  if (wide) lines.push(`generated from newstest2021 references (${wide.cases} cases, ${wide.skipped} skipped): ${fmt(wide.scores)}`)
  else lines.push('generated from newstest2021: skipped (../shared/bench not found)')
  const wire = wmt.length ? generated(wmt, true) : null
  if (wire) lines.push(`  same, reference one sentence a paragraph (${wire.cases} cases, ${wire.skipped} skipped): ${fmt(wire.scores)}`)
  const seg = segmented()
  lines.push(seg ? `newstest2021 MT output, one sentence a line, vs gold i↔i: ${fmt(seg)}` : 'segmented WMT: skipped')
  const sentences = (wmt.length ? wmt : [storyParagraphs(readFileSync(join(story, '000_f38d99857537e291.txt'), 'utf8'))]).flat(2)
  const pool = speedPool(sentences, [join(dirname(shared), 'gen23-zhen.dev.bundles.jsonl'), shared])
  const ms = speedInOwnProcess(pool, [150, 300, 600])
  const show = (n: string, t: Speed) => `${t.variant === Number(n) && t.reference === Number(n) ? `${n}×${n}` : `${t.variant}×${t.reference}`} ${t.medianMs.toFixed(1)} ms (fastest ${t.minMs.toFixed(1)}, CPU ${t.cpuMs.toFixed(1)})`
  lines.push(`speed, median of 15 after 5 warm-up runs, in a process of its own, one thread (${machine()}): ${Object.entries(ms).map(([n, t]) => show(n, t)).join(' · ')}`)
  // past a thousand sentences a side the aligner stops scoring every pair (src/align/scores.ts): both ways
  const long = longDocumentsInOwnProcess(pool, [2000, 4000, 8000])
  lines.push(`long documents, every pair scored against the long-text path (CPU ms of align(), strict F1 of its links against every pair's):`)
  for (const t of Object.values(long)) lines.push(`  ${t.variant}×${t.reference}: every pair ${t.exactCpuMs} ms, long-text path ${t.sparseCpuMs} ms, agreement ${t.agreement.toFixed(4)}`)
  return {
    lines,
    figures: { gold: gold.scores, goldPerFile: gold.perFile, generatedOwn: own, generatedWmt: wide, generatedWmtWire: wire, segmentedWmt: seg, ms, long },
  }
}
