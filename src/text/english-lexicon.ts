// Whether a word is English: hunspell's en_US dictionary (the dictionary-en package) read as a word list, with
// its affix rules applied in reverse, so "sanctions", "rebuilt" and "unpopularity" are English because
// "sanction/S", "build" + "re" and "popularity" + "un" are listed. The check that needs it (untranslated-text) asks
// only about lower-case words it could not place otherwise, so the list is read on the first such question, once
// per process, and never by a run that has none.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

interface Affix {
  readonly flag: string
  /** letters the rule removed from the stem ('' for none) */
  readonly strip: string
  /** letters it added */
  readonly add: string
  /** what the stem must end with (suffixes) or start with (prefixes) */
  readonly condition: RegExp
}

interface Lexicon {
  /** lower-case entries → their affix flags */
  readonly common: ReadonlyMap<string, string>
  /** entries written capitalised ("Paris", "Sunday"), keyed in lower case → their flags */
  readonly proper: ReadonlyMap<string, string>
  readonly suffixes: readonly Affix[]
  readonly prefixes: readonly Affix[]
}

// A constant read from dictionary-en on first use and never changed after (the same for every bundle).
let lexicon: Lexicon | undefined

function dictionaryFile(name: string): string {
  // the package exports only its loader, which reads both files asynchronously at import; the files sit beside it
  const entry = createRequire(import.meta.url).resolve('dictionary-en')
  return readFileSync(join(dirname(entry), name), 'utf8')
}

function load(): Lexicon {
  const suffixes: Affix[] = []
  const prefixes: Affix[] = []
  for (const line of dictionaryFile('index.aff').split('\n')) {
    const parts = line.trim().split(/\s+/)
    // a rule line has five fields ("SFX D y ied [^aeiou]y"); a header has four ("SFX D Y 4")
    if ((parts[0] !== 'SFX' && parts[0] !== 'PFX') || parts.length < 5) continue
    const [kind, flag, strip, add, condition] = parts as [string, string, string, string, string]
    const suffix = kind === 'SFX'
    const affix: Affix = {
      flag,
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      condition: new RegExp(suffix ? `${condition}$` : `^${condition}`),
    }
    ;(suffix ? suffixes : prefixes).push(affix)
  }
  const common = new Map<string, string>()
  const proper = new Map<string, string>()
  const lines = dictionaryFile('index.dic').split('\n')
  // the first line is the entry count
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    if (!line) continue
    const slash = line.indexOf('/')
    const word = slash < 0 ? line.trimEnd() : line.slice(0, slash)
    const flags = slash < 0 ? '' : line.slice(slash + 1).trimEnd()
    const lower = word.toLowerCase()
    const target = word === lower ? common : proper
    target.set(lower, (target.get(lower) ?? '') + flags)
  }
  return { common, proper, suffixes, prefixes }
}

function lexiconNow(): Lexicon {
  return (lexicon ??= load())
}

/** Whether `word` (lower case) is `table`'s entry or one of its entries with a suffix or prefix its flags allow. */
function derives(word: string, table: ReadonlyMap<string, string>, { suffixes, prefixes }: Lexicon): boolean {
  if (table.has(word)) return true
  const bySuffix = (w: string) => {
    for (const { flag, strip, add, condition } of suffixes) {
      if (!add || !w.endsWith(add) || w.length <= add.length) continue
      const stem = w.slice(0, w.length - add.length) + strip
      if (condition.test(stem) && table.get(stem)?.includes(flag)) return true
    }
    return false
  }
  if (bySuffix(word)) return true
  for (const { flag, add } of prefixes) {
    if (!word.startsWith(add) || word.length <= add.length + 2) continue
    const stem = word.slice(add.length)
    if (table.get(stem)?.includes(flag)) return true
    // "reopened": the prefix and a suffix both, each allowed by the root's flags ("open/ASDG")
    for (const s of suffixes) {
      if (!s.add || !stem.endsWith(s.add) || stem.length <= s.add.length) continue
      const root = stem.slice(0, stem.length - s.add.length) + s.strip
      const flags = table.get(root)
      if (flags?.includes(flag) && flags.includes(s.flag) && s.condition.test(root)) return true
    }
  }
  return false
}

export type EnglishKind = 'common' | 'proper'

/**
 * What the en_US dictionary says of a word: 'common' for a lower-case entry or its inflection ("ruins",
 * "displaced"), 'proper' for one listed only capitalised ("paris" → "Paris"), undefined for neither ("ruinas",
 * "yapıldı"). Case is ignored; possessive "'s" and hyphenated parts are the caller's to split.
 */
export function englishKind(word: string): EnglishKind | undefined {
  const lower = word.toLowerCase().replace(/’/g, "'")
  const lex = lexiconNow()
  if (derives(lower, lex.common, lex)) return 'common'
  const american = americanSpelling(lower)
  if (american !== lower && derives(american, lex.common, lex)) return 'common'
  if (derives(lower, lex.proper, lex)) return 'proper'
  return undefined
}

// The dictionary is American; a British or Australian copy writes "colour", "centre", "organisation",
// "defence", "travelled", "catalogue", "analyse", "leukaemia". Rewritten the American way before the second look-up.
const BRITISH: readonly (readonly [RegExp, string])[] = [
  [/our(s|ed|ing|ful|ite|ites|able)?$/, 'or$1'],
  [/([^aeiou])re(s|d)?$/, '$1er$2'],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/ence(s)?$/, 'ense$1'],
  [/ogue(s)?$/, 'og$1'],
  [/([^aeiou])ae([^aeiou])/, '$1e$2'],
]

export function americanSpelling(word: string): string {
  for (const [pattern, replacement] of BRITISH) if (pattern.test(word)) return word.replace(pattern, replacement)
  return word
}

/** Whether a word is English as a common word (lower case in the dictionary, or inflected from one). */
export function isEnglishWord(word: string): boolean {
  return englishKind(word) === 'common'
}
