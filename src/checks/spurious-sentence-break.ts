import { countWords } from '../text/words.js'
import { endsWithAbbreviation } from '../text/abbreviations.js'
import { adjacentSentences, excerpt } from '../text/neighbours.js'
import { ENGLISH_FUNCTION_WORDS } from '../text/english-words.js'
import { allMatches } from '../text/match-all.js'
import { sentenceWords } from '../text/word-spans.js'
import type { BundleContext, Check, Draft, Sentence, Severity } from '../types.js'

// The fragment after the break starts in lower case: "…dozens of military planes. chase." (004, French
// "avions de chasse"), "…after the invasion. of Russia on Ukrainian territory…" (002). Opening quotes and
// brackets before the first letter are skipped.
const LOWER_CASE_START = /^["“'‘([]*\p{Ll}/u
// Lower-case starts that are not breaks: brand and handle spellings ("iPhone", "eBay", "@user", "www.").
// An embedded post's link ("pic.example.com/abc123") is a lower-case address, not a sentence.
const LOWER_CASE_NAME = /^["“'‘([]*(?:\p{Ll}+\p{Lu}|@|www\.|https?:|[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,}\/)/u
// Writers continue after an ellipsis in lower case on purpose ("We will… see."), and a colon or semicolon is no
// sentence end at all; sentence-splitter only breaks after . ! ? but a stray split can come from quotes.
const ENDS_WITH_FULL_STOP = /[.!?]["”'’)\]]*$/
const ENDS_WITH_ELLIPSIS = /(?:\.\.\.|…)["”'’)\]]*$/
// One capitalised word after a full stop, the same break as "chase." with a capital: "…military planes. Chase."
// Left alone: questions and exclamations ("Why?"), anything quoted, and the one-word sentences English writers
// use — answers and interjections ("No.", "Thanks."), and adverbs, adjectives and participles by their endings
// ("Exactly.", "Unbelievable.", "Gone.", "Closing.").
const ONE_WORD = /^\p{Lu}[\p{Ll}'’-]+\.$/u
const SENTENCE_WORDS = new Set(
  ('yes no yeah nope thanks sorry please indeed sure okay ok right never fine well perhaps maybe nothing none ' +
    'again agreed enough done true wrong correct amen goodbye bye hello welcome congratulations cheers wow alas ' +
    'still too either neither both all later soon now then so exactly absolutely silence period why how what')
    .split(' '),
)
const SENTENCE_WORD_ENDING = /(?:ly|ble|ful|ous|ive|ic|al|ed|en|ne|ing|est|er|ry|nt)$/u
const QUOTE = /["“”]/u

function isOneWordFragment(previous: Sentence, current: Sentence): boolean {
  if (!ONE_WORD.test(current.text) || QUOTE.test(previous.text) || countWords(previous.text) < 6) return false
  const word = current.text.slice(0, -1).toLowerCase()
  return !SENTENCE_WORDS.has(word) && !SENTENCE_WORD_ENDING.test(word) && /\.$/.test(previous.text)
}

// Words that start a sentence and are never capitalised inside one: "…flooded in the district The observatory
// said…", "…including the city It said it is preparing…". "I" is always capitalised, "A" names grades and groups
// ("Group A teams"), and "He"/"His" are capitalised for God in some quotations, so those are left out.
const SENTENCE_OPENERS = new Set(['The', 'It', 'They', 'Those', 'These', 'This', 'There', 'We', 'Their', 'Our', 'Its'])

/**
 * A sentence break lost: a capitalised opener right after a word, with no punctuation between, and a lower-case
 * word after it — "…the ruins of their house The rescuers said…". A title keeps its capitals ("the film The
 * Lost City", "told The Associated Press"), so a capital after the opener is left alone.
 */
function* runOns(bundle: BundleContext, sentence: Sentence): Generator<Draft> {
  const words = sentenceWords(bundle, sentence)
  for (let k = 1; k + 1 < words.length; k++) {
    const { word, index } = words[k]!
    if (!SENTENCE_OPENERS.has(word)) continue
    const previous = words[k - 1]!
    const next = words[k + 1]!
    if (!/^[ \t]+$/u.test(sentence.text.slice(previous.index + previous.word.length, index))) continue
    if (!/^\p{L}[\p{L}'’-]*$/u.test(previous.word) || !/^\p{Ll}/u.test(next.word) || next.index !== index + word.length + 1) continue
    // an all-capitals word before ("…said NATO The…") may end a headline or a dateline set in capitals; a capitalised
    // function word before ("In The") is a title
    if (/^\p{Lu}+$/u.test(previous.word) || (ENGLISH_FUNCTION_WORDS.has(previous.word.toLowerCase()) && /^\p{Lu}/u.test(previous.word))) continue
    const start = sentence.start + previous.index
    const end = sentence.start + next.index + next.word.length
    yield {
      message: `Sentence break lost at \`${previous.word} ${word} ${next.word}\`: "${word}" opens a new sentence but stands capitalised mid-sentence with no full stop before it; put the full stop back.`,
      start,
      end,
      sentence: sentence.index,
      severity: 'minor',
    }
  }
}

// "…flooded in the harbour district The Port Authority said…": a capitalised "The" and its name, then a verb of
// saying, after a lower-case word — a new sentence whose full stop was lost. A title after a preposition or a verb
// ("for The Times said", "told The Times") or after the noun it names ("the newspaper The Clarion reported") is
// English and left alone.
const NAMED_SUBJECT = /(?<=(?:^|\s)(\p{Ll}+) )The(?: \p{Lu}[\p{L}'’-]*){1,5} (?:said|says|reported|announced|warned|added|stated|confirmed)\b/gu
const MEDIA_NOUNS = new Set(
  ('newspaper paper daily weekly magazine journal tabloid broadcaster network channel station agency outlet website ' +
    'site film movie show series programme program album song book novel play band group brand ship vessel hotel')
    .split(' '),
)

// A sentence that is only an attribution, split from the sentence it belongs to: "…fell between 11pm and
// midnight. According to the weather service." No comma follows "According to …", so it qualifies nothing.
const ATTRIBUTION_ONLY = /^According to [^,;:"“”]{1,60}\.$/u

// Reported on the fragment, its span the fragment's text: a finding lies inside its sentence (the review shows it on
// that sentence's row, which may not hold the sentence before), and the message quotes the full stop before it:
// "Sentence cut in two at `military planes. chase.`" with "chase." marked.
function draft(previous: Sentence, current: Sentence, why: string, severity: Severity): Draft {
  const shown = `${previous.text.split(/\s+/).slice(-3).join(' ')} ${excerpt(current.text, 30)}`
  return {
    message: `Sentence cut in two at \`${shown}\`: ${why}; remove the full stop and join the fragment to the sentence before.`,
    start: current.start,
    end: current.end,
    sentence: current.index,
    severity,
  }
}

const spuriousSentenceBreak: Check = {
  id: 'spurious-sentence-break',
  category: 'Fluency/Grammar',
  severity: 'major',
  needs: 'variant',
  description: 'Finds a sentence cut in two: a full stop followed by a fragment in lower case, a lone word, or the tail of a split sentence.',
  explanation:
    'Machine translation of a rewrite often puts a full stop inside a sentence: "…signed a major arms deal with ' +
    'South Korea for hundreds of tanks and howitzers and dozens of military planes. chase." (French "avions de ' +
    'chasse", fighter jets). The check fires when a sentence ending in . ! or ? is followed, in the same ' +
    'paragraph, by one that starts in lower case (major), or by a lone capitalised word such as "Chase." (minor; ' +
    'answers like "No." and words like "Exactly." are English). When the alignment shows one reference sentence ' +
    'rendered as two and the second is a fragment of three words or fewer, the halves only make sense together ' +
    '(major). Ellipses, brand spellings like "iPhone" and handles are left alone, and so is a break after an ' +
    'abbreviation ("8 P.M. | contest", "the U.N. | troops"): the segmenter\'s, not the text\'s.',
  *run({ variant, alignment, bundle }) {
    for (const [previous, current] of adjacentSentences(variant)) {
      if (endsWithAbbreviation(previous.text)) continue
      const continues = ENDS_WITH_FULL_STOP.test(previous.text) && !ENDS_WITH_ELLIPSIS.test(previous.text)
      if (continues && LOWER_CASE_START.test(current.text) && !LOWER_CASE_NAME.test(current.text)) {
        yield draft(previous, current, 'the part after the full stop starts in lower case', 'major')
      } else if (isOneWordFragment(previous, current)) {
        yield draft(previous, current, 'a lone word after the full stop is no sentence', 'minor')
      } else if (ATTRIBUTION_ONLY.test(current.text) && countWords(current.text) <= 10) {
        yield draft(previous, current, 'an attribution on its own is no sentence', 'minor')
      }
    }
    for (const sentence of variant.sentences) {
      if (sentence.zone !== 'body') continue
      yield* runOns(bundle, sentence)
      for (const match of allMatches(sentence.text, NAMED_SUBJECT)) {
        const before = match[1]!
        if (ENGLISH_FUNCTION_WORDS.has(before) || MEDIA_NOUNS.has(before) || /(?:ed|s)$/u.test(before)) continue
        const start = sentence.start + match.index - before.length - 1
        yield {
          message: `Sentence break lost at \`${before} ${excerpt(match[0], 40)}\`: a new sentence starts after "${before}" with no full stop before it; put the full stop back.`,
          start,
          end: sentence.start + match.index + match[0].length,
          sentence: sentence.index,
          severity: 'minor',
        }
      }
    }
    // a split link: the reference says in one sentence what the variant breaks in two ("…planes." + "Chase.")
    for (const link of alignment) {
      if (link.kind !== 'split') continue
      for (let k = 1; k < link.variant.length; k++) {
        const previous = variant.sentences[link.variant[k - 1]!]
        const current = variant.sentences[link.variant[k]!]
        // a fragment ends as a sentence does ("Chase."); a short line without a full stop is a subhead
        if (!previous || !current || countWords(current.text) > 3 || !/\.["”'’)\]]?$/u.test(current.text)) continue
        if (SENTENCE_WORDS.has(current.text.replace(/\W+$/u, '').toLowerCase())) continue
        yield draft(previous, current, 'the reference says this in one sentence, and the part after the full stop is a fragment', 'major')
      }
    }
  },
}
export default spuriousSentenceBreak
