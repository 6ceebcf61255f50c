import { allMatches } from '../text/match-all.js'
import type { AnalyzedDocument, Check, Draft, Link } from '../types.js'

// A personal pronoun of the other gender than the reference's, in a sentence aligned with it. Languages whose
// possessive does not mark the owner's gender (French "sa famille", Spanish "su casa", Italian "suo fratello") or
// whose nouns carry grammatical gender (Greek "το μωρό", neuter) leave the machine to guess, and it guesses
// masculine: the reference's "the coach thanked her players after the final" comes back "…thanked his players…".
// Fires only when the two sides are unmistakably one sentence (close text), the reference uses one gender only
// and the variant only the other, so a rewrite that brings another person into the sentence stays silent.

const MASCULINE = /\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b/gu
const FEMININE = /\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b/gu

/** Sentences this close (the aligner's 0–1 similarity) are one sentence rendered twice, not a rewrite. */
const CLOSE = 0.3

function textOf(document: AnalyzedDocument, indexes: readonly number[]): string {
  return indexes.map((i) => document.sentences[i]!.text).join(' ')
}

function count(re: RegExp, text: string): number {
  return allMatches(text, re).length
}

function* mismatches(variant: AnalyzedDocument, reference: AnalyzedDocument, link: Link): Generator<Draft> {
  const v = textOf(variant, link.variant)
  const r = textOf(reference, link.reference)
  const [vm, vf, rm, rf] = [count(MASCULINE, v), count(FEMININE, v), count(MASCULINE, r), count(FEMININE, r)]
  const wrong = vm > 0 && vf === 0 && rf > 0 && rm === 0 ? MASCULINE : vf > 0 && vm === 0 && rm > 0 && rf === 0 ? FEMININE : null
  if (!wrong) return
  const right = wrong === MASCULINE ? FEMININE : MASCULINE
  const theirs = [...new Set(allMatches(r, right).map((m) => m[0].toLowerCase()))].join('/')
  for (const i of link.variant) {
    const sentence = variant.sentences[i]!
    for (const m of allMatches(sentence.text, wrong)) {
      const refSentence = reference.sentences[link.reference[0]!]!
      yield {
        message: `Pronoun \`${m[0]}\` where the reference has "${theirs}" for the same person (\`${refSentence.text.slice(0, 90)}\`): the translation guessed the gender.`,
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        sentence: i,
        reference: { sentence: refSentence.index, start: refSentence.start, end: refSentence.end },
      }
    }
  }
}

const pronounMismatch: Check = {
  id: 'pronoun-mismatch',
  category: 'Accuracy/Mistranslation',
  severity: 'minor',
  needs: 'reference',
  description: 'Finds a he/his where the aligned reference sentence has she/her (or the converse): a gender the translation guessed.',
  explanation:
    'Source languages whose possessive does not mark the owner\'s gender ("sa famille", "su casa") or whose ' +
    'nouns have grammatical gender leave the machine to guess, and it guesses masculine: reference "the coach ' +
    'thanked her players after the final", variant "the coach thanked his players". Only for sentences close to their ' +
    'counterpart, where the reference uses one gender and the variant only the other; minor.',
  *run({ variant, reference, alignment }) {
    if (!reference) return
    for (const link of alignment) {
      if (link.kind === 'added' || link.kind === 'dropped' || link.similarity < CLOSE) continue
      if (link.variant.some((i) => variant.sentences[i]!.zone === 'boilerplate')) continue
      yield* mismatches(variant, reference, link)
    }
  },
}
export default pronounMismatch
