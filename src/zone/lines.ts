// The zone stage reads a document a line at a time: its non-blank lines, with offsets and paragraph numbers.
/** A line of a document with its offsets ([start, end), newline excluded, trailing \r excluded). */
export interface Line {
  readonly start: number
  readonly end: number
  readonly text: string
  /** 0-based paragraph number: blank lines separate paragraphs */
  readonly paragraph: number
}

/** The non-blank lines of a text, each with its paragraph number. */
export function nonBlankLines(text: string): Line[] {
  const lines: Line[] = []
  let paragraph = 0
  let previousBlank = false
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const next = end + 1
    if (end > start && text.charCodeAt(end - 1) === 13) end-- // CRLF files
    const raw = text.slice(start, end)
    if (raw.trim() === '') {
      previousBlank = lines.length > 0
    } else {
      if (previousBlank) paragraph++
      previousBlank = false
      // trim the line's own leading/trailing white space but keep offsets exact
      const lead = raw.length - raw.trimStart().length
      const trail = raw.length - raw.trimEnd().length
      lines.push({ start: start + lead, end: end - trail, text: raw.trim(), paragraph })
    }
    start = next
  }
  return lines
}
