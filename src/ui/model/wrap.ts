// Word-wraps a sentence into display lines while keeping offsets, so highlighted runs can be cut per line:
// Ink wraps text itself, but then the row heights the scroll window needs are unknown. wrap-ansi does the
// wrapping (it measures wide characters); with trim off it only inserts newlines, so offsets survive.
import wrapAnsi from 'wrap-ansi'
import type { Run } from './highlight.js'

export interface Line {
  readonly start: number
  readonly end: number
}

// A pure function's answers by (width, text): the review redraws the same sentences at every key press. Keyed
// by value, so what it holds is right for any bundle; it grows only with the texts the session shows.
const cache = new Map<string, Line[]>()

export function wrapLines(text: string, width: number): Line[] {
  const key = `${width}\u0000${text}`
  const hit = cache.get(key)
  if (hit) return hit
  const flat = flatten(text)
  let lines: Line[] = []
  if (width < 1 || flat.length === 0) lines = [{ start: 0, end: flat.length }]
  else {
    const pieces = wrapAnsi(flat, width, { hard: true, trim: false, wordWrap: true }).split('\n')
    let at = 0
    for (const piece of pieces) {
      // the space a line was broken at is not drawn: `step up| military` shows `military`, not ` military`
      const skip = lines.length > 0 && piece.startsWith(' ') && piece.length > 1 ? 1 : 0
      lines.push({ start: at + skip, end: at + piece.length })
      at += piece.length
    }
    // a wrapper that dropped or added characters would shift every highlight after it: fall back to slicing
    if (at !== flat.length) lines = slice(flat.length, width)
  }
  if (cache.size > 20_000) cache.clear()
  cache.set(key, lines)
  return lines
}

/** Newlines and tabs inside a sentence (a caption run over two lines) would break the row layout. */
export function flatten(text: string): string {
  return text.replace(/[\n\r\t]/g, ' ')
}

function slice(length: number, width: number): Line[] {
  const lines: Line[] = []
  for (let start = 0; start < length; start += width) lines.push({ start, end: Math.min(length, start + width) })
  return lines
}

/** The runs that fall on one line, cut at its edges. */
export function runsOnLine(line: Line, all: readonly Run[]): Run[] {
  return all
    .filter((run) => run.end > line.start && run.start < line.end)
    .map((run) => ({ ...run, start: Math.max(run.start, line.start), end: Math.min(run.end, line.end) }))
}
