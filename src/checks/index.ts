// The registry: every check, one line each, sorted by id. File name = check id = registry key.
import type { Check } from '../types.js'
import boilerplate from './boilerplate.js'
import repeatedFragment from './repeated-fragment.js'
import spuriousSentenceBreak from './spurious-sentence-break.js'
import strayPunctuation from './stray-punctuation.js'

export const CHECKS: readonly Check[] = [
  boilerplate,
  repeatedFragment,
  spuriousSentenceBreak,
  strayPunctuation,
]
