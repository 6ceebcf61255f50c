import { storyMatches } from '../text/neighbours.js'
import type { Check, Severity } from '../types.js'

// cp1252's characters for the bytes 0x80–0x9F: what a UTF-8 continuation byte turns into when read as Windows-1252
const CP1252_HIGH = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'
const CONTINUATION = `[\\u0080-\\u00BF${CP1252_HIGH}]`

interface Damage {
  readonly re: RegExp
  readonly what: string
  readonly severity: Severity
  readonly remedy: string
}

const DAMAGE: readonly Damage[] = [
  // UTF-8 read as Windows-1252 or Latin-1: "it’s" → "itâ€™s", "é" → "Ã©", "£" → "Â£", an emoji → "ðŸ˜€". A lead
  // byte's letter (Â Ã â ð) followed by continuation-byte characters never occurs in English or in any
  // language's correct spelling; a run of them is one finding.
  { re: new RegExp(`(?:[ÂÃÅÎÏ]${CONTINUATION}|â${CONTINUATION}{2}|ð${CONTINUATION}{3})+`, 'gu'), what: 'UTF-8 text decoded as Windows-1252 (mojibake)', severity: 'minor', remedy: 're-read the feed as UTF-8' },
  // U+FFFD: a byte sequence the decoder could not read — the character is lost, not just garbled
  { re: /\uFFFD+/gu, what: 'a replacement character where a character was lost', severity: 'major', remedy: 'restore the character from the source' },
  // C0 and C1 control characters other than tab, newline and carriage return: binary damage in the feed (but
  // not the C1 characters of a Latin-1 misread, "â\u0080\u0099" for "’", which the first pattern reports)
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  { re: /(?<![ÂÃÅÎÏâð\u0080-\u00BF])[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0080-\u009F]+/gu, what: 'a control character', severity: 'major', remedy: 'remove it and check the feed for lost text' },
  // HTML escapes left in the text by a scraper: "Marks &amp; Spencer", "&#8217;"
  { re: /&(?:amp|quot|apos|lt|gt|nbsp|#\d{2,6}|#x[0-9a-f]{2,5});/giu, what: 'an HTML escape left in the text', severity: 'minor', remedy: 'replace it with the character it stands for' },
]

const mojibake: Check = {
  id: 'mojibake',
  category: 'Fluency/Character encoding',
  severity: 'minor',
  needs: 'variant',
  description: 'Finds encoding damage: mojibake ("â€™", "Ã©"), U+FFFD, control characters, HTML escapes.',
  explanation:
    'A feed that was decoded with the wrong character set shows "Stoltenbergâ€™s visit" for "Stoltenberg’s ' +
    'visit" and "Ã©" for "é" (minor: the reader can still guess); a replacement character "\uFFFD" or a control ' +
    'character means a character was lost (major). HTML escapes such as "&amp;" left by a scraper are minor. ' +
    'Correct accented names ("Séoul", "Zürich", "São Paulo") are not damage.',
  *run({ variant }) {
    for (const damage of DAMAGE) {
      for (const { match, start, end, sentence } of storyMatches(variant, damage.re)) {
        yield {
          message: `Encoding damage \`${JSON.stringify(match[0]).slice(1, -1)}\`: ${damage.what}; ${damage.remedy}.`,
          start,
          end,
          ...(sentence !== undefined && { sentence }),
          severity: damage.severity,
        }
      }
    }
  },
}
export default mojibake
