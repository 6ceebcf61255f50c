// The registry: every check, one line each, sorted by id. File name = check id = registry key.
import type { Check } from '../types.js'
import boilerplate from './boilerplate.js'
import calqueGrammar from './calque-grammar.js'
import mojibake from './mojibake.js'
import nameDrift from './name-drift.js'
import numberMismatch from './number-mismatch.js'
import quotationDrift from './quotation-drift.js'
import repeatedFragment from './repeated-fragment.js'
import runTogetherWords from './run-together-words.js'
import spuriousSentenceBreak from './spurious-sentence-break.js'
import strayPunctuation from './stray-punctuation.js'
import truncatedText from './truncated-text.js'
import untranslatedText from './untranslated-text.js'

export const CHECKS: readonly Check[] = [
  boilerplate,
  calqueGrammar,
  mojibake,
  nameDrift,
  numberMismatch,
  quotationDrift,
  repeatedFragment,
  runTogetherWords,
  spuriousSentenceBreak,
  strayPunctuation,
  truncatedText,
  untranslatedText,
]
