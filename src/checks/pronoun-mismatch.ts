import { allMatches } from '../text/match-all.js'
import type { AnalyzedDocument, Check, Draft, Link } from '../types.js'

// A personal pronoun of the other gender than the reference's, in a sentence aligned with it. Languages whose
// possessive does not mark the owner's gender (French "sa famille", Spanish "su casa", Italian "suo fratello") or
// whose nouns carry grammatical gender (Greek "το μωρό", neuter) leave the machine to guess, and it guesses
// masculine: the reference's "the coach thanked her players after the final" comes back "…thanked his players…".
// Fires only when the two sides are unmistakably one sentence (close text), the reference uses one gender only
// and the variant only the other, so a rewrite that brings another person into the sentence stays silent. The
// same guess makes a thing a person ("hoped for its withdrawal" → "his withdrawal") and an impersonal or
// third-person clause "you" ("He could be ordered to pay" → "You could be ordered to pay", outside quotes).

const MASCULINE = /\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b/gu
const FEMININE = /\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b/gu
const THING = /\b(?:[Ii]ts|[Ii]tself)\b/gu
const SECOND = /\b(?:[Yy]ou|[Yy]our|[Yy]ourself)\b/gu

/** The text with quotations blanked: "you" inside a quote is the speaker's and legitimate. */
function unquoted(text: string): string {
  return text.replace(/[“"«][^”"»]*[”"»]?/gu, (q) => ' '.repeat(q.length))
}

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
  const [vt, rt, vy, ry] = [count(THING, v), count(THING, r), count(SECOND, unquoted(v)), count(SECOND, r)]
  let wrong: RegExp | null = null
  let right: RegExp = THING
  if (vm > 0 && vf === 0 && rf > 0 && rm === 0) [wrong, right] = [MASCULINE, FEMININE]
  else if (vf > 0 && vm === 0 && rm > 0 && rf === 0) [wrong, right] = [FEMININE, MASCULINE]
  // a thing made a person: French "son entrée en vigueur" (the law's) → "his entry into force"
  else if (vm + vf === 1 && vt === 0 && rt > 0 && rm + rf === 0) [wrong, right] = [vm ? MASCULINE : FEMININE, THING]
  // a person made "you": French "il peut", Spanish impersonal "se le podría" read as the second person
  else if (vy > 0 && ry === 0 && rm + rf > 0) [wrong, right] = [SECOND, rm ? MASCULINE : FEMININE]
  if (!wrong) return
  const theirs = [...new Set(allMatches(r, right).map((m) => m[0].toLowerCase()))].join('/')
  for (const i of link.variant) {
    const sentence = variant.sentences[i]!
    const searched = wrong === SECOND ? unquoted(sentence.text) : sentence.text
    for (const m of allMatches(searched, wrong)) {
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
  description: 'Finds a he/his where the aligned reference sentence has she/her (or the converse, its, or he for you): a guessed pronoun.',
  explanation:
    'Source languages whose possessive does not mark the owner\'s gender ("sa famille", "su casa") or whose ' +
    'nouns have grammatical gender leave the machine to guess, and it guesses masculine: reference "the coach ' +
    'thanked her players after the final", variant "the coach thanked his players". Only for sentences close to their ' +
    'counterpart, where the reference uses one gender and the variant only the other; also "his"/"her" where ' +
    'the reference has "its", and "you" outside quotation marks where the reference speaks of him or her; minor.',
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
