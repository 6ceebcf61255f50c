import { adjacentSentences, excerpt } from '../text/neighbours.js'
import type { Check } from '../types.js'

// The fragment after the break starts in lower case: "…dozens of military planes. chase." (004, French
// "avions de chasse"), "…after the invasion. of Russia on Ukrainian territory…" (002). Opening quotes and
// brackets before the first letter are skipped.
const LOWER_CASE_START = /^["“'‘([]*\p{Ll}/u
// Lower-case starts that are not breaks: brand and handle spellings ("iPhone", "eBay", "@user", "www.").
const LOWER_CASE_NAME = /^["“'‘([]*(?:\p{Ll}+\p{Lu}|@|www\.|https?:)/u
// Writers continue after an ellipsis in lower case on purpose ("We will… see."), and a colon or semicolon is no
// sentence end at all; sentence-splitter only breaks after . ! ? but a stray split can come from quotes.
const ENDS_WITH_FULL_STOP = /[.!?]["”'’)\]]*$/
const ENDS_WITH_ELLIPSIS = /(?:\.\.\.|…)["”'’)\]]*$/

const spuriousSentenceBreak: Check = {
  id: 'spurious-sentence-break',
  category: 'Fluency/Grammar',
  severity: 'major',
  needs: 'variant',
  description: 'Finds a sentence cut in two: a full stop followed by a fragment that starts in lower case.',
  explanation:
    'Machine translation of a rewrite often puts a full stop inside a sentence: "…signed a major arms deal with ' +
    'South Korea for hundreds of tanks and howitzers and dozens of military planes. chase." (French "avions de ' +
    'chasse", fighter jets). The check fires when a sentence ending in . ! or ? is followed, in the same ' +
    'paragraph, by one that starts in lower case. Ellipses, brand spellings like "iPhone" and handles are left alone.',
  *run({ variant }) {
    for (const [previous, current] of adjacentSentences(variant)) {
      if (!LOWER_CASE_START.test(current.text) || LOWER_CASE_NAME.test(current.text)) continue
      if (!ENDS_WITH_FULL_STOP.test(previous.text) || ENDS_WITH_ELLIPSIS.test(previous.text)) continue
      const stop = previous.end - 1
      const words = previous.text.split(/\s+/)
      const shown = `${words.slice(-3).join(' ')} ${excerpt(current.text, 30)}`
      yield {
        message: `Sentence cut in two at \`${shown}\`: the part after the full stop starts in lower case; remove the full stop and join the fragment to the sentence before.`,
        start: stop,
        end: current.end,
        sentence: current.index,
      }
    }
  },
}
export default spuriousSentenceBreak
