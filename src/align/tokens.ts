// Words and numbers of a text, as the regular expression
//   /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,]\d+)*/gu
// would find them — letters with inner apostrophes and hyphens ("Korea's", "Yoon Sok-gil"), numbers with
// separators ("100,000", "2.5") — read by a scanner over code points instead: the Unicode property classes
// made the expression cost 10 µs a news sentence, as much as everything else in its evidence keys.
// tests/align/words.test.ts compares the two on real text.

const LETTER = /\p{L}/u
const MARK = /\p{M}/u
// per code point below 65536: 0 not yet known, 1 letter, 2 mark, 3 neither
const CLASS = new Uint8Array(65536)

function classOf(cp: number): number {
  if (cp < 65536) {
    let c = CLASS[cp] as number
    if (c === 0) {
      const ch = String.fromCharCode(cp)
      c = LETTER.test(ch) ? 1 : MARK.test(ch) ? 2 : 3
      CLASS[cp] = c
    }
    return c
  }
  const ch = String.fromCodePoint(cp)
  return LETTER.test(ch) ? 1 : MARK.test(ch) ? 2 : 3
}

const isDigit = (c: number) => c >= 48 && c <= 57
const APOSTROPHE = 39
const RIGHT_QUOTE = 0x2019
const HYPHEN = 45

/** The tokens of `text`, in order. */
export function tokens(text: string): string[] {
  const out: string[] = []
  const at = (i: number) => (i < text.length ? (text.codePointAt(i) as number) : -1)
  const width = (cp: number) => (cp > 0xffff ? 2 : 1)
  let i = 0
  while (i < text.length) {
    const cp = at(i)
    if (isDigit(cp)) {
      let j = i + 1
      while (isDigit(at(j))) j++
      while ((at(j) === 46 || at(j) === 44) && isDigit(at(j + 1))) {
        j += 2
        while (isDigit(at(j))) j++
      }
      out.push(text.slice(i, j))
      i = j
    } else if (cp >= 0 && classOf(cp) === 1) {
      let j = letters(text, i + width(cp), at, width)
      for (;;) {
        const sep = at(j)
        const next = at(j + 1)
        if ((sep !== APOSTROPHE && sep !== RIGHT_QUOTE && sep !== HYPHEN) || next < 0 || classOf(next) !== 1) break
        j = letters(text, j + 1 + width(next), at, width)
      }
      out.push(text.slice(i, j))
      i = j
    } else i += width(cp)
  }
  return out
}

/** The end of a run of letters and marks starting at `i`. */
function letters(text: string, i: number, at: (i: number) => number, width: (cp: number) => number): number {
  let j = i
  for (let cp = at(j); cp >= 0 && classOf(cp) <= 2; cp = at(j)) j += width(cp)
  return j
}
