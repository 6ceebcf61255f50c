// Whether a sentence, as the segmenter cut it, ends on an abbreviation: then the break after it may be the
// segmenter's, not the writer's. sentence-splitter (whose rules src/segment/sentence-ranges.ts follows) breaks after
// two initials before any word ("a 8 P.M. | contest", "the U.N. | troops") and after a listed abbreviation
// before a capital ("637 E. Pelham Rd. | Henry L. Bowden"), so what follows such a break is no fragment the
// translation cut off. The list is the library's own, plus the numbering and estimate forms news copy uses.
import { English } from 'sentence-splitter/lang'

const KNOWN: ReadonlySet<string> = new Set(
  [...English.ABBREVIATIONS, ...English.PREPOSITIVE_ABBREVIATIONS, 'No.', 'Nos.', 'approx.', 'est.', 'Sept.'].map((word) => word.toLowerCase()),
)
const INITIALS = /^(?:\p{L}\.){2,}$/u

export function endsWithAbbreviation(text: string): boolean {
  const last = /[^\s(“"‘']+$/u.exec(text.trimEnd())?.[0] ?? ''
  return INITIALS.test(last) || KNOWN.has(last.toLowerCase())
}
