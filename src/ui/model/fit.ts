// Lines that must fit one terminal row: the variant's title and the key hints. Parts are dropped whole, least
// needed first, instead of the line being cut at the edge, e.g. at 80 columns the hints
//   j/k row · ]/[ finding · c confirm · d dismiss · Tab findings · / search · f filter · Esc back · ? help
// (103 columns) lose `f filter` and `Tab findings` and keep `Esc back · ? help`, which a cut would lose.
import stringWidth from 'string-width'

export interface Part {
  readonly text: string
  /** which parts go first when the line is too long: the highest `keep` (the last of equals); 0 is never dropped */
  readonly keep: number
  /** cut to the room left (with …) instead of dropped, when at least a few columns are left for it */
  readonly shrink?: boolean
}

export const SEPARATOR = ' · '

/** The parts that fit in `width` columns, joined in their order; parts that never go are cut with … if need be. */
export function fitParts(parts: readonly Part[], width: number, separator = SEPARATOR): string {
  let kept = [...parts]
  for (;;) {
    const line = kept.map((p) => p.text).join(separator)
    if (stringWidth(line) <= width) return line
    let drop = -1
    kept.forEach((part, i) => {
      if (part.keep > 0 && (drop < 0 || part.keep >= (kept[drop] as Part).keep)) drop = i
    })
    if (drop < 0) return truncate(line, width)
    const part = kept[drop] as Part
    if (part.shrink) {
      const rest = kept.filter((_, i) => i !== drop)
      const room = width - stringWidth([...rest.map((p) => p.text), ''].join(separator))
      if (room >= 8) {
        kept = kept.map((p, i) => (i === drop ? { ...p, text: truncate(p.text, room), shrink: false } : p))
        continue
      }
    }
    kept = kept.filter((_, i) => i !== drop)
  }
}

/** `text` cut to `width` columns, the last one an … when anything was cut. */
export function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text
  if (width <= 0) return ''
  let out = ''
  for (const char of text) {
    if (stringWidth(out + char) > width - 1) break
    out += char
  }
  return `${out}…`
}

/**
 * The status line: the hints on the left and the notice on the right. The hints that are never dropped
 * (`? help`, `Esc back`) keep their room; a notice too long for the rest is cut; the other hints fill what is left.
 */
export function statusLine(hints: readonly Part[], notice: string, width: number): { left: string; right: string } {
  const needed = stringWidth(fitParts(hints.filter((p) => p.keep === 0), Infinity))
  const right = notice === '' ? '' : truncate(notice, Math.max(0, width - needed - 1))
  const left = fitParts(hints, right === '' ? width : width - stringWidth(right) - 1)
  return { left, right }
}
