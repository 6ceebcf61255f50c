// `npm run bench -- pos`: the two English part-of-speech taggers installed, compared for the fluency check —
// accuracy on the hand-tagged sample of bench/pos-sample.ts (native and garbled sentences apart), load time and
// memory in a fresh process, and tagging speed on the bundled story's sentences.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { BenchSection } from './run.js'
import { POS_SAMPLE } from './pos-sample.js'
import { STORY_DIR } from './pos-story.js'

export const name = 'pos'

type Tagger = (sentence: string) => { word: string; tag: string }[]

/** compromise's tag sets to Universal POS: the most specific tag wins. */
function universalOf(tags: readonly string[]): string {
  const has = (t: string): boolean => tags.includes(t)
  if (has('Pronoun') || has('Possessive')) return 'PRON'
  if (has('Determiner')) return 'DET'
  if (has('Preposition')) return 'ADP'
  if (has('Conjunction')) return 'CCONJ'
  if (has('Auxiliary') || has('Copula') || has('Modal')) return 'AUX'
  if (has('Value') || has('Cardinal')) return 'NUM'
  if (has('Verb')) return 'VERB'
  if (has('Adjective')) return 'ADJ'
  if (has('Adverb')) return 'ADV'
  if (has('ProperNoun')) return 'PROPN'
  if (has('Noun')) return 'NOUN'
  return 'X'
}

async function compromiseTagger(): Promise<Tagger> {
  const nlp = (await import('compromise')).default
  return (s) =>
    (nlp(s).terms().json() as { terms: { text: string; tags: string[] }[] }[]).map((t) => ({
      word: t.terms[0]!.text,
      tag: universalOf(t.terms[0]!.tags),
    }))
}

async function winkTagger(): Promise<Tagger> {
  const winkNLP = (await import('wink-nlp')).default
  const model = (await import('wink-eng-lite-web-model')).default
  const nlp = winkNLP(model, ['pos'])
  const its = nlp.its
  return (s) => {
    const tokens = nlp.readDoc(s).tokens()
    const words = tokens.out(its.value)
    const tags = tokens.out(its.pos)
    return words.map((word, i) => ({ word, tag: tags[i]! })).filter((t) => t.tag !== 'PUNCT')
  }
}

function accuracy(tag: Tagger, sample: readonly string[]): { right: number; total: number } {
  let right = 0
  let total = 0
  for (const line of sample) {
    const gold = line.split(' ').map((wt) => wt.split('/') as [string, string])
    const got = tag(gold.map(([w]) => w).join(' '))
    // the taggers tokenise alike on these sentences (no clitics, no hyphens); a word they split counts as wrong
    for (let i = 0; i < gold.length; i++) {
      total++
      if (got[i]?.tag === gold[i]![1]) right++
    }
  }
  return { right, total }
}

function loadCost(lib: 'compromise' | 'wink'): { ms: number; mb: number } {
  const code =
    lib === 'compromise'
      ? `const t=performance.now();const m=(await import('compromise')).default;m('Warm up.').terms().json();`
      : `const t=performance.now();const w=(await import('wink-nlp')).default;const m=(await import('wink-eng-lite-web-model')).default;const n=w(m,['pos']);n.readDoc('Warm up.').tokens().out(n.its.pos);`
  const before = `const h0=process.memoryUsage().rss;`
  const after = `console.log(JSON.stringify({ms:performance.now()-t,mb:(process.memoryUsage().rss-h0)/1048576}))`
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', before + code + after], { encoding: 'utf8' })
  return JSON.parse(out) as { ms: number; mb: number }
}

function storySentences(): string[] {
  const texts = readdirSync(STORY_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(STORY_DIR, f), 'utf8'))
  return texts.flatMap((t) => t.split(/(?<=[.!?])\s+/u)).filter((s) => /\p{L}{3}/u.test(s))
}

function speed(tag: Tagger, sentences: readonly string[]): number {
  for (const s of sentences) tag(s)
  const t0 = performance.now()
  let n = 0
  while (performance.now() - t0 < 1500) {
    for (const s of sentences) tag(s)
    n += sentences.length
  }
  return n / ((performance.now() - t0) / 1000)
}

export async function run(): Promise<BenchSection> {
  const native = POS_SAMPLE.slice(0, 14)
  const garbled = POS_SAMPLE.slice(14)
  const sentences = storySentences()
  const lines: string[] = ['  tagger        native acc   garbled acc   load ms   load MB   sentences/s']
  const figures: Record<string, unknown> = {}
  for (const [lib, make] of [['compromise', compromiseTagger], ['wink', winkTagger]] as const) {
    const cost = loadCost(lib)
    const tag = await make()
    const a = accuracy(tag, native)
    const b = accuracy(tag, garbled)
    const rate = speed(tag, sentences)
    const pct = (x: { right: number; total: number }): string => `${((100 * x.right) / x.total).toFixed(1)}% of ${x.total}`
    lines.push(`  ${lib.padEnd(12)}  ${pct(a).padEnd(11)}  ${pct(b).padEnd(12)}  ${cost.ms.toFixed(0).padStart(7)}   ${cost.mb.toFixed(1).padStart(7)}   ${rate.toFixed(0).padStart(11)}`)
    figures[lib] = { nativeAccuracy: a.right / a.total, garbledAccuracy: b.right / b.total, loadMs: cost.ms, loadMb: cost.mb, sentencesPerSecond: rate }
  }
  return { lines, figures }
}
