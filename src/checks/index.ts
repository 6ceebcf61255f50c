// The registry: every check, one line each, sorted by id. File name = check id = registry key.
import type { Check } from '../types.js'
import boilerplate from './boilerplate.js'
import calqueGrammar from './calque-grammar.js'
import dateGarble from './date-garble.js'
import falseFriend from './false-friend.js'
import grammarGarble from './grammar-garble.js'
import mojibake from './mojibake.js'
import nameDrift from './name-drift.js'
import numberFormat from './number-format.js'
import numberMismatch from './number-mismatch.js'
import pronounMismatch from './pronoun-mismatch.js'
import quotationDrift from './quotation-drift.js'
import repeatedFragment from './repeated-fragment.js'
import runTogetherWords from './run-together-words.js'
import spuriousSentenceBreak from './spurious-sentence-break.js'
import strayPunctuation from './stray-punctuation.js'
import synonymSwap from './synonym-swap.js'
import truncatedText from './truncated-text.js'
import untranslatedText from './untranslated-text.js'

export const CHECKS: readonly Check[] = [
  boilerplate,
  calqueGrammar,
  dateGarble,
  falseFriend,
  grammarGarble,
  mojibake,
  nameDrift,
  numberFormat,
  numberMismatch,
  pronounMismatch,
  quotationDrift,
  repeatedFragment,
  runTogetherWords,
  spuriousSentenceBreak,
  strayPunctuation,
  synonymSwap,
  truncatedText,
  untranslatedText,
]
