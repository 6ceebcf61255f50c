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
  { re: /&(?:amp|quot|apos|lt|gt|nbsp|#\d{2,6}|#x[0-9a-f]{2,5});|&nbsp(?![;\p{L}])/giu, what: 'an HTML escape left in the text', severity: 'minor', remedy: 'replace it with the character it stands for' },
  // the end of an HTML tag or attribute a scraper cut into the text: `class="story-body">`, `<br>`, `</p>` (no u
  // flag: an ASCII pattern that ignores case scans many times faster without it in V8)
  { re: /["”](?=\s{0,3}\/?>)\s*\/?>|<\/?(?:p|br|div|span|a|strong|em|b|i|img|figure|figcaption|h[1-6])(?=[\s>/])[^<>\n]{0,200}>/gi, what: 'an HTML tag left in the text', severity: 'minor', remedy: 'remove the markup' },
  // an apostrophe re-typed as a quotation mark or a double prime inside a word, as tools do to suffixes after a
  // name ("Ankara”da", "Ayşe”nin", "12″nci"); English never puts a double mark between letters
  { re: /(?<=[\p{L}\p{N}])[”“″](?=\p{Ll})/gu, what: 'a quotation mark or double prime inside a word where an apostrophe belongs', severity: 'minor', remedy: 'put the apostrophe back' },
  // "&" glued to a lower-case word where an apostrophe or a dash was: "the region&eastern government",
  // "told the paper& Roads were cut". Company names keep their capitals ("AT&T", "M&S"); URLs are skipped below.
  { re: /(?<=\p{Ll}{2})&(?!(?:amp|quot|apos|lt|gt|nbsp)(?![\p{L}]))(?=\p{Ll}|[ \t]+\p{Lu}\p{Ll})/gu, what: 'an ampersand glued to a word where an apostrophe or a dash was', severity: 'minor', remedy: 'restore the apostrophe or dash' },
]

// A Greek or Cyrillic letter in an apostrophe's place in Latin text, the signature of a wrong code page: "Iβm",
// "donβt", "Ukraineβs" (’ is 0xE2 0x80 0x99 in UTF-8; a misread picks one of its bytes' letters). Once such a
// letter is seen in an apostrophe's place, the same letter standing alone between words ("the task β the task")
// is the same damage, a dash read the same way.
const APOSTROPHE_SLOT = /(?<=\p{Script=Latin})[\p{Script=Greek}\p{Script=Cyrillic}](?=(?:s|t|m|re|ve|ll|d)(?![\p{L}\p{N}]))/gu
const WORD_OR_URL = /[^\s]*$/u

/** A one-character finding shown with the word around it ("Ankara”da", "region&eastern"), at most 20 characters a side. */
function inWord(text: string, start: number, end: number): string {
  const before = /\S{0,20}$/u.exec(text.slice(Math.max(0, start - 20), start))?.[0] ?? ''
  const after = /^\S{0,20}/u.exec(text.slice(end, end + 20))?.[0] ?? ''
  return before + text.slice(start, end) + after
}

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
    const { text } = variant.doc
    for (const damage of DAMAGE) {
      for (const { match, start, end, sentence } of storyMatches(variant, damage.re)) {
        // "?a=1&b=2" in a link is no damage: the token before the mark holds a URL's characters
        if (match[0] === '&' && /[=/?@]/u.test(WORD_OR_URL.exec(text.slice(Math.max(0, start - 200), start))?.[0] ?? '')) continue
        yield {
          message: `Encoding damage \`${JSON.stringify(match[0].length > 1 ? match[0] : inWord(text, start, end)).slice(1, -1)}\`: ${damage.what}; ${damage.remedy}.`,
          start,
          end,
          ...(sentence !== undefined && { sentence }),
          severity: damage.severity,
        }
      }
    }
    const letters = new Set<string>()
    for (const { match, start, end, sentence } of storyMatches(variant, APOSTROPHE_SLOT)) {
      letters.add(match[0])
      yield {
        message: `Encoding damage \`${text.slice(start - 1, end + 1)}\`: a ${match[0]} where an apostrophe belongs (a wrong code page); put the apostrophe back.`,
        start,
        end,
        ...(sentence !== undefined && { sentence }),
        severity: 'minor',
      }
    }
    for (const letter of letters) {
      for (const { start, end, sentence } of storyMatches(variant, new RegExp(`(?<=[\\p{L}\\p{N},] )${letter}(?= [\\p{L}\\p{N}])`, 'gu'))) {
        yield {
          message: `Encoding damage \`${text.slice(Math.max(0, start - 12), end + 12).trim()}\`: the ${letter} that stands for an apostrophe elsewhere in the text stands here for a dash; restore the dash.`,
          start,
          end,
          ...(sentence !== undefined && { sentence }),
          severity: 'minor',
        }
      }
    }
  },
}
export default mojibake
