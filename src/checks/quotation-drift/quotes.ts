// Quoted passages of a text, as word lists ready to compare. Straight and curly double quotes pair within a
// paragraph; a quotation running over several paragraphs leaves its closing mark off by convention
// (004: “After the brutal invasion… then they need weapons.¶“When the full-fledged invasion…”), so an opening
// mark unclosed at the end of its paragraph closes there.
import { wordSpans } from '../../text/word-spans.js'
import type { AnalyzedDocument, BundleContext } from '../../types.js'

export interface QuoteWord {
  /** lower case, curly apostrophe straightened, contraction spelled out ("don’t" → "do", "not") */
  readonly word: string
  readonly start: number
  readonly end: number
}

export interface Quote {
  /** offsets of the quoted text, marks excluded */
  readonly start: number
  readonly end: number
  /** its words; editorial insertions "(the Ukrainians)", "[Russian]" are left out */
  readonly words: readonly QuoteWord[]
  /** the sentence the quote starts in, when the analysis has one */
  readonly sentence?: number
}

const OPENING = /[“"«]/g
const CLOSE: Record<string, string> = { '“': '”', '"': '"', '«': '»' }

// a Map, not an object literal: a quoted "constructor" or "toString" looked up in an object found Object's own
// methods and threw
const CONTRACTIONS = new Map([["won't", ['will', 'not']], ["can't", ['can', 'not']], ["that's", ['that', 'is']], ["it's", ['it', 'is']]])

/** The words of text[start, end), with their offsets. */
export function quoteWords(text: string, start = 0, end = text.length): QuoteWord[] {
  // blank out editorial insertions, keeping offsets
  const bare = text.slice(start, end).replace(/\([^)]*\)|\[[^\]]*\]/g, (m) => ' '.repeat(m.length)).replace(/’/g, "'")
  const words: QuoteWord[] = []
  for (const span of wordSpans(bare)) {
    const word = span.word.toLowerCase()
    const at = start + span.index
    const to = at + span.word.length
    const parts = CONTRACTIONS.get(word) ?? (word.endsWith("n't") ? [word.slice(0, -3), 'not'] : undefined)
    if (parts) for (const part of parts) words.push({ word: part, start: at, end: to })
    else words.push({ word, start: at, end: to })
  }
  return words
}

/** The document's quotes, in order; computed once per document and bundle (the array is shared: do not change it). */
export function quotes(bundle: BundleContext, document: AnalyzedDocument): readonly Quote[] {
  return bundle.derived(document, findQuotes)
}

function findQuotes(document: AnalyzedDocument): Quote[] {
  const { text } = document.doc
  const { sentences } = document
  const found: Quote[] = []
  // the next opening mark, found by the regular expression engine rather than a test per character, and kept
  // across zones: searched again from each zone's start, a text with few quotes would be read to its next quote
  // once per line (a twenty-line document with one quote at its end: twenty reads of the whole text)
  let next: RegExpExecArray | null | undefined
  // sentences and quotes both come in the order of the text: the sentence a quote starts in is found by moving on
  let s = 0
  for (const zone of document.zones) {
    if (zone.kind === 'boilerplate') continue
    let i = zone.start
    while (i < zone.end) {
      if (next === undefined || (next !== null && next.index < i)) {
        OPENING.lastIndex = i
        next = OPENING.exec(text)
      }
      if (!next || next.index >= zone.end) break
      i = next.index
      const mark = next[0]
      // a straight quote opens only where a word could start: after a space, bracket or line start
      if (mark === '"' && i > zone.start && !/[\s([—–-]/.test(text[i - 1]!)) {
        i++
        continue
      }
      const close = text.indexOf(CLOSE[mark]!, i + 1)
      const end = close < 0 || close > zone.end ? zone.end : close
      const words = quoteWords(text, i + 1, end)
      while (s < sentences.length && sentences[s]!.end <= i + 1) s++
      const sentence = s < sentences.length && sentences[s]!.start <= i + 1 ? sentences[s]!.index : undefined
      if (words.length > 0) found.push({ start: words[0]!.start, end: words.at(-1)!.end, words, ...(sentence !== undefined && { sentence }) })
      i = end + 1
    }
  }
  return found
}
