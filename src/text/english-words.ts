// English closed-class words: articles, pronouns, prepositions, conjunctions, auxiliaries. The one list of them:
// every stage that tells grammar from content draws its words from here, so "what is a function word" has one
// answer. Garble checks read them as the grammar around content words: "he had, he had" repeats only grammar
// and is two clauses, while "the ministry, the ministry" repeats content; a capitalised "It" after a lower-case
// word with no full stop ("…in the district It said…") is a lost sentence break because a function word is no name.
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('a an the this that these those some any each every no all both either neither ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'who whom whose which what where when why how whether if than then so as ' +
    'of to in on at by for from with without about into onto over under after before since until during ' +
    'through between among against across along around behind beyond near off out up down upon within ' +
    'and or but nor yet because although though while ' +
    'is am are was were be been being has have had do does did will would shall should can could may might must ' +
    'not there here also just only very too')
    .split(' '),
)

/**
 * A named subset of ENGLISH_FUNCTION_WORDS for a stage that reads only some of them (space-separated), e.g.
 * name-drift's title-case tells "for of to and the…": a word missing from the one list is a mistake in the
 * list or in the subset, and throws when the module loads rather than going unnoticed.
 */
export function functionWordSubset(words: string): ReadonlySet<string> {
  const subset = new Set(words.split(' '))
  const strays = [...subset].filter((word) => !ENGLISH_FUNCTION_WORDS.has(word))
  if (strays.length > 0) throw new Error(`not in ENGLISH_FUNCTION_WORDS: ${strays.join(' ')}`)
  return subset
}
