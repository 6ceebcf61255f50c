/**
 * 1-based line and column of an offset, as editors, SARIF and GitHub annotations count them. Columns count
 * UTF-16 code units, the same unit as every offset in mtaudit (SARIF's default columnKind, utf16CodeUnits).
 */
export interface Position {
  readonly line: number
  readonly column: number
}

/** Builds a line index once per text; each lookup is then a binary search. */
export function locator(text: string): (offset: number) => Position {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 }
  }
}
