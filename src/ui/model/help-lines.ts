// The `?` overlay as lines that fit the terminal: every key with where it works and what it does (the action
// wrapped under itself when the terminal is narrow), then the legend. Drawn one Text a line, so a line never
// runs into the next as it did when Ink shrank rows that did not fit ("…on the selected findingo…").
import type { KeyHelp } from '../keymap.js'
import { wrapLines } from './wrap.js'

export interface HelpLine {
  /** a line of a key's entry, drawn in the action's column; the others start at the left edge */
  readonly entry: boolean
  /** the keys and where they work, on the first line of an entry; '' elsewhere */
  readonly keys: string
  readonly where: string
  readonly text: string
}

export const KEYS_WIDTH = 13
export const WHERE_WIDTH = 12

export function helpLines(keymap: readonly KeyHelp[], legend: readonly string[], width: number): HelpLine[] {
  const plain = (text: string): HelpLine => ({ entry: false, keys: '', where: '', text })
  const lines: HelpLine[] = [plain('Keys')]
  const actionWidth = Math.max(10, width - KEYS_WIDTH - WHERE_WIDTH)
  for (const entry of keymap) {
    wrapLines(entry.action, actionWidth).forEach((line, i) => {
      const text = entry.action.slice(line.start, line.end)
      lines.push({ entry: true, keys: i === 0 ? entry.keys : '', where: i === 0 ? entry.where : '', text })
    })
  }
  lines.push(plain(''))
  for (const paragraph of legend) {
    for (const line of wrapLines(paragraph, Math.max(10, width))) lines.push(plain(paragraph.slice(line.start, line.end)))
  }
  return lines
}

/** How far the help can scroll: 0 when it fits in `height` lines. */
export function helpScrollLimit(lines: number, height: number): number {
  return Math.max(0, lines - height)
}
