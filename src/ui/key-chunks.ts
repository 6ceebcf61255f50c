// Keys that reach the app in one chunk: Ink hands a run of plain characters to the input handler as one
// `input` ("/chase\r" when `/`, the query and Enter come faster than the terminal is read, over ssh, in tmux,
// or pasted), and no key of the review matches that. Split back into keys, it acts as typed.
import type { Key } from 'ink'

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
}

const SPECIAL: Readonly<Record<string, Partial<Key>>> = {
  '\r': { return: true },
  '\n': { return: true },
  '\t': { tab: true },
  '\u007f': { backspace: true },
  '\b': { backspace: true },
}

/** One [input, key] per key: a chunk of plain characters split, anything else (arrows, ctrl+d) as it came. */
export function splitChunk(input: string, key: Key): [string, Key][] {
  const chars = [...input]
  const plain = !key.ctrl && !key.meta && !key.escape && !key.return && !key.tab && !input.includes('\u001b')
  if (chars.length < 2 || !plain) return [[input, key]]
  return chars.map((char): [string, Key] => {
    const special = SPECIAL[char]
    if (special) return ['', { ...NO_KEY, ...special }]
    return [char, { ...NO_KEY, shift: /[A-Z]/.test(char) }]
  })
}
