// Every key of the review, in the order the help overlay (`?`) lists them. The keys table of docs/review.md is this list.
import type { Part } from './model/fit.js'

export interface KeyHelp {
  readonly keys: string
  readonly action: string
  /** where the key works */
  readonly where: 'everywhere' | 'overview' | 'variant'
}

export const KEYMAP: readonly KeyHelp[] = [
  { keys: 'j / ↓', action: 'next row (next finding in the findings pane)', where: 'everywhere' },
  { keys: 'k / ↑', action: 'previous row (previous finding in the findings pane)', where: 'everywhere' },
  { keys: 'g / G', action: 'first / last row', where: 'everywhere' },
  { keys: 'PgDn / PgUp', action: 'a page down / up (also ctrl+d / ctrl+u)', where: 'everywhere' },
  { keys: 'Enter', action: 'open the variant (at the first search match)', where: 'overview' },
  { keys: 'Esc', action: 'back to the overview; closes an overlay or the / prompt', where: 'variant' },
  { keys: 'Tab', action: 'switch between the rows and the findings pane', where: 'variant' },
  { keys: '] / [', action: 'next / previous finding, across rows', where: 'variant' },
  { keys: 'c', action: 'confirm the selected finding (it is garble)', where: 'variant' },
  { keys: 'd', action: 'dismiss the selected finding (left out of the score)', where: 'variant' },
  { keys: 'u', action: 'undo: clear the decision on the selected finding', where: 'variant' },
  { keys: '/', action: 'search the text; in the overview, every variant’s', where: 'everywhere' },
  { keys: 'n / N', action: 'next / previous match', where: 'everywhere' },
  { keys: 'f', action: 'filter by severity or by check', where: 'everywhere' },
  { keys: '?', action: 'this help', where: 'everywhere' },
  { keys: 'q / ctrl+c', action: 'quit (decisions are already saved)', where: 'everywhere' },
]

/** What the gutter, the letters and the marks mean, under the keys. */
export const LEGEND: readonly string[] = [
  'gutter: = match  1:2 split  2:1 merge  + added  − dropped  · unaligned  ↕ moved',
  'letters: C critical  M major  m minor  n neutral  ✓ confirmed  ✗ dismissed',
  'no colour: «M:…» flagged  «/:…» search match  «…» the reference passage',
]

const hint = (text: string, keep: number): Part => ({ text, keep })

/** The key hints of the status line; `keep` 0 stays at any width, the highest goes first (fit.ts). */
export const HINTS = {
  overview: [hint('j/k move', 2), hint('Enter open', 1), hint('/ search', 3), hint('f filter', 3), hint('? help', 0), hint('q quit', 0)],
  rows: [
    hint('j/k row', 3),
    hint(']/[ finding', 1),
    hint('c confirm', 2),
    hint('d dismiss', 2),
    hint('Tab findings', 5),
    hint('/ search', 4),
    hint('f filter', 5),
    hint('Esc back', 0),
    hint('? help', 0),
  ],
  findings: [hint('j/k finding', 1), hint('c confirm', 2), hint('d dismiss', 2), hint('u undo', 3), hint('Tab rows', 2), hint('Esc back', 0), hint('? help', 0)],
  search: [hint('type to search', 1), hint('Enter jump', 0), hint('Esc cancel', 0)],
  filter: [hint('j/k choose', 1), hint('Enter apply', 0), hint('Esc cancel', 0)],
  help: [hint('j/k scroll', 1), hint('Esc or ? close', 0)],
} as const satisfies Record<string, readonly Part[]>
