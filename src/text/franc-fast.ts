// franc's answer, computed faster. franc (6.x) scores a text against every language model of its script by
// looking each of the text's trigrams up in each model, an object of 300 trigrams: a 2,048-character document
// has about 1,200 distinct trigrams and Latin has 126 models, so one document call is ~150,000 property lookups
// (12 ms here; a quarter of audit()'s time on nt21, measured). This module reads franc's own models and turns
// them round once — trigram → (language, rank) postings — so each of the text's trigrams is looked up once.
// The arithmetic, the tie order (a stable sort over the models in franc's order) and the normalisation are
// franc's, step for step, and so is trigram-utils' cleaning of the text: tests/text/franc-fast.test.ts compares the two on every text the project ships, on
// franc's own models as text in every script, and on random strings, and bench/speed.ts on the bench sets.
import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'

/** [language, score], best first, as francAll returns them. */
export type LanguageTuple = [string, number]

const MAX_LENGTH = 2048 // franc's sample length
const MAX_DIFFERENCE = 300 // franc's distance for a trigram a model lacks

interface ScriptModels {
  readonly languages: readonly string[]
  /** trigram → flat pairs (language index, rank in that language's model) */
  readonly postings: ReadonlyMap<string, Int32Array>
}

const built = new Map<string, ScriptModels>()

function modelsOf(script: string, models: Record<string, string>): ScriptModels {
  const cached = built.get(script)
  if (cached) return cached
  const languages = Object.keys(models) // franc's order (for…in over own keys), which decides ties
  const lists = new Map<string, number[]>()
  languages.forEach((language, index) => {
    const model = models[language]!.split('|')
    // franc assigns ranks from the end down, so a trigram listed twice keeps its first (lowest) rank
    const ranks = new Map<string, number>()
    for (let rank = model.length - 1; rank >= 0; rank--) ranks.set(model[rank]!, rank)
    for (const [trigram, rank] of ranks) {
      let list = lists.get(trigram)
      if (!list) lists.set(trigram, (list = []))
      list.push(index, rank)
    }
  })
  const postings = new Map([...lists].map(([trigram, list]) => [trigram, Int32Array.from(list)] as const))
  const result = { languages, postings }
  built.set(script, result)
  return result
}

/**
 * The text's trigram counts as trigram-utils' asTuples computes them for franc (punctuation, symbols and ASCII
 * digits to spaces, white space collapsed and trimmed, lower case, padded with a space each side), in a Map:
 * franc only sums over them, so their order does not matter.
 */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
  const counts = new Map<string, number>()
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3)
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  }
  return counts
}

/** franc's script choice: the expression with the largest share of the text, the first one on a tie. */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1
  let top: string | undefined
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0
    if (count > topCount) {
      topCount = count
      top = script
    }
  }
  return [top, topCount]
}

/** The same list as `francAll(value, { minLength })` from franc (no `only`/`ignore`). */
export function francAllFast(value: string, minLength = 10): LanguageTuple[] {
  if (!value || value.length < minLength) return [['und', 1]]
  value = value.slice(0, MAX_LENGTH)
  const [script, share] = topScript(value)
  const models = script === undefined ? undefined : data[script]
  if (script === undefined || !models) return [[script === undefined || share === 0 ? 'und' : script, 1]]
  const { languages, postings } = modelsOf(script, models)
  const trigrams = trigramCounts(value)
  // every trigram starts at the full penalty in every model; the ones a model holds get |count − rank − 1|
  const distance = new Array<number>(languages.length).fill(trigrams.size * MAX_DIFFERENCE)
  for (const [trigram, count] of trigrams) {
    const list = postings.get(trigram)
    if (!list) continue
    for (let i = 0; i < list.length; i += 2) {
      let difference = count - list[i + 1]! - 1
      if (difference < 0) difference = -difference
      const language = list[i]!
      distance[language] = distance[language]! + difference - MAX_DIFFERENCE
    }
  }
  const tuples = languages.map((language, i): LanguageTuple => [language, distance[i]!])
  tuples.sort((a, b) => a[1] - b[1])
  const min = tuples[0]![1]
  const max = value.length * MAX_DIFFERENCE - min
  for (const tuple of tuples) tuple[1] = 1 - (tuple[1] - min) / max || 0
  return tuples
}

/** The same code as `franc(value, { minLength })`. */
export function francFast(value: string, minLength = 10): string {
  return francAllFast(value, minLength)[0]![0]
}
