// Quantities in a sentence — counts, money, percentages, years, dates, weekdays, scores — normalised so that
// "14 vessels" and "fourteen vessels", "20 million euros" and "€20 million", "7.5%" and "7.5 per cent",
// "100,000", "100 000" and "100k" compare equal.
import { functionWordSubset } from '../../text/english-words.js'
import { allMatches } from '../../text/match-all.js'
import { numberWords, SCALES } from '../../text/number-words.js'
import type { AnalyzedDocument, BundleContext } from '../../types.js'

export type QuantityKind = 'count' | 'ordinal' | 'money' | 'percent' | 'year' | 'date' | 'weekday' | 'score'

export interface Quantity {
  readonly kind: QuantityKind
  readonly value: number
  /** the last significant place as written: 1000 for "36,000", 0.01 for "1.29", 1e9 for "1 billion" */
  readonly precision: number
  /** currency for money ("USD"), else the content words after the number, singular ("tank", "abrams") */
  readonly unit: readonly string[]
  /** "about 30,000", "more than 1%": the writer rounded on purpose */
  readonly approximate: boolean
  /** offsets into the sentence text */
  readonly start: number
  readonly end: number
}

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const DATE = new RegExp(`\\b(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH})\\b(?:,?\\s+(\\d{4})\\b)?`, 'g')
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'g')
const WEEKDAY = /\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g
const SCORE = /(?<![\d.,-])(\d{1,2})-(\d{1,2})(?![\d\p{L}-])/gu
export const DIGITS = /(?<![\p{L}\d.,$€£-])(US\$|\$|€|£|¥)?(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+)(?:\.(\d+))?(st|nd|rd|th)?(?!(?!(?:k|m|bn|mn|tn)\b)[\p{L}\d]|[.,]\d)/gu
// DIGITS opens with a look-behind, which the engine tries at every position of a sentence before it looks for a
// digit, and most positions hold none: the pattern is tried, anchored, only where a match can
// start, at a digit or the first character of a currency prefix ("US$", "€").
const DIGITS_ANCHORED = new RegExp(DIGITS.source, 'uy')
const DIGITS_START = /[\dU$€£¥]/g
// a date names its month ("March 14", "November 2021"), and most sentences with digits name none
const MONTH_NAME = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/
const SCALE = /^[ \u00a0]?(hundred|thousand|million|billion|trillion|bn|mn|mln|m|k|tn)\b/i
const PERCENT = /^\s?(%|percent\b|per cent\b|percentage points?\b)/i
const CURRENCY_WORD = /^\s?(?:(US|U\.S\.|United States|American)\s)?(dollars?|euros?|pounds?|sterling|yen|yuan|won|francs?)\b/i
const CURRENCY: Record<string, string> = { $: 'USD', us$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', dollar: 'USD', euro: 'EUR', pound: 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY', won: 'KRW', franc: 'CHF' }
const APPROXIMATE = /\b(?:about|around|some|nearly|almost|roughly|approximately|more than|over|under|less than|fewer than|up to|at least|close to|just over|just under)\s+$/i
const FUNCTION = functionWordSubset('of the a an its their his her to in and or for on at by with from that which were was had have has are is')

// both patterns end in "s": most words do not, and are only lower-cased
function singular(word: string): string {
  const lower = word.toLowerCase()
  return lower.endsWith('s') ? lower.replace(/(?<=\w{3})(?:ies)$/, 'y').replace(/(?<=\w{2}[^s])s$/, '') : lower
}

/** The content words after a number, singular: "Leopard 2 tanks" → ["leopard", "tank"]. */
function unitWords(after: string): string[] {
  const words = after.match(/^[\s-]*([\p{L}\d]+(?:[\s-]+[\p{L}\d]+){0,3})/u)?.[1]?.split(/[\s-]+/) ?? []
  return words.filter((w) => !FUNCTION.has(w.toLowerCase()) && !/\d/.test(w)).slice(0, 3).map(singular)
}

const CLAUSE_BREAKS = ',;:()–—'

/**
 * The content words around a quantity in its clause (four before, three after), singular: what it is about.
 * "the Dow Jones Industrial Average down 1.3% at 33,002" and "the 10-year Treasury note rose to 4.8%" share none.
 */
export function contextWords(sentence: string, q: Pick<Quantity, 'start' | 'end'>): string[] {
  // content words only, and only those kept are made singular (a long clause before the number keeps four)
  const words = (text: string) => (text.match(/[\p{L}]+/gu) ?? []).filter((w) => !FUNCTION.has(w.toLowerCase()))
  const lastFour = (text: string) => words(text).slice(-4).map(singular)
  const firstThree = (text: string) => words(text).slice(0, 3).map(singular)
  // within the clause: "rose to 4.8%, its highest since 2007, and investors bet…" is not about "investors"
  let from = q.start
  while (from > 0 && !CLAUSE_BREAKS.includes(sentence[from - 1]!)) from--
  let to = q.end
  while (to < sentence.length && !CLAUSE_BREAKS.includes(sentence[to]!)) to++
  const clause = [...lastFour(sentence.slice(from, q.start)), ...firstThree(sentence.slice(q.end, to))]
  // "fell 430.97 points, or 1.29%, to 33,002.38": a clause of its own says nothing, so widen to the sentence
  return clause.length > 0 ? clause : [...lastFour(sentence.slice(0, q.start)), ...firstThree(sentence.slice(q.end))]
}

/** The matches of DIGITS in a sentence, as allMatches(sentence, DIGITS) finds them. */
export function digitMatches(sentence: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  DIGITS_START.lastIndex = 0
  for (let start = DIGITS_START.exec(sentence); start; start = DIGITS_START.exec(sentence)) {
    DIGITS_ANCHORED.lastIndex = start.index
    const match = DIGITS_ANCHORED.exec(sentence)
    if (!match) continue
    found.push(match)
    DIGITS_START.lastIndex = match.index + match[0].length
  }
  return found
}

function precisionOf(digits: string, decimals: string | undefined, scale: number): number {
  if (decimals) return 10 ** -decimals.length * scale
  const zeros = digits.replace(/\D/g, '').match(/0*$/)![0].length
  return 10 ** zeros * scale
}

// A reference sentence is compared with each variant sentence linked to it (eight systems' copies: eight times):
// its quantities are found once per bundle, on first use.
const perSentence = (document: AnalyzedDocument) => new Array<readonly Quantity[] | undefined>(document.sentences.length)

/** quantities() of sentence `index` of a document, computed once per document, sentence and bundle. */
export function sentenceQuantities(bundle: BundleContext, document: AnalyzedDocument, index: number): readonly Quantity[] {
  const cache = bundle.derived(document, perSentence)
  return (cache[index] ??= quantities(document.sentences[index]!.text))
}

export function quantities(sentence: string): Quantity[] {
  const found: Quantity[] = []
  const taken: [number, number][] = []
  const free = (start: number, end: number) => !taken.some(([s, e]) => start < e && end > s)
  const add = (q: Omit<Quantity, 'approximate' | 'unit'> & { unit?: readonly string[] }) => {
    if (!free(q.start, q.end)) return
    taken.push([q.start, q.end])
    // one object shape for every quantity, not { unit: [], ...q }, whose keys came in two orders (with or without a unit)
    const approximate = APPROXIMATE.test(sentence.slice(Math.max(0, q.start - 20), q.start))
    found.push({ kind: q.kind, value: q.value, precision: q.precision, unit: q.unit ?? [], approximate, start: q.start, end: q.end })
  }
  const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1
  // DATE, MONTH_YEAR, SCORE and DIGITS all need a digit, and most sentences have none ("Kyiv asked for tanks.")
  const digits = /\d/.test(sentence)
  const dated = digits && MONTH_NAME.test(sentence)
  for (const m of dated ? allMatches(sentence, DATE) : []) {
    const day = Number(m[2] ?? m[3])
    const end = m.index + m[0].length
    const dateText = m[5] ? m[0].slice(0, -4).replace(/[,\s]+$/, '') : m[0]
    add({ kind: 'date', value: month(m[1] ?? m[4]!) * 100 + day, precision: 1, start: m.index, end: m.index + dateText.length })
    if (m[5]) add({ kind: 'year', value: Number(m[5]), precision: 1, start: end - 4, end })
  }
  for (const m of dated ? allMatches(sentence, MONTH_YEAR) : []) add({ kind: 'year', value: Number(m[2]), precision: 1, start: m.index + m[0].length - 4, end: m.index + m[0].length })
  // every weekday ends in "day" (case-sensitive like WEEKDAY), and most sentences name none
  for (const m of sentence.includes('day') ? allMatches(sentence, WEEKDAY) : []) add({ kind: 'weekday', value: ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'].indexOf(m[1]!.toLowerCase()), precision: 1, start: m.index, end: m.index + m[0].length })
  // a score has a hyphen between its digits ("2-1"): sentences with digits but no hyphen ("up 1.3%") skip SCORE
  for (const m of digits && sentence.includes('-') ? allMatches(sentence, SCORE) : []) {
    const [a, b] = [Number(m[1]), Number(m[2])]
    // a score reads either way round ("beat United 2-1", "lost 1-2 to City"): compare the pair, not the order
    add({ kind: 'score', value: Math.max(a, b) * 100 + Math.min(a, b), precision: 1, start: m.index, end: m.index + m[0].length })
  }
  const numbers: [number, number, number, number, string][] = [] // start, end, value, precision, currency
  for (const m of digits ? digitMatches(sentence) : []) {
    const before = sentence.slice(0, m.index)
    // a model or list number after a name: "Leopard 2", "Article 5", "No. 2"; the name is the word before the
    // number, and a match of the pattern holds no space but its last character, so only that word is read
    const lastWord = before.slice(before.lastIndexOf(' ', before.length - 2) + 1)
    if (!m[1] && /\p{Lu}[\p{L}.]*\s$/u.test(lastWord) && !/(?:^|[.!?]\s+)\S+\s$/.test(before)) continue
    const digits = m[2]!
    const value = Number(`${digits.replace(/\D/g, '')}${m[3] ? `.${m[3]}` : ''}`)
    if (m[4]) {
      add({ kind: 'ordinal', value, precision: 1, start: m.index, end: m.index + m[0].length, unit: unitWords(sentence.slice(m.index + m[0].length)) })
      continue
    }
    numbers.push([m.index, m.index + m[0].length, value, precisionOf(digits, m[3], 1), CURRENCY[m[1]?.toLowerCase() ?? ''] ?? ''])
  }
  for (const [start, end, value] of numberWords(sentence)) {
    // "one of the most powerful weapons": a bare "one" is a pronoun more often than a count
    if (value === 1 && !SCALE.test(sentence.slice(end))) continue
    numbers.push([start, end, value, 1, ''])
  }
  for (const [start, numberEnd, raw, rawPrecision, prefix] of numbers) {
    let end = numberEnd
    let value = raw
    let precision = rawPrecision
    const scale = sentence.slice(end).match(SCALE)
    if (scale && !(scale[1] === 'm' && !prefix)) {
      const factor = SCALES[scale[1]!.toLowerCase()]!
      value *= factor
      precision *= factor
      end += scale[0].length
    }
    const percent = sentence.slice(end).match(PERCENT)
    const currency = sentence.slice(end).match(CURRENCY_WORD)
    if (percent) add({ kind: 'percent', value, precision, start, end: end + percent[0].length })
    else if (prefix || currency) add({ kind: 'money', value, precision, start, end: end + (currency?.[0].length ?? 0), unit: [prefix || CURRENCY[singular(currency![2]!)]!] })
    else if (Number.isInteger(value) && value >= 1900 && value <= 2099 && precision === 1 && !/^\s?\p{L}+s\b/u.test(sentence.slice(end)))
      add({ kind: 'year', value, precision, start, end })
    else add({ kind: 'count', value, precision, start, end, unit: unitWords(sentence.slice(end)) })
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Two renderings of one quantity: equal, or one the other rounded ("1.3%" / "1.29%", "more than 83,000" / "83,179"). */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'money' && a.unit[0] !== b.unit[0]) return false
  const diff = Math.abs(a.value - b.value)
  if (diff < 1e-9) return true
  const coarser = Math.max(a.precision, b.precision)
  // "31 tanks" and "30 tanks" are two facts; rounding is for large numbers, decimals, or when the text says so
  const rounded = Math.max(a.value, b.value) >= 100 || !Number.isInteger(a.value) || !Number.isInteger(b.value) || a.approximate || b.approximate
  return rounded && diff <= coarser / 2 && diff / Math.max(Math.abs(a.value), Math.abs(b.value)) <= 0.05
}
