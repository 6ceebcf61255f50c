import { storyMatches } from '../text/neighbours.js'
import type { AnalyzedDocument, Check, Draft } from '../types.js'

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)'
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)'

// "on Tuesday (26)": Portuguese and Brazilian copy gives the day of the month in brackets after the weekday
// ("terça-feira (26)"); English never does, and readers take "(26)" for an age or a count.
const WEEKDAY_BRACKET = new RegExp(`\\b${WEEKDAY}\\s*\\(([1-9]|[12]\\d|3[01])\\)`, 'gu')

// A weekday with a full date: "Tuesday, September 26, 2023", "Tuesday, Sept. 26", "Tuesday 26 September 2023".
const WEEKDAY_DATE = new RegExp(
  `\\b${WEEKDAY},?\\s+(?:${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b\\.?)(?:,?\\s+((?:19|20)\\d{2})\\b)?`,
  'gu',
)
// A date with a month name: "September 31", "31 September 2023" — checked against the month's length.
const MONTH_DAY = new RegExp(`\\b(?:${MONTH}\\.?\\s+(\\d{1,2})(?![\\d:.,]\\d)(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b)(?:,?\\s+((?:19|20)\\d{2})\\b)?`, 'gu')
// The date a page was stored or published, the anchor for a weekday given without a year: an ISO stamp
// ("2023-09-27") or a full date with a year ("September 27, 2023", "27 September 2023").
const ISO_DATE = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/gu

// "at 15h30": the French and Portuguese way to write a time, kept in English copy ("3:30 p.m.", "15:30")
const H_TIME = /(?<![\p{L}\d])(?:[01]?\d|2[0-3])h[0-5]\d(?![\p{L}\d])/gu

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase())
const daysIn = (month: number, year: number | undefined) =>
  month === 1 ? (year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]!
const DAY_MS = 86_400_000
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`

/** The dates the text states with a year, as UTC day numbers: where an undated weekday is read from. */
function anchors(document: AnalyzedDocument): number[] {
  const found: number[] = []
  const { text } = document.doc
  for (const m of text.matchAll(ISO_DATE)) found.push(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS)
  for (const { match } of storyMatches(document, MONTH_DAY)) {
    const year = match[5]
    if (year === undefined) continue
    const month = monthOf(match[1] ?? match[4]!)
    const day = Number(match[2] ?? match[3])
    if (day >= 1 && day <= daysIn(month, Number(year))) found.push(Date.UTC(Number(year), month, day) / DAY_MS)
  }
  return found
}

/**
 * The year of a weekday-date given without one: the year that puts it nearest a date the text states in full,
 * if one lies within 45 days ("Tuesday, Sept. 26" in a story stamped 2023-09-27 is 26 September 2023). None near:
 * no year, and the weekday is not checked — a story may recall last year's events.
 */
function yearFor(month: number, day: number, near: readonly number[]): number | undefined {
  let best: { year: number; distance: number } | undefined
  for (const anchor of near) {
    const year = new Date(anchor * DAY_MS).getUTCFullYear()
    for (const y of [year - 1, year, year + 1]) {
      const distance = Math.abs(Date.UTC(y, month, day) / DAY_MS - anchor)
      if (distance <= 45 && (!best || distance < best.distance)) best = { year: y, distance }
    }
  }
  return best?.year
}

const dateGarble: Check = {
  id: 'date-garble',
  category: 'Accuracy/Mistranslation',
  severity: 'minor',
  needs: 'variant',
  description: 'Finds broken dates and times: "Tuesday (26)", a weekday off its date, a day the month lacks, "15h30".',
  explanation:
    'Portuguese copy writes "terça-feira (26)", and MT keeps it: "on Tuesday (26)", which English readers take for ' +
    'an age. A weekday given with a full date is checked against the calendar when the year is known — stated, ' +
    'or the year of a full date the text gives within 45 days: "Tuesday, March 3" beside a "2025-03-04" stamp is ' +
    'reported, as March 3, 2025 was a Monday. A day the month lacks ("September 31", "February 30") is reported too, ' +
    'and a time in the French form ("at 15h30").',
  *run({ variant }) {
    const { text } = variant.doc
    for (const { match, start, end, sentence } of storyMatches(variant, WEEKDAY_BRACKET)) {
      yield {
        message: `Date \`${match[0]}\`: the day of the month stands in brackets after the weekday (a Portuguese convention); write "${match[1]}, the ${ordinal(Number(match[2]))}" or the full date.`,
        start,
        end,
        ...(sentence !== undefined && { sentence }),
      }
    }
    for (const { match, start, end, sentence } of storyMatches(variant, H_TIME)) {
      yield {
        message: `Time \`${match[0]}\` is written the French way; write ${match[0].replace('h', ':')} (or the a.m./p.m. form).`,
        start,
        end,
        ...(sentence !== undefined && { sentence }),
      }
    }
    const near = anchors(variant)
    for (const { match, start, end, sentence } of storyMatches(variant, WEEKDAY_DATE)) {
      const month = monthOf(match[2] ?? match[5]!)
      const day = Number(match[3] ?? match[4])
      const stated = match[6] === undefined ? undefined : Number(match[6])
      if (day < 1 || day > daysIn(month, stated)) continue // an impossible day: reported below
      const year = stated ?? yearFor(month, day, near)
      if (year === undefined) continue
      const actual = WEEKDAYS[new Date(Date.UTC(year, month, day)).getUTCDay()]!
      if (actual === match[1]) continue
      const draft: Draft = {
        message: `Date \`${match[0]}\`: ${match[0].replace(/^\w+,?\s+/u, '')}${stated ? '' : ` (${year})`} was a ${actual}, not a ${match[1]}; check the day and the date against the source.`,
        start,
        end,
        ...(sentence !== undefined && { sentence }),
      }
      yield draft
    }
    for (const { match, start, end, sentence } of storyMatches(variant, MONTH_DAY)) {
      const month = monthOf(match[1] ?? match[4]!)
      const day = Number(match[2] ?? match[3])
      const year = match[5] === undefined ? undefined : Number(match[5])
      if (day === 0 || day > 31 || day <= daysIn(month, year)) continue
      yield {
        message: `Date \`${text.slice(start, end)}\`: ${match[1] ?? match[4]} has no day ${day}; check the date against the source.`,
        start,
        end,
        ...(sentence !== undefined && { sentence }),
      }
    }
  },
}
export default dateGarble
