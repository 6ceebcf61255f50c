// The lemmatiser wink-nlp calls for each tagged token (the model's `lemmatize` addon): wink-eng-lite-web-model's
// lemmatize.js, the same rules in the same order, given its three WordNet exception lists as data. The package's
// own file loads those lists as 220 kB of JavaScript, a tenth of the tagger's start; read from the build's table
// (wink-model.ts) they cost a JSON parse. tests/checks/grammar-garble/wink-model.test.ts proves it answers as the
// package's does for every word of the lexicon, in each part of speech.

/** irregular forms → their lemma, per part of speech: "geese" → "goose", "went" → "go", "worse" → "bad" */
export interface LemmaExceptions {
  readonly adjective: Readonly<Record<string, string>>
  readonly noun: Readonly<Record<string, string>>
  readonly verb: Readonly<Record<string, string>>
}

/** what the lemmatiser asks of wink-nlp's cache: whether `word` is a lexicon word of part of speech `pos` */
interface PosCache {
  hasSamePOS(word: string, pos: string): boolean
}

// Each regular ending and what replaces it, tried in this order; the first that leaves a word the lexicon knows
// as a noun wins ("boxes": "boxe" is no noun, "box" is).
const NOUN_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/s$/, ''], [/ses$/, 's'], [/xes$/, 'x'], [/zes$/, 's'], [/ves$/, 'f'], [/ches$/, 'ch'], [/shes$/, 'sh'], [/ies$/, 'y'],
]

/** `value`'s entry: the lists are parsed JSON, whose objects would answer "constructor" with Object's own */
const listed = (list: Readonly<Record<string, string>>, value: string): string | undefined => (Object.hasOwn(list, value) ? list[value] : undefined)

/** `value` with `ending` replaced, or undefined when it does not end so */
function without(value: string, ending: RegExp, by = ''): string | undefined {
  const stem = value.replace(ending, by)
  return stem.length === value.length ? undefined : stem
}

/** `stem` when the lexicon knows it as `pos`, else `stem` + "e" when it knows that, else `value` unchanged */
function stemOrStemE(value: string, stem: string | undefined, pos: string, cache: PosCache): string {
  if (stem === undefined) return value
  if (cache.hasSamePOS(stem, pos)) return stem
  return cache.hasSamePOS(`${stem}e`, pos) ? `${stem}e` : value
}

function adjective(value: string, exceptions: LemmaExceptions, cache: PosCache): string {
  const irregular = listed(exceptions.adjective, value)
  if (irregular) return irregular
  // "larger" → "larg" is no adjective; "large" is
  return stemOrStemE(value, without(value, /est$|er$/), 'ADJ', cache)
}

function verb(value: string, exceptions: LemmaExceptions, cache: PosCache): string {
  const irregular = listed(exceptions.verb, value)
  if (irregular) return irregular
  for (const [ending, by] of [[/s$/, ''], [/ies$/, 'y']] as const) {
    const stem = without(value, ending, by)
    if (stem !== undefined && cache.hasSamePOS(stem, 'VERB')) return stem
  }
  // "raised" → "rais" is no verb; "raise" is
  return stemOrStemE(value, without(value, /es$|ed$|ing$/), 'VERB', cache)
}

function noun(value: string, exceptions: LemmaExceptions, cache: PosCache): string {
  const irregular = listed(exceptions.noun, value)
  if (irregular) return irregular
  for (const [ending, by] of NOUN_ENDINGS) {
    const stem = without(value, ending, by)
    if (stem !== undefined && cache.hasSamePOS(stem, 'NOUN')) return stem
  }
  return value.replace(/men$/, 'man')
}

/** The addon: `value`'s lemma read as part of speech `pos` (only adjectives, nouns and verbs change). */
export function lemmatizer(exceptions: LemmaExceptions): (value: string, pos: string, cache: PosCache) => string {
  return (value, pos, cache) =>
    pos === 'ADJ' ? adjective(value, exceptions, cache) : pos === 'NOUN' ? noun(value, exceptions, cache) : pos === 'VERB' ? verb(value, exceptions, cache) : value
}
