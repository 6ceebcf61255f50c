// Whether a word is English: hunspell's en_US dictionary (the dictionary-en package) read as a word list, with
// its affix rules applied in reverse, so "sanctions", "rebuilt" and "unpopularity" are English because
// "sanction/S", "build" + "re" and "popularity" + "un" are listed. The checks that need it (run-together-words,
// name-drift, untranslated-text) ask only about words they could not place otherwise, so the list is read on the
// first such question, once per process, and never by a run that has none; and it is read as the table the build
// wrote (below), not parsed from the dictionary, which nearly every run would otherwise pay for.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { packageVersion, readPrebuilt } from '../prebuilt/files.js'

interface Affix {
  readonly flag: string
  /** letters the rule removed from the stem ('' for none) */
  readonly strip: string
  /** letters it added */
  readonly add: string
  /** what the stem must end with (suffixes) or start with (prefixes) */
  readonly condition: RegExp
}

/** A word list keyed in lower case: an entry's affix flags ('' for none), or undefined for a word not listed. */
export interface WordTable {
  has(word: string): boolean
  get(word: string): string | undefined
}

export interface Lexicon {
  /** lower-case entries → their affix flags */
  readonly common: WordTable
  /** entries written capitalised ("Paris", "Sunday"), keyed in lower case → their flags */
  readonly proper: WordTable
  readonly suffixes: readonly Affix[]
  readonly prefixes: readonly Affix[]
}

// A constant read on first use and never changed after (the same for every bundle).
let lexicon: Lexicon | undefined

/** The dictionary as hunspell ships it: index.dic (the entries) and index.aff (the affix rules). */
export function dictionaryFiles(): { dic: string; aff: string } {
  // the package exports only its loader, which reads both files asynchronously at import; the files sit beside it
  const dir = dirname(createRequire(import.meta.url).resolve('dictionary-en'))
  return { dic: readFileSync(join(dir, 'index.dic'), 'utf8'), aff: readFileSync(join(dir, 'index.aff'), 'utf8') }
}

/** The rule lines of an affix file, or of a table's rule section, which holds them as read from index.aff. */
function affixRules(aff: string): { suffixes: Affix[]; prefixes: Affix[]; lines: string[] } {
  const suffixes: Affix[] = []
  const prefixes: Affix[] = []
  const lines: string[] = []
  for (const line of aff.split('\n')) {
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
    lines.push(parts.slice(0, 5).join(' '))
  }
  return { suffixes, prefixes, lines }
}

/** The dictionary read into Maps, as every run did before the build wrote the table: the reference the table is
 *  generated from, and the one the tests compare it with. */
export function lexiconMaps({ dic, aff }: { dic: string; aff: string }): Lexicon & { common: Map<string, string>; proper: Map<string, string> } {
  const { suffixes, prefixes } = affixRules(aff)
  const common = new Map<string, string>()
  const proper = new Map<string, string>()
  const lines = dic.split('\n')
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

// The table the build writes (dist/data/english-lexicon.txt), so that a run reads one file and builds nothing:
//   mtaudit-english-lexicon/1 dictionary-en@4.0.0     the stamp: a table of another dictionary is not read
//   903 457709                                         the bytes of the rule lines, and of the common entries
//   SFX D y ied [^aeiou]y                              index.aff's rule lines, parsed as index.aff is
//   (a blank line)
//   sanction\tSMDG                                     the common entries, "word<tab>flags", sorted by their
//   (a blank line)                                     UTF-8 bytes; flags of a word listed twice joined
//   paris\tM                                           the proper ones, keyed in lower case, sorted the same
// A word is looked up by binary search in the file's bytes as read: neither the 49,000 entries nor the file as a
// whole is ever made a string (decoding it would cost more than all the look-ups of a run), and the sections are
// found from the byte counts, not by scanning for the blank lines.
export const LEXICON_FILE = 'english-lexicon.txt'

export function lexiconStamp(): string {
  return `mtaudit-english-lexicon/1 dictionary-en@${packageVersion('dictionary-en')}`
}

/** A word as the string of its UTF-8 bytes, one character a byte, which sorts as the bytes do ("é" is "Ã©"). */
const asBytes = (word: string) => (/[^\0-\x7f]/.test(word) ? Buffer.from(word, 'utf8').toString('latin1') : word)

/** The table's text, from the dictionary's files. */
export function lexiconTable(files: { dic: string; aff: string }, stamp: string): string {
  const { common, proper } = lexiconMaps(files)
  const entries = (table: Map<string, string>) =>
    [...table.keys()]
      .map((word) => [asBytes(word), word] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, word]) => `${word}\t${table.get(word)!}\n`)
      .join('')
  const rules = `${affixRules(files.aff).lines.map((line) => `${line}\n`).join('')}\n`
  const commons = `${entries(common)}\n`
  return `${stamp}\n${Buffer.byteLength(rules)} ${Buffer.byteLength(commons)}\n${rules}${commons}${entries(proper)}`
}

const TAB = 9
const NEWLINE = 10

/** The entries of a table's bytes from `start` to `end` (each a line "word<tab>flags\n", sorted), searched in place. */
class SortedLines implements WordTable {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** Where the flags of `word`'s line start, or -1 when it has none. */
  private find(word: string): number {
    const { bytes } = this
    const key = asBytes(word)
    let lo = this.start // always a line's first byte, as is hi (or the end)
    let hi = this.end
    while (lo < hi) {
      let line = (lo + hi) >>> 1
      while (line > lo && bytes[line - 1] !== NEWLINE) line--
      // compare the key with the line's entry, byte by byte
      let order = 0
      let i = 0
      for (;; i++) {
        const byte = bytes[line + i]!
        if (byte === TAB) {
          order = i === key.length ? 0 : 1 // the entry is the word, or a beginning of it ("sanction" for "sanctions")
          break
        }
        if (i === key.length) {
          order = -1 // the word is a beginning of the entry
          break
        }
        const own = key.charCodeAt(i)
        if (own !== byte) {
          order = own < byte ? -1 : 1
          break
        }
      }
      if (order === 0) return line + i + 1
      if (order < 0) {
        hi = line
      } else {
        lo = line + i
        while (bytes[lo++] !== NEWLINE);
      }
    }
    return -1
  }

  has(word: string): boolean {
    return this.find(word) >= 0
  }

  get(word: string): string | undefined {
    const flags = this.find(word)
    if (flags < 0) return undefined
    let end = flags
    while (this.bytes[end] !== NEWLINE) end++
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + flags, end - flags).toString('utf8')
  }
}

/** The lexicon of a table's bytes (lexiconTable's text in UTF-8). */
export function lexiconOfTable(bytes: Buffer): Lexicon {
  const countsStart = bytes.indexOf(NEWLINE) + 1
  const rulesStart = bytes.indexOf(NEWLINE, countsStart) + 1
  const [rules, commons] = bytes.toString('latin1', countsStart, rulesStart).split(' ').map(Number) as [number, number]
  const commonStart = rulesStart + rules
  const properStart = commonStart + commons
  const { suffixes, prefixes } = affixRules(bytes.toString('utf8', rulesStart, commonStart))
  return {
    common: new SortedLines(bytes, commonStart, properStart - 1),
    proper: new SortedLines(bytes, properStart, bytes.length),
    suffixes,
    prefixes,
  }
}

function load(): Lexicon {
  const stamp = Buffer.from(`${lexiconStamp()}\n`)
  const prebuilt = readPrebuilt(LEXICON_FILE)
  if (prebuilt && stamp.equals(prebuilt.subarray(0, stamp.length))) return lexiconOfTable(prebuilt)
  // not built (the tests run from the sources), or built from another dictionary-en: the same table, made here
  return lexiconOfTable(Buffer.from(lexiconTable(dictionaryFiles(), lexiconStamp())))
}

function lexiconNow(): Lexicon {
  return (lexicon ??= load())
}

/** Whether `word` (lower case) is `table`'s entry or one of its entries with a suffix or prefix its flags allow. */
function derives(word: string, table: WordTable, { suffixes, prefixes }: Lexicon): boolean {
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
  const known = answers.get(word)
  if (known !== undefined) return known ?? undefined
  const kind = englishKindIn(word, lexiconNow())
  if (answers.size >= MAX_ANSWERS) answers.clear()
  answers.set(word, kind ?? null)
  return kind
}

// englishKind's answers so far (null for none): a run asks the same words again and again ("rescuers" in every
// copy of a story, in three checks), and a word is several binary searches of the table (its entry, then a stem
// per suffix that fits) where a Map is one look-up. Emptied when full, so a long feed's vocabulary (names,
// numbers, garble) never holds more than this many words.
const answers = new Map<string, EnglishKind | null>()
const MAX_ANSWERS = 50_000

/** englishKind in a given lexicon: the tests ask the table and the Maps built from the dictionary the same words. */
export function englishKindIn(word: string, lex: Lexicon): EnglishKind | undefined {
  const lower = word.toLowerCase().replace(/’/g, "'")
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
