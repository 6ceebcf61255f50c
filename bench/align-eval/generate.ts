// Harder alignment cases with known answers, made from real text: a story's paragraphs are reordered, some
// sentences are dropped, split in two (at a comma, or by a stray full stop as MT does: "…military planes."
// + "chase."), merged with their neighbour, lightly edited, and sentences of another story are added. The
// gold alignment names sentences by text, like the hand-made gold (bench/align-eval/gold.ts).
import type { GoldFile } from './gold.js'

export interface GeneratedCase {
  readonly reference: string
  readonly variant: string
  readonly links: GoldFile['links']
}

export interface Rates {
  /** share of paragraphs moved to another place */
  readonly move: number
  readonly drop: number
  readonly split: number
  readonly merge: number
  /** foreign sentences added, per paragraph */
  readonly add: number
  /** chance that a kept sentence loses a word and has two neighbouring words swapped */
  readonly edit: number
}

export const DEFAULT_RATES: Rates = { move: 0.3, drop: 0.15, split: 0.1, merge: 0.1, add: 0.3, edit: 0.5 }

/** mulberry32: a small seeded generator, so a case is the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Piece {
  readonly text: string
  /** reference sentences it renders; empty for an added sentence */
  readonly from: readonly string[]
}

/** `paragraphs`: the story's sentences by paragraph; `foreign`: sentences of another story to add. */
export function generateCase(paragraphs: readonly (readonly string[])[], foreign: readonly string[], seed: number, rates: Rates = DEFAULT_RATES): GeneratedCase {
  const rnd = random(seed)
  // each foreign sentence at most once, so every variant sentence text names one sentence
  const spare = foreign.filter((f) => !paragraphs.some((p) => p.includes(f)))
  const order = paragraphs.map((_, i) => i)
  for (let k = 0; k < Math.round(rates.move * order.length); k++) {
    const [moved] = order.splice(Math.floor(rnd() * order.length), 1)
    order.splice(Math.floor(rnd() * (order.length + 1)), 0, moved as number)
  }
  const out: Piece[][] = []
  // pieces of one link stay together: a split's two halves, a merge's one sentence
  const groups: Piece[][] = []
  for (const p of order) {
    const pieces: Piece[] = []
    const sentences = paragraphs[p] as readonly string[]
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i] as string
      const next = sentences[i + 1]
      const roll = rnd()
      if (roll < rates.drop) continue
      if (roll < rates.drop + rates.merge && next !== undefined) {
        const merged = { text: `${s.replace(/[.!?]["”’]?$/, '')}; ${next}`, from: [s, next] }
        pieces.push(merged)
        groups.push([merged])
        i++
        continue
      }
      const halves = roll < rates.drop + rates.merge + rates.split ? split(s, rnd) : null
      if (halves) {
        const both = halves.map((text) => ({ text, from: [s] }))
        pieces.push(...both)
        groups.push(both)
        continue
      }
      const kept = { text: rnd() < rates.edit ? edit(s, rnd) : s, from: [s] }
      pieces.push(kept)
      groups.push([kept])
    }
    if (spare.length > 0 && rnd() < rates.add) {
      const added = { text: spare.splice(Math.floor(rnd() * spare.length), 1)[0] as string, from: [] }
      pieces.splice(Math.floor(rnd() * (pieces.length + 1)), 0, added)
      groups.push([added])
    }
    if (pieces.length > 0) out.push(pieces)
  }
  return {
    reference: paragraphs.map((p) => p.join(' ')).join('\n\n'),
    variant: out.map((p) => p.map((x) => x.text).join(' ')).join('\n\n'),
    links: groups.map((g) => ({ variant: g.map((x) => x.text), reference: g[0]?.from ?? [] })),
  }
}

/** Two halves at a comma near the middle, or, like MT, at a word with a stray full stop and no capital. */
function split(s: string, rnd: () => number): [string, string] | null {
  const words = s.split(' ')
  // the segmenter never ends a sentence inside a quotation, so neither does the generator
  if (words.length < 10 || /["“”]/.test(s)) return null
  const middle = words.slice(Math.floor(words.length * 0.35), Math.ceil(words.length * 0.65))
  const comma = middle.findIndex((w) => /[a-z],$/.test(w))
  const at = comma >= 0 && rnd() < 0.5 ? Math.floor(words.length * 0.35) + comma + 1 : Math.floor(words.length / 2)
  const head = words.slice(0, at).join(' ').replace(/[,;:]$/, '')
  const tail = words.slice(at).join(' ')
  if (!/^\p{L}/u.test(tail) || /[.!?]$/.test(head)) return null
  // a comma split reads as two sentences ("…in conflict. Which they revised…"); a mid-phrase one as MT garble
  const atComma = comma >= 0 && at !== Math.floor(words.length / 2)
  return [`${head}.`, atComma ? `${tail[0]?.toUpperCase()}${tail.slice(1)}` : tail]
}

/** Deletes one word and swaps two neighbours, keeping the first word (its capital) and the last (its stop). */
function edit(s: string, rnd: () => number): string {
  const words = s.split(' ')
  if (words.length < 6) return s
  words.splice(1 + Math.floor(rnd() * (words.length - 2)), 1)
  const i = 1 + Math.floor(rnd() * (words.length - 3))
  ;[words[i], words[i + 1]] = [words[i + 1] as string, words[i] as string]
  return words.join(' ')
}
