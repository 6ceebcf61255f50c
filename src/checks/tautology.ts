import type { Check, Draft, Sentence } from '../types.js'
import { sentenceMatches } from './sentence-matches.js'

// A phrase that says one thing twice, as translation and round trips make it: a word swapped for a synonym that
// already holds the adjective ("dead bodies" → "dead corpses": a corpse is dead), or a noun phrase whose
// adjective repeats its own complement (Portuguese "o governador regional da região da Tessália" → "the regional
// governor of the region of Thessaly"). Native writers have their own redundancies ("future plans", "close
// proximity"), common enough in edited news to be style, not garble; these are left alone, and only the two
// shapes above are reported.

/** adjective → the noun it is made from: "regional … of the region" says "region" twice */
const STEM_PAIRS: Record<string, string> = {
  regional: 'region',
  provincial: 'province',
  municipal: 'municipality',
  departmental: 'department',
  presidential: 'president',
  governmental: 'government',
  ministerial: 'ministry',
  parliamentary: 'parliament',
  national: 'nation',
}
const STEM_REPEAT = new RegExp(`\\b(${Object.keys(STEM_PAIRS).join('|')}) ((?:[\\p{Ll}-]+ ){0,2}?[\\p{Ll}-]+) of the (${Object.values(STEM_PAIRS).join('|')})\\b`, 'giu')

// a noun whose meaning holds the adjective before it. Not "lifeless corpses": AFP's own English writes it (the web
// set's native controls), a figure of style where "dead corpses" is a synonym swap.
const HELD = /\bdead (?:corpses?|cadavers?)\b/giu

function* tautologies(sentence: Sentence): Generator<Draft> {
  yield* sentenceMatches(sentence, STEM_REPEAT, (m) =>
    STEM_PAIRS[m[1]!.toLowerCase()] === m[3]!.toLowerCase()
      ? `Redundant \`${m[0]}\`: "${m[1]}" and "${m[3]}" say the same thing twice; write "the ${m[2]} of the ${m[3]}" or "the ${m[1]!.toLowerCase()} ${m[2]}".`
      : undefined,
  )
  yield* sentenceMatches(sentence, HELD, (m) => `Redundant \`${m[0]}\`: the noun already says it; write "bodies" or "dead bodies".`)
}

const tautology: Check = {
  id: 'tautology',
  category: 'Style/Awkward',
  severity: 'minor',
  needs: 'variant',
  description: 'Finds a phrase that says one thing twice, as translation makes it: "dead corpses", "the regional governor of the region".',
  explanation:
    'A round trip swaps a word for a synonym that already holds the adjective ("dead bodies" → "dead corpses"); ' +
    'a Romance noun phrase carried over word for word repeats its adjective in its complement ("o governador ' +
    'regional da região" → "the regional governor of the region of Thessaly"). Only these two shapes are reported, ' +
    'minor: the redundancies native writers use ("future plans", "close proximity") are style, not garble.',
  *run({ variant }) {
    for (const sentence of variant.sentences) if (sentence.zone !== 'boilerplate') yield* tautologies(sentence)
  },
}
export default tautology
