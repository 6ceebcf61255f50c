// Ink has no scrolling: a long document is drawn as the few rows that fit. The window moves as little as
// possible to keep the selected row in view, like a pager: moving down past the bottom scrolls one row.

/** The first row to draw, given the previous first row, the selected row and each row's height in lines. */
export function scrollTop(previousTop: number, selected: number, heightOf: (row: number) => number, lines: number): number {
  if (selected <= previousTop) return Math.max(0, selected)
  // walk up from the selected row while the rows still fit: only what is drawn gets measured, so a jump
  // from row 0 to row 1,999 (G, a search) costs a window, not the document
  let top = selected
  let used = heightOf(selected)
  while (top > previousTop && used + heightOf(top - 1) <= lines) used += heightOf(--top)
  return top
}

/** The rows from `top` that fill `lines` (the last one may be cut by the window's edge). */
export function visibleRange(top: number, count: number, heightOf: (row: number) => number, lines: number): number[] {
  const rows: number[] = []
  let used = 0
  for (let row = top; row < count && used < lines; row++) {
    rows.push(row)
    used += heightOf(row)
  }
  return rows
}
