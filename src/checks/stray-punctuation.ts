import { sentenceAt } from '../text/neighbours.js'
import type { Check, Severity } from '../types.js'

interface Pattern {
  readonly re: RegExp
  readonly what: string
  readonly remedy: string
  readonly severity?: Severity
}

// Each pattern is seen in machine-translated copy; none occurs in edited English.
const PATTERNS: readonly Pattern[] = [
  // "…citing NATO candidates Germany, Norway and Sweden. , like those who…" (004)
  { re: /[.!?]\s+[,;:]/gu, what: 'a comma or semicolon right after a full stop', remedy: 'remove the full stop or the comma' },
  // "…escalating tensions with China. ." (002); a spaced ellipsis ". . ." is style, so a third dot excludes it
  { re: /(?<![.]\s)[.,;:]\s+\.(?!\s*\.)/gu, what: 'a doubled full stop', remedy: 'remove one of them' },
  // ",," ";;" — not "::", which is code or a URL ("a::b"), and not "..." (an ellipsis)
  { re: /([,;])\s*\1/gu, what: 'a doubled mark', remedy: 'remove one of them' },
  // "Germany , Norway": a space before a comma, full stop, semicolon or colon
  { re: /(?<=[\p{L}\p{N}”"’')\]])\s+[,;](?=\s|$)/gu, what: 'a space before punctuation', remedy: 'remove the space' },
  // "( )": empty brackets left where the translator dropped a word
  { re: /\(\s*\)|\[\s*\]/gu, what: 'empty brackets', remedy: 'remove them or restore what they held' },
]

const strayPunctuation: Check = {
  id: 'stray-punctuation',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  needs: 'variant',
  description: 'Finds stray or doubled punctuation: ". ,", ". .", ",,", a space before a comma, empty brackets.',
  explanation:
    'Machine translation leaves punctuation behind when it re-segments text: "…Germany, Norway and Sweden. , like ' +
    'those who changed their arms export policy…" (004), "…increasing tensions with China. ." (002). Spaced ' +
    'ellipses (". . .") are left alone. Minor punctuation errors weigh 0.1 in the score, as in WMT MQM.',
  *run({ variant }) {
    const { text } = variant.doc
    for (const zone of variant.zones) {
      if (zone.kind === 'boilerplate') continue
      const line = text.slice(zone.start, zone.end)
      for (const pattern of PATTERNS) {
        for (const match of line.matchAll(pattern.re)) {
          const start = zone.start + match.index
          const end = start + match[0].length
          const sentence = sentenceAt(variant, start)?.index
          yield {
            message: `Stray punctuation \`${match[0].trim()}\`: ${pattern.what}; ${pattern.remedy}.`,
            start,
            end,
            ...(sentence !== undefined && { sentence }),
            ...(pattern.severity && { severity: pattern.severity }),
          }
        }
      }
    }
  },
}
export default strayPunctuation
