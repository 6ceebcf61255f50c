/**
 * 1-based line and column of an offset, as editors, SARIF and GitHub annotations count them. Columns count
 * UTF-16 code units, the same unit as every offset in mtaudit (SARIF's default columnKind, utf16CodeUnits).
 */
export interface Position {
  readonly line: number
  readonly column: number
}

/** Offset of the start of each line ("\n"-separated) of a text. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** 0-based index of the line holding `offset`, by binary search over the line starts. */
export function lineIndex(offset: number, starts: readonly number[]): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Builds a line index once per text; each lookup is then a binary search. */
export function locator(text: string): (offset: number) => Position {
  const starts = lineStarts(text)
  return (offset) => {
    const line = lineIndex(offset, starts)
    return { line: line + 1, column: offset - starts[line]! + 1 }
  }
}
