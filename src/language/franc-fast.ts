// franc's answer, computed faster. franc (6.x) scores a text against every language model of its script by
// looking each of the text's trigrams up in each model, an object of 300 trigrams: a 2,048-character document
// has about 1,200 distinct trigrams and Latin has 126 models, so one document call is ~150,000 property lookups
// (docs/benchmarks.md has what that cost). This module scores with franc's own models turned round —
// trigram → (language, rank) postings, made at build time by franc-models.ts — so each of the text's trigrams is
// looked up once.
// The arithmetic, the tie order (a stable sort over the models in franc's order) and the normalisation are
// franc's, step for step, and so is trigram-utils' cleaning of the text: tests/language/franc-fast.test.ts compares
// the two on every text the project ships, on franc's own models as text in every script, and on random
// strings, and bench/speed.ts on the bench sets.
//
// No string per trigram either: a trigram is three UTF-16 units, kept as two integers (the first two units, the
// third) in open-addressing tables — the models' once, the text's unknown ones per call — or, for the space and
// a–z, as an index: slicing and hashing 2,000 trigram strings a document would be as slow as franc's
// arithmetic itself.
import { expressions } from 'franc/expressions.js'
import { asciiCode, builtModels, modelsOf, type ScriptModels, slotOf } from './franc-models.js'

/** [language, score], best first, as francAll returns them. */
export type LanguageTuple = [string, number]

/** franc's sample: it reads only the first MAX_LENGTH characters of a text */
export const MAX_LENGTH = 2048
const MAX_DIFFERENCE = 300 // franc's distance for a trigram a model lacks

// What trigram-utils' cleaning does to each UTF-16 unit, filled in as units are first seen: SEPARATOR for a
// unit that becomes a space (punctuation, symbols and ASCII digits in \u0021-\u0040, and white space: a run of
// them becomes one space, and none at either end), else the unit in lower case + 1, or IRREGULAR where lower
// case is not one unit for one unit: "İ" lower-cases to two units, "Σ" to "σ" or, ending a word, "ς", and a
// surrogate's case is its pair's. A text with none of those is cleaned in the pass that counts its trigrams.
export const SEPARATOR = -1
export const IRREGULAR = -2
const CLEANED = new Int32Array(65536)

/** trigram-utils' cleaning of one UTF-16 unit, as above; exported for the tests, which check it on every unit */
export function cleanedUnit(unit: number): number {
  let cleaned = CLEANED[unit]!
  if (cleaned === 0) {
    const ch = String.fromCharCode(unit)
    const lower = ch.toLowerCase()
    if (/[\u0021-\u0040\s]/.test(ch)) cleaned = SEPARATOR
    else if (lower.length !== 1 || unit === 0x3a3 || (unit >= 0xd800 && unit <= 0xdfff)) cleaned = IRREGULAR
    else cleaned = lower.charCodeAt(0) + 1
    CLEANED[unit] = cleaned
  }
  return cleaned
}

// The text's trigrams, per call: the ones in the script's models counted per trigram id (in the models'
// countStamp and count, stamped with the call's number) with the ids in found[0, foundIds); the others only
// told apart (franc's distance counts each distinct one once), in a table stamped the same way. Nothing is
// cleared between calls.
let stamp = 0
let found = new Int32Array(1024)
let foundIds = 0
let unknownStamp = new Int32Array(4096)
let unknownHigh = new Int32Array(4096)
let unknownLow = new Int32Array(4096)
let unknownMask = 4095
let unknownDistinct = 0

/** A new call's count of at most `trigrams` trigrams: a new stamp, and room in the table of unknown ones */
function startCounting(trigrams: number): void {
  let tableSize = 16
  while (tableSize < 2 * trigrams) tableSize *= 2
  if (unknownStamp.length < tableSize) {
    unknownStamp = new Int32Array(tableSize)
    unknownHigh = new Int32Array(tableSize)
    unknownLow = new Int32Array(tableSize)
    unknownMask = tableSize - 1
  }
  if (++stamp === 0x7fffffff) {
    unknownStamp.fill(0)
    for (const models of builtModels()) models.countStamp.fill(0)
    stamp = 1
  }
  foundIds = 0
  unknownDistinct = 0
}

function countId({ countStamp, count }: ScriptModels, id: number): void {
  if (countStamp[id] === stamp) {
    count[id]!++
  } else {
    countStamp[id] = stamp
    count[id] = 1
    if (foundIds === found.length) {
      const grown = new Int32Array(2 * foundIds)
      grown.set(found)
      found = grown
    }
    found[foundIds++] = id
  }
}

/** counts the trigram of halves h and l: by its id when the models hold it, else as one of the unknown ones */
function countTrigram(models: ScriptModels, h: number, l: number): void {
  const { high, low, idPlusOne } = models
  const mask = idPlusOne.length - 1
  let s = slotOf(h, l, mask)
  let id = idPlusOne[s]!
  while (id !== 0 && !(high[s] === h && low[s] === l)) {
    s = (s + 1) & mask
    id = idPlusOne[s]!
  }
  if (id !== 0) {
    countId(models, id)
    return
  }
  s = slotOf(h, l, unknownMask)
  while (unknownStamp[s] === stamp && !(unknownHigh[s] === h && unknownLow[s] === l)) s = (s + 1) & unknownMask
  if (unknownStamp[s] !== stamp) {
    unknownStamp[s] = stamp
    unknownHigh[s] = h
    unknownLow[s] = l
    unknownDistinct++
  }
}

// The text as trigram-utils cleans it, in a buffer reused from call to call
let cleaned = new Uint16Array(MAX_LENGTH + 2)

/**
 * The text as trigram-utils' asTuples cleans it for franc (punctuation, symbols and ASCII digits to spaces,
 * white space collapsed and trimmed, lower case, padded with a space each side), into `cleaned`, built in one
 * pass over the units without the three strings trigram-utils makes (its replace, trim and lower-casing, each a
 * copy of the document); returns its length.
 */
function clean(value: string): number {
  if (cleaned.length < value.length + 2) cleaned = new Uint16Array(value.length + 2)
  cleaned[0] = 0x20
  let length = 1
  let space = false // a separator since the last word: a space is due before the next
  for (let i = 0; i < value.length; i++) {
    const unit = cleanedUnit(value.charCodeAt(i))
    if (unit === SEPARATOR) {
      space = length > 1 // none before the first word: the text is trimmed
    } else if (unit === IRREGULAR) {
      return cleanAsWritten(value)
    } else {
      if (space) cleaned[length++] = 0x20
      space = false
      cleaned[length++] = unit - 1
    }
  }
  cleaned[length++] = 0x20
  return length
}

/** clean() for a text with an IRREGULAR unit: trigram-utils' cleaning as it is written */
function cleanAsWritten(value: string): number {
  // one pass for trigram-utils' two: a run of [\u0021-\u0040] became one space, and then a run of white space
  // (the new spaces among it) one space, so a run of either becomes one space
  const padded = ` ${value.replace(/[\u0021-\u0040\s]+/g, ' ').trim().toLowerCase()} `
  if (cleaned.length < padded.length) cleaned = new Uint16Array(padded.length)
  for (let i = 0; i < padded.length; i++) cleaned[i] = padded.charCodeAt(i)
  return padded.length
}

/** The cleaned text's trigrams, counted as above; returns how many are distinct. franc only sums over them, so
 *  their order does not matter. */
function countTrigrams(value: string, models: ScriptModels): number {
  const length = clean(value)
  startCounting(length)
  let asciiRun = 0 // how many units up to i are the space or a–z
  let asciiIndex = 0 // the index of the last three of them
  for (let i = 0; i < length; i++) {
    const code = asciiCode(cleaned[i]!)
    if (code >= 0) {
      asciiIndex = (asciiIndex % 729) * 27 + code
      asciiRun++
    } else {
      asciiRun = 0
    }
    if (i < 2) continue
    if (asciiRun >= 3) countId(models, asciiIndex + 1)
    else countTrigram(models, (cleaned[i - 2]! << 16) | cleaned[i - 1]!, cleaned[i]!)
  }
  return foundIds + unknownDistinct
}

/** Each model's distance from the counted trigrams: franc's sum of |count − rank − 1|, 300 for a missing one. */
function distances({ languages, offsets, postings, count }: ScriptModels, distinct: number): Int32Array {
  // every trigram starts at the full penalty in every model; the ones a model holds get |count − rank − 1|
  const distance = new Int32Array(languages.length).fill(distinct * MAX_DIFFERENCE)
  for (let k = 0; k < foundIds; k++) {
    const id = found[k]!
    const times = count[id]!
    for (let i = offsets[id - 1]!, end = offsets[id]!; i < end; i += 2) {
      distance[postings[i]!]! += Math.abs(times - postings[i + 1]! - 1) - MAX_DIFFERENCE
    }
  }
  return distance
}

// franc's script expressions, by code unit: bit k set when expression k matches the unit on its own. A
// text without surrogates is counted from this table in one pass instead of 30 regular-expression scans;
// filled in as units are first seen.
const SCRIPTS = Object.keys(expressions)
const SINGLE_UNIT = SCRIPTS.map((script) => new RegExp(`^(?:${expressions[script]!.source})$`))
const KNOWN = 1 << 30
const SCRIPT_BITS = new Int32Array(65536)

function scriptBitsOf(unit: number): number {
  let bits = SCRIPT_BITS[unit]!
  if (bits === 0) {
    const ch = String.fromCharCode(unit)
    bits = KNOWN
    SINGLE_UNIT.forEach((expression, k) => {
      if (expression.test(ch)) bits |= 1 << k
    })
    SCRIPT_BITS[unit] = bits
  }
  return bits
}

// Scratch space of scriptMatches: how often each UTF-16 unit occurs in the text, and the distinct units
const unitCount = new Int32Array(65536)
let distinctUnits = new Int32Array(256)

/** How many times each script's expression matches in `value`, as value.match(expression).length counts. Each
 *  distinct unit is looked up once with its count: a 2,048-character document has about 60 of them, against
 *  a loop over the scripts for each of its 2,048 characters. */
function scriptMatches(value: string): number[] {
  let distinct = 0
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i)
    const seen = unitCount[unit]!
    unitCount[unit] = seen + 1
    if (seen !== 0) continue
    if (distinct === distinctUnits.length) {
      const grown = new Int32Array(2 * distinct)
      grown.set(distinctUnits)
      distinctUnits = grown
    }
    distinctUnits[distinct++] = unit
  }
  let surrogates = false
  const counts = SCRIPTS.map(() => 0)
  for (let k = 0; k < distinct; k++) {
    const unit = distinctUnits[k]!
    const count = unitCount[unit]!
    unitCount[unit] = 0
    if (unit >= 0xd800 && unit <= 0xdfff) surrogates = true
    let bits = scriptBitsOf(unit) & ~KNOWN
    while (bits !== 0) {
      const script = 31 - Math.clz32(bits)
      counts[script]! += count
      bits &= ~(1 << script)
    }
  }
  // franc's expressions match astral characters as surrogate pairs: leave such texts to them
  if (surrogates) return SCRIPTS.map((script) => value.match(expressions[script]!)?.length ?? 0)
  return counts
}

/** franc's script choice: the expression with the largest share of the text, the first one on a tie. */
function topScript(value: string): [string | undefined, number] {
  const matches = scriptMatches(value)
  let topCount = -1
  let top: string | undefined
  SCRIPTS.forEach((script, k) => {
    const count = matches[k]! / value.length || 0
    if (count > topCount) {
      topCount = count
      top = script
    }
  })
  return [top, topCount]
}

/** franc's answer when it gives one without scoring models, else the script's models and their distances. */
function scored(value: string, minLength: number): LanguageTuple[] | { models: ScriptModels; distance: Int32Array; length: number } {
  if (!value || value.length < minLength) return [['und', 1]]
  value = value.slice(0, MAX_LENGTH)
  const [script, share] = topScript(value)
  const scriptModels = script === undefined ? undefined : modelsOf(script)
  if (script === undefined || !scriptModels) return [[script === undefined || share === 0 ? 'und' : script, 1]]
  return { models: scriptModels, distance: distances(scriptModels, countTrigrams(value, scriptModels)), length: value.length }
}

/** The same list as `francAll(value, { minLength })` from franc (no `only`/`ignore`). */
export function francAllFast(value: string, minLength = 10): LanguageTuple[] {
  const result = scored(value, minLength)
  if (Array.isArray(result)) return result
  const { models, distance, length } = result
  const tuples = models.languages.map((language, i): LanguageTuple => [language, distance[i]!])
  tuples.sort((a, b) => a[1] - b[1])
  const min = tuples[0]![1]
  const max = length * MAX_DIFFERENCE - min
  for (const tuple of tuples) tuple[1] = 1 - (tuple[1] - min) / max || 0
  return tuples
}

/** The same code as `franc(value, { minLength })`: the first of francAll's list, the nearest model, the first
 *  in franc's order on a tie (its sort is stable), found without sorting. */
export function francFast(value: string, minLength = 10): string {
  const result = scored(value, minLength)
  if (Array.isArray(result)) return result[0]![0]
  const { models, distance } = result
  let best = 0
  for (let i = 1; i < distance.length; i++) if (distance[i]! < distance[best]!) best = i
  return models.languages[best]!
}
