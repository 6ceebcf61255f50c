// Unbalanced brackets and double quotation marks, paragraph by paragraph. Single quotes are left alone: "’"
// is the apostrophe too ("Ukraine’s", "’90s"), so an unmatched one proves nothing.
import type { AnalyzedDocument } from '../types.js'

export interface Unmatched {
  readonly offset: number
  readonly mark: string
  readonly kind: 'opening' | 'closing'
}

interface Paragraph {
  readonly start: number
  readonly end: number
}

/** Story paragraphs (boilerplate left out), as spans of the document text. */
function paragraphs(document: AnalyzedDocument): Paragraph[] {
  const out: (Paragraph & { n: number })[] = []
  for (const zone of document.zones) {
    if (zone.kind === 'boilerplate') continue
    const last = out.at(-1)
    if (last && last.n === zone.paragraph) out[out.length - 1] = { ...last, end: zone.end }
    else out.push({ start: zone.start, end: zone.end, n: zone.paragraph })
  }
  return out
}

// A straight quote opens after the start of a paragraph, a space or a bracket and before a non-space; "5'11\""
// and "a 17\" screen" are inch marks, not quotes.
function quoteKind(text: string, i: number, start: number): 'opening' | 'closing' | null {
  const mark = text[i]!
  if (mark === '“') return 'opening'
  if (mark === '”') return 'closing'
  const before = i > start ? text[i - 1]! : ' '
  if (/\d/.test(before)) return null
  return /[\s([{—–-]/u.test(before) && /\S/u.test(text[i + 1] ?? ' ') ? 'opening' : 'closing'
}

// "1)", "a)" open list items and ":)" is a smiley: their ")" closes nothing
const LIST_MARK = /(?:^|\s)[\p{L}\d]{1,2}$|[:;]$/u

export function unbalancedMarks(document: AnalyzedDocument): Unmatched[] {
  const { text } = document.doc
  const found: Unmatched[] = []
  const list = paragraphs(document)
  list.forEach((p, n) => {
    const brackets: { offset: number; mark: string }[] = []
    let quote: number | null = null
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!
      if (c === '(' || c === '[') brackets.push({ offset: i, mark: c })
      else if (c === ')' || c === ']') {
        const open = brackets.at(-1)
        if (open && (open.mark === '(') === (c === ')')) brackets.pop()
        else if (!LIST_MARK.test(text.slice(p.start, i))) found.push({ offset: i, mark: c, kind: 'closing' })
      } else if (c === '"' || c === '“' || c === '”') {
        const kind = quoteKind(text, i, p.start)
        if (kind === 'opening') {
          if (quote !== null) found.push({ offset: quote, mark: text[quote]!, kind: 'opening' })
          quote = i
        } else if (kind === 'closing') {
          if (quote === null) found.push({ offset: i, mark: c, kind: 'closing' })
          quote = null
        }
      }
    }
    for (const b of brackets) found.push({ offset: b.offset, mark: b.mark, kind: 'opening' })
    // a quotation running over several paragraphs leaves each paragraph open and opens the next one again
    // (004: "“After the brutal invasion … then they need weapons." ¶ "“When the full-fledged invasion …”")
    const next = list[n + 1]
    const continued = next !== undefined && /^["“]/u.test(text.slice(next.start, next.end))
    if (quote !== null && !continued) found.push({ offset: quote, mark: text[quote]!, kind: 'opening' })
  })
  return found.sort((a, b) => a.offset - b.offset)
}
