import type { Check, Draft } from '../types.js'
import { capitalisedMidSentence, danglingEnd, invertedIndirectQuestion, noVerb, numberBeforePossessive, pluralSubjectSingularVerb } from './grammar-garble/rules.js'
import { tag } from './grammar-garble/tagger.js'

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
    'possessive ("three his cousins", Romance "tres de sus primos"); an indirect question in direct word order ' +
    '("nobody knows when will they return"). Body text in English only: headlines, captions and quotes in ' +
    'another language are left to other checks.',
  *run({ variant }) {
    for (const sentence of variant.sentences) {
      if (sentence.zone !== 'body') continue
      if (sentence.lang !== 'eng' && sentence.lang !== 'und') continue
      const tokens = tag(sentence.text)
      const rules = [
        ...capitalisedMidSentence(tokens),
        ...danglingEnd(tokens, sentence.text),
        ...pluralSubjectSingularVerb(tokens),
        ...noVerb(tokens, sentence.text),
        ...numberBeforePossessive(tokens),
        ...invertedIndirectQuestion(sentence.text),
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
