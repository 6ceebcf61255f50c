// String.prototype.matchAll copies its pattern on every call (the spec's RegExp species constructor): on a short
// text, a sentence or a line, the copy costs more than the match, and quantities() matches five patterns a
// sentence ("14 vessels", "€20 million", "Monday"…). These are matchAll's matches, found
// by exec on the pattern itself, whose lastIndex is put back afterwards (matchAll leaves it unchanged).
// tests/text/match-all.test.ts compares the two on random text.

/** Every match of a global pattern in `text`, as `[...text.matchAll(re)]`. */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: ${re}`)
  const from = re.lastIndex
  const found: RegExpExecArray[] = []
  try {
    for (let match = re.exec(text); match; match = re.exec(text)) {
      found.push(match)
      // an empty match moves on by one character, a code point under the u and v flags, as matchAll does
      if (match[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'))
    }
  } finally {
    re.lastIndex = from
  }
  return found
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const unit = text.charCodeAt(index)
  const next = text.charCodeAt(index + 1)
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1
}
