import { endsWithAbbreviation } from '../text/abbreviations.js'
import type { Check, Draft } from '../types.js'
import { ALSO_NOUNS, capitalisedMidSentence, danglingEnd, invertedIndirectQuestion, noVerb, numberBeforePossessive, pluralSubjectSingularVerb, resumptivePronoun, SINGULAR_S, verbWhereNounStands } from './grammar-garble/rules.js'
import { tag } from './grammar-garble/tagger.js'

// Tagging is most of the check's cost and loading the tagger most of its start-up: a sentence is tagged only when
// its surface already shows what a rule looks for, and most native sentences never are. Each test is a superset
// of its rule's condition (tests/checks/grammar-garble.test.ts: no rule fires on a sentence the tests pass by):
// a closed-class word capitalised between lower-case words; a sentence ending on a word that cannot end one; two
// lower-case words in -s side by side ("figures shows"), the first none the rule reads as singular ("this
// process", "the series shows", "bus stops"); no common finite verb (an auxiliary, "said", a simple past such as
// "came") and no word in -ed (a verbless sentence); a number word before a possessive; capitalised words opening
// the sentence and then a subject pronoun; a question word before an auxiliary; a lower-case word in -s between a
// preposition and "of" that is no noun of that use too ("in terms of", "by means of").
// The ASCII patterns that ignore case go without the u flag: V8 scans them many times faster so.
const SURFACE: readonly RegExp[] = [
  /\p{Ll} (?:The|They|It|He|She|We|You|Its|Their|His|Her|Our|This|These|Those|That|There|Which|Who|Whose|Between|In|On|Of|For|With|From|By|At|To|And|But|Or|As|If|When|While|After|Before|Since|Although|Because) \p{Ll}/u,
  /\b(?:the|an?|than|and|or|nor|but|its|their|our|your|my|whose|of|very)\.\s*$/i,
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|hundreds|thousands) (?:his|her|their|its|our|my|your) /i,
  /^(?:\p{Lu}\p{L}+[ .-]+(?:and )?){2,8}(?:he|she|they) /u,
  /\b(?:what|where|how|why|when|who|whether)\s+(?:can|could|will|would|should|must|is|are|was|were|do|does|did|has|have)\s+(?:I|you|he|she|we|they)\b/u,
]
// two words in -s side by side, found fast; then the first of each such pair, the second looked ahead at, so
// "things sports shows" tries both pairs
const PAIR_IN_S = /[^\P{Ll}sui]s \p{Ll}+s\b/u
const WORD_IN_S_BEFORE_ONE = /(?<!\p{L})(\p{Ll}+s) (?=\p{Ll}+s\b)/gu
const IN_S_BETWEEN_PREPOSITION_AND_OF = /\b(?:in|on|at|by|for|with|from|of|into) (\p{Ll}+s) of\b/giu
// The simple past of common irregular verbs, as a news sentence writes them ("Stoltenberg came to Seoul on
// Monday"), only those that are no participle too ("built", "held", "spent" qualify a noun in a verbless phrase:
// "a newly built bridge") nor a noun ("saw", "rose"): each is a finite verb, so a sentence holding one is never
// verbless and need not be tagged (tests/checks/grammar-garble.test.ts: the tagger reads each as a verb).
export const SIMPLE_PAST = [
  'arose', 'ate', 'awoke', 'became', 'began', 'came', 'chose', 'drew', 'drove', 'flew', 'forgot', 'froze', 'gave',
  'grew', 'knew', 'overcame', 'ran', 'rode', 'sang', 'sank', 'shook', 'spoke', 'stole', 'swore', 'threw', 'took',
  'undertook', 'went', 'withdrew', 'wrote',
]
const FINITE = new RegExp(`\\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|said|says|told|${SIMPLE_PAST.join('|')}|\\p{Ll}+ed)\\b`, 'u')

/** Whether a rule may fire on the sentence: when not, it is not tagged. */
export function mayFire(text: string): boolean {
  if (SURFACE.some((re) => re.test(text))) return true
  if (PAIR_IN_S.test(text)) for (const m of text.matchAll(WORD_IN_S_BEFORE_ONE)) if (!SINGULAR_S.test(m[1]!)) return true
  if (/s of\b/i.test(text)) for (const m of text.matchAll(IN_S_BETWEEN_PREPOSITION_AND_OF)) if (/^\p{Ll}+$/u.test(m[1]!) && !ALSO_NOUNS.has(m[1]!)) return true
  // the finite-verb test first: it turns most sentences away, and splitting each into words cost more than it
  return /\.\s*$/u.test(text) && !FINITE.test(text) && text.split(/\s+/u).length >= 8
}

/**
 * Whether the sentence follows an abbreviation that ends in a full stop ("…between 11 p.m. | HKT on Thursday and
 * midnight."): the break may be the segmenter's, not the writer's, and the "sentence" the tail of the one before.
 */
function afterAbbreviation(text: string, start: number): boolean {
  return endsWithAbbreviation(text.slice(Math.max(0, start - 24), start))
}

const grammarGarble: Check = {
  id: 'grammar-garble',
  category: 'Fluency/Grammar',
  severity: 'minor',
  needs: 'variant',
  description: 'Finds English grammar a translation broke, read with a part-of-speech tagger: "the figures shows", "who They pulled", a sentence ending "worse than.".',
  explanation:
    'Each rule stays silent on native news English, all minor: a closed-class word capitalised in mid-sentence ' +
    'after a lower-case word ("the fishermen who They pulled from the sea", a lost full stop); a sentence ending ' +
    'on an article, a conjunction or "than" ("a deal worse than."); a plural subject opening a clause with a ' +
    'singular verb ("The figures shows"); a long body sentence with no verb at all; a number straight before a ' +
    'possessive ("three his cousins", Romance "tres de sus primos"); a verb in -s between a preposition and "of" ' +
    '("shown in decides of videos", Italian "decine di", dozens of); an indirect question in direct word order ' +
    '("nobody knows when will they return"); a subject said twice, name then pronoun ("Coach Maria Lund she told ' +
    'reporters"). Body text in English only: headlines, captions and quotes in ' +
    'another language are left to other checks.',
  *run({ variant }) {
    for (const sentence of variant.sentences) {
      if (sentence.zone !== 'body') continue
      if (sentence.lang !== 'eng' && sentence.lang !== 'und') continue
      if (!mayFire(sentence.text)) continue
      const tokens = tag(sentence.text)
      const rules = [
        ...capitalisedMidSentence(tokens),
        ...danglingEnd(tokens, sentence.text),
        ...pluralSubjectSingularVerb(tokens),
        ...(afterAbbreviation(variant.doc.text, sentence.start) ? [] : noVerb(tokens, sentence.text)),
        ...numberBeforePossessive(tokens),
        ...verbWhereNounStands(tokens),
        ...invertedIndirectQuestion(sentence.text),
        ...resumptivePronoun(tokens),
      ]
      for (const hit of rules) {
        const draft: Draft = {
          message: hit.message,
          start: sentence.start + hit.start,
          end: sentence.start + hit.end,
          sentence: sentence.index,
          ...(hit.severity ? { severity: hit.severity } : {}),
        }
        yield draft
      }
    }
  },
}
export default grammarGarble
