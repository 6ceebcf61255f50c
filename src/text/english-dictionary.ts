// Whether a word is English, from the stems of dictionary-en (Hunspell en_US) and the regular endings. Read once,
// when the module loads, and never changed: a constant of the program, like a word list in the source.
import dictionary from 'dictionary-en'

function load(): ReadonlySet<string> {
  const set = new Set<string>()
  const lines = new TextDecoder().decode(dictionary.dic).split('\n')
  // the first line is the count; every other line is a stem and its affix flags: "prefect/SM"
  for (let i = 1; i < lines.length; i++) {
    const slash = lines[i]!.indexOf('/')
    const stem = (slash < 0 ? lines[i]! : lines[i]!.slice(0, slash)).trim().toLowerCase()
    if (stem) set.add(stem)
  }
  return set
}

const stems: ReadonlySet<string> = load()

// regular endings and what they were cut from: "prefects" → "prefect", "rescued" → "rescue", "flooding" → "flood"
const ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ["'s", ['']],
  ['’s', ['']],
  ['ies', ['y']],
  ['es', ['', 'e']],
  ['s', ['']],
  ['ied', ['y']],
  ['ed', ['', 'e']],
  ['ing', ['', 'e']],
  ['ly', ['', 'le']],
  ['er', ['', 'e']],
  ['est', ['', 'e']],
]

/** Whether `word` (any case) is an English word or a regular form of one. */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase()
  if (stems.has(lower)) return true
  for (const [ending, stemEndings] of ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue
    const base = lower.slice(0, -ending.length)
    for (const e of stemEndings) if (stems.has(base + e)) return true
    // a doubled consonant before -ed, -ing, -er: "stopped", "running"
    if (ending.length >= 2 && base.length > 2 && base.at(-1) === base.at(-2) && stems.has(base.slice(0, -1))) return true
  }
  return false
}
