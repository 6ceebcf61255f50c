// Short function words of the languages wire copy is most often machine-translated from: the evidence that a
// Latin-script passage in an English story is untranslated. franc alone cannot be trusted on one sentence
// (it ranks Indonesian only 7% ahead of Malay, and short English behind Scots), but "yang", "dan", "untuk" in
// a row are Indonesian whatever franc says. Words that are also English ("die", "son", "con", "pas", "sur",
// "also", "am", "in", "on") and name particles that open proper names ("de", "la", "da", "van", "von", "del",
// "di", "al", "bin") are left out, so "Ursula von der Leyen" and "coup de grâce" are no evidence.
const LEXICON = {
  fra: 'le les des est sont une dans avec qui que aux mais ont été cette nous vous ils elle très sa ses leur était être fait où comme ces',
  spa: 'el los las una que por está es pero como más fue muy esta este entre sobre también',
  ita: 'il gli delle che una sono anche nel nella alla degli questo essere stato',
  por: 'os uma não são pelo pela mais foi está também seu sua entre',
  deu: 'und ist nicht mit sich auf für ein eine dem zu wird sind auch nach bei wie oder aber noch',
  ind: 'yang dan ke dari untuk dengan ini itu tidak akan pada dalam adalah juga sudah bahwa oleh atau telah bisa kata',
  nld: 'het een niet zijn voor ook maar wordt bij naar heeft worden werd',
} as const satisfies Record<string, string>

export type SourceLanguage = keyof typeof LEXICON

const WORDS: ReadonlyMap<SourceLanguage, ReadonlySet<string>> = new Map(
  Object.entries(LEXICON).map(([lang, words]) => [lang as SourceLanguage, new Set(words.split(' '))]),
)

// franc's codes for the same languages (franc tells Malay from Indonesian and Catalan from Spanish, which
// for the function-word evidence does not matter)
const FRANC_FAMILY: Readonly<Record<string, SourceLanguage>> = {
  fra: 'fra', spa: 'spa', cat: 'spa', glg: 'por', ita: 'ita', por: 'por', deu: 'deu', ind: 'ind', zlm: 'ind',
  zsm: 'ind', msa: 'ind', jav: 'ind', nld: 'nld', afr: 'nld',
}

export function familyOf(francCode: string): SourceLanguage | undefined {
  return FRANC_FAMILY[francCode]
}

// word → its languages, in LEXICON's order: untranslated-text asks for every word of every sentence, so the
// answer is looked up once rather than built per call (seven set lookups and an array each)
const LANGUAGES_OF = new Map<string, readonly SourceLanguage[]>()
for (const [lang, words] of WORDS) for (const word of words) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), lang])
const NONE: readonly SourceLanguage[] = []

/** The source languages a lower-case word is a function word of (none for English words and name particles). */
export function functionWordOf(word: string): readonly SourceLanguage[] {
  return LANGUAGES_OF.get(word) ?? NONE
}

// the lexicon's words are two to seven letters: a word of another length is looked up in no table
const SHORTEST = Math.min(...[...LANGUAGES_OF.keys()].map((w) => w.length))
const LONGEST = Math.max(...[...LANGUAGES_OF.keys()].map((w) => w.length))

/** Whether a lower-case word is a function word of some source language: functionWordOf(word).length > 0. */
export function isFunctionWord(word: string): boolean {
  return word.length >= SHORTEST && word.length <= LONGEST && LANGUAGES_OF.has(word)
}

/** How many of `words` (lower case) are function words of `lang`. */
export function countFunctionWords(words: readonly string[], lang: SourceLanguage): number {
  const set = WORDS.get(lang)!
  return words.filter((w) => set.has(w)).length
}
