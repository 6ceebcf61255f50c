// The drafts of checks that read a sentence with patterns (calque-grammar, false-friend, tautology): one draft a
// match, spanning the match without its trailing space, in document offsets.
import { allMatches } from '../text/match-all.js'
import type { Draft, Sentence } from '../types.js'

/** A draft for each match of the global pattern `re` in the sentence; `message` returns undefined to skip one. */
export function* sentenceMatches(sentence: Sentence, re: RegExp, message: (match: RegExpExecArray) => string | undefined): Generator<Draft> {
  for (const m of allMatches(sentence.text, re)) {
    const said = message(m)
    if (said === undefined) continue
    yield { message: said, start: sentence.start + m.index, end: sentence.start + m.index + m[0].trimEnd().length, sentence: sentence.index }
  }
}
