// Every key of the review, in the order the help overlay (`?`) lists them. The README's table is this list.
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
  { keys: 'Enter', action: 'open the variant', where: 'overview' },
  { keys: 'Esc', action: 'back to the overview; closes a prompt or overlay', where: 'variant' },
  { keys: 'Tab', action: 'switch between the rows and the findings pane', where: 'variant' },
  { keys: '] / [', action: 'next / previous finding, across rows', where: 'variant' },
  { keys: 'c', action: 'confirm the selected finding (it is garble)', where: 'variant' },
  { keys: 'd', action: 'dismiss the selected finding (left out of the score)', where: 'variant' },
  { keys: 'u', action: 'undo: clear the decision on the selected finding', where: 'variant' },
  { keys: '/', action: 'search text; Enter jumps to the first match', where: 'everywhere' },
  { keys: 'n / N', action: 'next / previous match', where: 'everywhere' },
  { keys: 'f', action: 'filter by severity or by check', where: 'everywhere' },
  { keys: '?', action: 'this help', where: 'everywhere' },
  { keys: 'q', action: 'quit (decisions are already saved)', where: 'everywhere' },
]

export const HINTS = {
  overview: 'j/k move · Enter open · / search · f filter · ? help · q quit',
  rows: 'j/k row · ]/[ finding · c confirm · d dismiss · Tab findings · / search · f filter · Esc back · ? help',
  findings: 'j/k finding · c confirm · d dismiss · u undo · Tab rows · Esc back · ? help',
  search: 'type to search · Enter jump · Esc cancel',
  filter: 'j/k choose · Enter apply · Esc cancel',
  help: 'Esc or ? close',
} as const
