import { quoteBalance } from './stray-punctuation/balance.js'
import { allMatches } from '../text/match-all.js'
import { sentenceAt, storyMatches } from '../text/neighbours.js'
import type { AnalyzedDocument, Check, Draft, Severity } from '../types.js'

interface Pattern {
  readonly re: RegExp
  readonly what: string
  readonly remedy: string
  readonly severity?: Severity
  /** how the message names what it found; "Stray punctuation" unless set */
  readonly label?: string
  /** true: a match inside a web address, a handle or a file name is no finding */
  readonly url?: boolean
  /** how to show a match that is only white space: the words around it */
  readonly between?: boolean
}

// the run of non-space characters either side of an offset, at most 200 each way: the token a match falls in
const tokenAround = (text: string, at: number) =>
  (/\S*$/u.exec(text.slice(Math.max(0, at - 200), at))?.[0] ?? '') + (/^\S*/u.exec(text.slice(at, at + 200))?.[0] ?? '')
const FOREIGN_QUOTES = /[«»„]/gu
const URL_LIKE = /[/@]|www\.|\.(?:com|org|net|gov|edu|co|io|info)\b/iu

export const SPACE_BEFORE_COMMA = /\s(?<=[\p{L}\p{N}”"’')\]]\s)\s*[,;](?=\s|$)/gu

// Each pattern is seen in machine-translated copy; none occurs in edited English.
const PATTERNS: readonly Pattern[] = [
  // "…citing NATO candidates Germany, Norway and Sweden. , like those who…" (004)
  { re: /[.!?]\s+[,;:]/gu, what: 'a comma or semicolon right after a full stop', remedy: 'remove the full stop or the comma' },
  // "…escalating tensions with China. ." (002); a spaced ellipsis ". . ." is style, so a third dot excludes it
  { re: /(?<![.]\s)[.,;:]\s+\.(?!\s*\.)/gu, what: 'a doubled full stop', remedy: 'remove one of them' },
  // ",," ";;" — not "::", which is code or a URL ("a::b"), and not "..." (an ellipsis)
  { re: /([,;])\s*\1/gu, what: 'a doubled mark', remedy: 'remove one of them' },
  // "Germany , Norway": a space before a comma, full stop, semicolon or colon. Written to start on the space, not
  // on the look behind at the word: the engine then skips to the next space instead of testing the Unicode classes
  // at every position (the same matches as /(?<=[\p{L}\p{N}”"’')\]])\s+[,;](?=\s|$)/gu, at 2.4× the speed)
  { re: SPACE_BEFORE_COMMA, what: 'a space before punctuation', remedy: 'remove the space' },
  // "( )": empty brackets left where the translator dropped a word
  { re: /\(\s*\)|\[\s*\]/gu, what: 'empty brackets', remedy: 'remove them or restore what they held' },
  // "…where the crowd gathered ." — a space before a full stop at a word's end. Not the spaced ellipsis ". . .",
  // and not a leading dot (".NET", ".45 calibre"): the full stop must end the word group. Starts on the space,
  // like SPACE_BEFORE_COMMA, so a long run of spaces is crossed once.
  { re: /[ \t](?<=[\p{L}\p{N}”"’')\]][ \t])[ \t]*\.(?![ \t]*\.)(?=[\s”"’)]|$)/gu, what: 'a space before a full stop', remedy: 'remove the space' },
  // "…were buried nearby.." or "at 10 p.m..”": two full stops where one ends the sentence; a third makes an
  // ellipsis ("..."), and a letter, digit or slash after them a range or a path ("1..10", "../")
  { re: /\.(?<=[\p{L}\p{N})”’"]\.)\.(?![.\p{L}\p{N}/\\])/gu, what: 'a doubled full stop', remedy: 'remove one of them' },
  // "…said the mayor, Anna Rossi -." — a dash left before the full stop where a clause was dropped
  { re: /[ \t][-–—][ \t]*\.(?=\s|$)/gu, what: 'a dash before a full stop', remedy: 'remove the dash or restore what followed it' },
  // "…says hes ready…", "they dont know": a contraction whose apostrophe a slug or a tool stripped. Only forms that
  // are no English word without it ("cant", "wont", "ill", "shell", "were" are words, "its" is a pronoun)
  { re: /(?<![\p{L}\p{N}'’-])(?:[dD]o(?:es)?nt|[dD]idnt|[sS]houldnt|[cC]ouldnt|[wW]ouldnt|[iI]snt|[aA]rent|[wW]asnt|[wW]erent|[hH]asnt|[hH]avent|[hH]adnt|[hH]es|[sS]hes|[tT]heyre|[yY]oure|[tT]heyve|[yY]ouve|[wW]eve|[tT]heyll|[yY]oull|[iI]tll)(?![\p{L}\p{N}'’-])/gu, what: 'a contraction without its apostrophe', remedy: 'put the apostrophe back', label: 'Missing apostrophe in' },
  // "…among the ruins of the old town.Photo shows…": no space after a full stop between two words. Web addresses
  // and handles ("Example.Com/News", "@Desk.News") are skipped below; abbreviations are capitals ("U.S.Army").
  { re: /\.(?<=\p{Ll}{2}\.)(?=\p{Lu}\p{Ll}{2})/gu, what: 'no space after a full stop', remedy: 'put a space after it', label: 'Missing space after', url: true },
  // "Why ?", "he said : we will stay", "No !": French spacing before ? ! : left by MT (a plain or a narrow no-break
  // space). Not a smiley (" :)") and not a time or a ratio ("10 : 30" has digits on both sides)
  { re: /[ \u00a0\u202f](?<=[\p{L}”"’')\]][ \u00a0\u202f])[ \u00a0\u202f]*[?!:](?![-()[\]DPp/\d])(?=[\s"”’]|$)/gu, what: 'a space before a question mark, exclamation mark or colon (French spacing)', remedy: 'remove the space' },
  // "(0700. HK)": a ticker code cut by a space after its full stop
  { re: /(?<=\([\p{Lu}\d]{1,6}\.) (?=\p{Lu}{1,3}\))/gu, what: 'a space inside a ticker code', remedy: 'close up the space', label: 'Stray space in', url: true },
  // "the al- Rashid church": a prefix hyphen spaced from its name; a suspended hyphen ("pre- and post-war")
  // is followed by a lower-case word, so a capital after the space is asked for
  { re: /(?<![\p{L}-])\p{Ll}{1,3}-[ \t]+(?=\p{Lu}\p{Ll})/gu, what: 'a space after a joining hyphen', remedy: 'close up the space', label: 'Stray space in' },
  // "the  New York district Attorney": two spaces between words inside a sentence, where the translation dropped
  // a word or a tool joined two fragments. After a full stop two spaces are a typist's habit, not a slip.
  { re: /(?<=[\p{Ll},])  +(?=\p{L})/gu, what: 'two spaces between words', remedy: 'close up the space or restore the missing word', label: 'Doubled space in', between: true },
]

interface QuoteMark {
  readonly at: number
  readonly mark: string
}

const WORD_CHAR = /[\p{L}\p{N}]/u
const SPACE = /[ \t\u00a0]/u

/**
 * Double quotation marks turned the wrong way or mixed, paragraph by paragraph — what an MT system or a CMS does
 * when it re-types quotes: an opening mark used to close (`the “red“ alert`, `…to do it“.`), a closing one used to
 * open (`— ”It is a tragedy`, `he said ”we will`), French spacing inside curly quotes (`“ We will stay ”`), and a
 * quotation opened with one kind and closed with the other (`“We are ready," he said`, `"We are ready,” he said`).
 * Straight quotes spaced on both sides are a tokeniser's habit and have their neutral note below; a straight mark
 * after a digit is an inch mark (`a 17" screen`); a curly mark inside a word (`Ankara”da`) is a lost apostrophe,
 * which mojibake reports.
 */
function* quoteDirection(variant: AnalyzedDocument): Generator<Draft & { partner?: number }> {
  const { text } = variant.doc
  let paragraph = -1
  let marks: QuoteMark[] = []
  const flush = function* (): Generator<Draft & { partner?: number }> {
    yield* directionOf(text, marks, variant)
    marks = []
  }
  for (const zone of variant.zones) {
    if (zone.kind === 'boilerplate') continue
    if (zone.paragraph !== paragraph) {
      yield* flush()
      paragraph = zone.paragraph
    }
    for (const m of allMatches(text.slice(zone.start, zone.end), /["“”]/g)) marks.push({ at: zone.start + m.index, mark: m[0] })
  }
  yield* flush()
}

// sticky: read from the mark on, across its run of spaces only
const SPACES_THEN_WORD = /[ \t\u00a0]+[\p{L}\p{N}]/uy
function spacedBeforeWord(text: string, from: number): boolean {
  SPACES_THEN_WORD.lastIndex = from
  return SPACES_THEN_WORD.test(text)
}

function* directionOf(text: string, marks: readonly QuoteMark[], variant: AnalyzedDocument): Generator<Draft & { partner?: number }> {
  // the mark that opened the quotation now open, and its kind
  let open: QuoteMark | null = null
  const found = (at: number, why: string, partner: QuoteMark | null): Draft & { partner?: number } => {
    const sentence = sentenceAt(variant, at)?.index
    const shown = text.slice(Math.max(0, at - 12), at + 13).replace(/\s+/g, ' ').trim()
    return {
      message: `Quotation mark \`${text[at]}\` turned or spaced wrongly in \`…${shown}…\`: ${why}.`,
      start: at,
      end: at + 1,
      ...(sentence !== undefined && { sentence }),
      ...(partner && { partner: partner.at }),
    }
  }
  // whether `mark` comes again in the paragraph before an opening curly mark: then the mark at k is nested
  // (`“He said "no" to me”`) or paired some other way, not the lost partner of the one open. Each search starts
  // at an open quotation and stops at the next mark it looks for, so the searches do not overlap.
  const laterBeforeOpening = (k: number, mark: string) => {
    for (let j = k + 1; j < marks.length; j++) {
      if (marks[j]!.mark === mark) return true
      if (marks[j]!.mark === '“') return false
    }
    return false
  }
  let nested = false
  for (let k = 0; k < marks.length; k++) {
    const current = marks[k]!
    const { at, mark } = current
    const before = text[at - 1] ?? ' '
    const after = text[at + 1] ?? ' '
    const endsAfter = /[\s.,;:!?)\]]/u.test(after)
    if (WORD_CHAR.test(before) && /\p{Ll}/u.test(after)) continue
    if (mark === '“') {
      if (/[\p{L}\p{N}.,!?;:]/u.test(before) && endsAfter && open?.mark === '“') {
        yield found(at, 'an opening mark stands where the quotation closes; use ”', open)
        open = null
      } else {
        if (/\s/u.test(before) && spacedBeforeWord(text, at + 1)) yield found(at, 'a space follows the opening mark (French spacing); close it up', null)
        open = current
      }
      nested = false
    } else if (mark === '”') {
      if (/[\s([—–-]/u.test(before) && WORD_CHAR.test(after)) {
        yield found(at, 'a closing mark stands before a word, as if it opened the quotation; turn it or move the space', open ?? marks[k + 1] ?? null)
        open = open === null ? current : null
      } else {
        if (SPACE.test(before) && /[\p{L}\p{N}.,!?]/u.test(text[at - 2] ?? '') && endsAfter) {
          yield found(at, 'a space comes before the closing mark (French spacing); close it up', open)
        } else if (open?.mark === '"' && !laterBeforeOpening(k, '"')) {
          yield found(at, 'the quotation opens with a straight " and closes with a curly ”; use one kind', open)
        }
        open = null
      }
      nested = false
    } else {
      if (/\p{N}/u.test(before)) continue
      if (open?.mark === '“') {
        // a straight pair inside a curly quotation is nested; a lone straight mark closes it with the wrong kind
        if (nested || laterBeforeOpening(k, '”')) nested = !nested
        else {
          yield found(at, 'the quotation opens with a curly “ and closes with a straight "; use one kind', open)
          open = null
        }
      } else open = (open as QuoteMark | null)?.mark === '"' ? null : current
    }
  }
}

/**
 * Where the last story paragraph starts when the copy is cut off inside it (its last sentence has no final
 * punctuation); Infinity when the copy ends on a full sentence.
 */
function cutParagraphStart(document: AnalyzedDocument): number {
  const story = document.sentences.filter((s) => s.zone !== 'boilerplate')
  const last = story.at(-1)
  if (!last || document.segmented === true || last.zone !== 'body' || /[.!?…]["'”’»)\]]*$/u.test(last.text)) return Infinity
  return story.find((s) => s.paragraph === last.paragraph)!.start
}

const KIND = {
  opening: ['an opening mark', 'close it or remove it'],
  closing: ['a closing mark', 'open it or remove it'],
  either: ['a quotation mark', 'add its partner or remove it'],
} as const

const strayPunctuation: Check = {
  id: 'stray-punctuation',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  needs: 'variant',
  description: 'Finds stray, doubled or unbalanced punctuation: ". ,", ". .", ",,", " ,", "( )", an unclosed bracket or quote.',
  explanation:
    'Machine translation leaves punctuation behind when it re-segments text: "…Germany, Norway and Sweden. , like ' +
    'those who changed their arms export policy…" (004), "…increasing tensions with China. ." (002). Spaced ' +
    'ellipses (". . .") are left alone. A bracket or double quotation mark without its partner in the paragraph ' +
    'is reported too, except a quotation that runs over several paragraphs: by convention each paragraph opens ' +
    'the quote again and only the last one closes it (and, one sentence a line, a quote that closes a few lines on). ' +
    'Straight quotes pair by count and order, so spaced ones (`the " giant " -like`) are not read as lone marks; ' +
    'they get a neutral note of their own, once a sentence. Minor punctuation errors weigh 0.1 in the score, as in WMT MQM.',
  *run({ variant }) {
    for (const pattern of PATTERNS) {
      for (const { match, start, end, sentence } of storyMatches(variant, pattern.re)) {
        if (pattern.url && URL_LIKE.test(tokenAround(variant.doc.text, start))) continue
        const shown = pattern.between
          ? `${tokenAround(variant.doc.text, start - 1)}${match[0]}${tokenAround(variant.doc.text, end)}`
          : pattern.url
            ? tokenAround(variant.doc.text, start)
            : match[0].trim()
        yield {
          message: `${pattern.label ?? 'Stray punctuation'} \`${shown}\`: ${pattern.what}; ${pattern.remedy}.`,
          start,
          end,
          ...(sentence !== undefined && { sentence }),
          ...(pattern.severity && { severity: pattern.severity }),
        }
      }
    }
    // a mark reported as turned, and the partner it was read with, are not reported again as unbalanced
    const turned = new Set<number>()
    // a copy in French spacing spaces every quotation: one finding a sentence says it
    const spacedIn = new Set<number | undefined>()
    for (const { partner, ...draft } of quoteDirection(variant)) {
      turned.add(draft.start)
      if (partner !== undefined) turned.add(partner)
      if (draft.message.includes('French spacing')) {
        if (spacedIn.has(draft.sentence)) continue
        spacedIn.add(draft.sentence)
      }
      yield draft
    }
    // « » and „ are the quotation marks of French, Italian, Spanish, Russian, German: kept in English copy they
    // show the translation never re-typed its quotes. Once a sentence.
    const foreignIn = new Set<number | undefined>()
    for (const { match, start, end, sentence } of storyMatches(variant, FOREIGN_QUOTES)) {
      if (foreignIn.has(sentence)) continue
      foreignIn.add(sentence)
      yield {
        message: `Foreign quotation mark \`${match[0]}\`: English quotes with “ ” (or " "); replace the marks of this quotation.`,
        start,
        end,
        ...(sentence !== undefined && { sentence }),
      }
    }
    const balance = quoteBalance(variant)
    const cutFrom = cutParagraphStart(variant)
    for (const mark of balance.unmatched) {
      // reported above as turned the wrong way, or by mojibake as a lost apostrophe inside a word (`Ankara”da`)
      if (turned.has(mark.offset) || (WORD_CHAR.test(variant.doc.text[mark.offset - 1] ?? '') && /\p{Ll}/u.test(variant.doc.text[mark.offset + 1] ?? ''))) continue
      // a copy cut mid-quotation (`…“I will serve the nation for the rest of my`) lost the closing mark with its
      // end: that is the cut, a completeness matter, not a stray mark
      if (mark.kind !== 'closing' && mark.offset >= cutFrom) continue
      const sentence = sentenceAt(variant, mark.offset)?.index
      const [what, remedy] = KIND[mark.kind]
      yield {
        message: `Unbalanced \`${mark.mark}\`: ${what} without its partner in the paragraph; ${remedy}.`,
        start: mark.offset,
        end: mark.offset + 1,
        ...(sentence !== undefined && { sentence }),
      }
    }
    // Spaced quotes (`the " giant " -like`, nt21 SMU and Borderline) are a tokeniser's habit, not a lost mark: the
    // raters marked few of them, so they are reported once a sentence, neutral (shown, not scored).
    const seen = new Set<number | undefined>()
    for (const [open, close] of balance.spaced) {
      const sentence = sentenceAt(variant, open)?.index
      if (seen.has(sentence)) continue
      seen.add(sentence)
      const quoted = variant.doc.text.slice(open, close + 1)
      const shown = quoted.length <= 40 ? quoted : `${quoted.slice(0, 18)}…${quoted.slice(-18)}`
      yield {
        message: `Spaced quotation marks \`${shown}\`: the marks stand apart from the words they enclose; close up the spaces.`,
        start: open,
        end: close + 1,
        severity: 'neutral',
        ...(sentence !== undefined && { sentence }),
      }
    }
  },
}
export default strayPunctuation
