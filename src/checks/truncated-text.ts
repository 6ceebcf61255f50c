import { excerpt } from '../text/neighbours.js'
import type { Check, Draft, Sentence } from '../types.js'

const ENDS_LIKE_SENTENCE = /[.!?…:]["'”’)\]]*$/u
// A paragraph that stops on a comma or a word that needs a continuation was cut off: "…the minister said the",
// "…tanks to Poland and". Not a colon ("He said:" before a quotation) nor a semicolon (list items: "1. Install
// anti-virus software…;", as in a WMT zh→en security-tips list).
const DANGLING_END = /(?:[,–—-]|\b(?:the|a|an|of|to|and|or|but|with|for|from|that|which|who|by|at|its|their|his|her))["'”’]?$/iu
// Headlines, captions and subheads have no full stop by convention; only story text can be truncated.
const STORY_ZONES = new Set(['body'])

function lastOfParagraph(sentences: readonly Sentence[]): Sentence[] {
  return sentences.filter((s, i) => STORY_ZONES.has(s.zone) && sentences[i + 1]?.paragraph !== s.paragraph)
}

/** The finding points at the sentence's last word and what follows it: where the text breaks off. */
function draft(sentence: Sentence, why: string): Draft {
  const words = sentence.text.split(/\s+/)
  const tail = sentence.text.search(/\S+\s*$/u)
  return {
    message: `Truncated sentence ending \`${excerpt(words.slice(-4).join(' '), 40)}\`: ${why}; restore the missing end or remove the fragment.`,
    start: sentence.start + tail,
    end: sentence.end,
    sentence: sentence.index,
  }
}

const truncatedText: Check = {
  id: 'truncated-text',
  category: 'Accuracy/Omission',
  // a cut copy is a completeness matter, not a translation garble: feeds cut at a fixed length or end on a
  // sign-off, and that decides nothing about the translation (the completeness gate is opt-in: --fail-on-truncated)
  severity: 'neutral',
  dimension: 'completeness',
  needs: 'variant',
  description: 'Notes story text cut off mid-sentence (a paragraph ending on "the", no last full stop): completeness, not garble.',
  explanation:
    'Feeds cut stories at a length limit or lose the end of a paragraph in conversion: "…Germany announced it ' +
    'would send 14 of its Leopard 2 tanks to". A paragraph that ends on a comma, dash or a word that needs a ' +
    'continuation ("the", "and", "of") is truncated; so is a story whose last sentence has no final punctuation. ' +
    'Headlines, captions, subheads and datelines have no full stop by convention and are left alone, as is a ' +
    'paragraph ending on a colon before a quotation. The note is neutral and counts for completeness only: it ' +
    'never lowers the translation score; --fail-on-truncated makes a cut copy fail the gate. In sentence-parallel ' +
    'input (one sentence a line) a line that stops on "the" is the translation dropping its end: a major ' +
    'fluency finding there.',
  *run({ variant }) {
    const story = variant.sentences.filter((s) => s.zone !== 'boilerplate')
    const ends = lastOfParagraph(story)
    for (const sentence of ends) {
      if (!DANGLING_END.test(sentence.text)) continue
      const found = draft(sentence, 'the paragraph stops where the sentence needs more words')
      // one sentence a line (WMT): every copy translates the same source line, so a line that stops on "the" is
      // the translation dropping the sentence's end — garble of that sentence, not a feed cut at a length
      yield variant.segmented === true ? { ...found, severity: 'major', dimension: 'fluency' } : found
    }
    // the story's last sentence: one-sentence-a-line sets (WMT) hold headlines anywhere, so only a dangling end counts there
    const last = story.at(-1)
    if (!last || variant.segmented === true || !STORY_ZONES.has(last.zone) || DANGLING_END.test(last.text)) return
    if (!ENDS_LIKE_SENTENCE.test(last.text)) yield draft(last, 'the story ends without a full stop')
  },
}
export default truncatedText
