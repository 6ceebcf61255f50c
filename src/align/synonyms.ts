// Words that news English uses for one another, read as one evidence key. A rewrite from another agency, or a
// translation back into English, says the same thing in other words: 000's "asked South Korea to 'step up'
// military support" is 002's "call on the Republic of Korea to … escalate military assistance" and 004's "urge
// the Republic of Korea to … intensify … military support"; "arms exports to belligerent states" is "weapons
// exports to countries in conflict". The classes are general wire vocabulary (requests, aid, arms, escalation,
// war, change, promises, supply), not the seed story's sentences; each is checked on newstest2021 in the bench.

const CLASSES: readonly (readonly string[])[] = [
  // asking someone to act (not plain saying: "said", "added" carry no content, see SAYING)
  ['ask', 'urge', 'appeal', 'request', 'exhort', 'implore', 'plead'],
  ['aid', 'support', 'assistance', 'backing', 'help'],
  ['arms', 'weapon', 'weaponry', 'armament'],
  ['ammunition', 'munition', 'ammo'],
  ['increase', 'intensify', 'escalate', 'boost', 'bolster', 'strengthen', 'expand', 'enhance', 'ramp-up', 'step-up', 'scale-up'],
  ['conflict', 'war', 'warfare', 'belligerent', 'warring', 'hostilities'],
  ['change', 'revise', 'alter', 'amend', 'modify', 'overhaul'],
  ['promise', 'pledge', 'vow'],
  ['send', 'sent', 'supply', 'provide', 'deliver', 'transfer'],
  ['invade', 'invasion', 'invader'],
  ['adversary', 'enemy', 'foe'],
  ['important', 'imperative', 'crucial', 'vital', 'essential'],
  ['ties', 'relations', 'relationship'],
  ['continue', 'pursue', 'maintain', 'sustain'],
  ['decide', 'decision'],
  ['danger', 'dangerous', 'peril', 'perilous'],
]

/**
 * Verbs that only attribute a quote ("…," he added / insisted / emphasised): two sentences sharing "added" are
 * no more alike than two sharing "said", which is a stop word already.
 */
export const SAYING = [
  'add', 'insist', 'emphasize', 'emphasise', 'stress', 'remark', 'explain', 'declare', 'tell',
]

// Multi-word verbs and names first, as one token: "stepped up" is "step-up". A country is one name however it
// is written: "US" would be lost as the two-letter "us", so it becomes "USA"; "Republic of Korea" is South
// Korea (not inside North Korea's "Democratic People's Republic of Korea").
// Each with plain substrings one of which any match contains, tested first: most sentences hold none of them
// (and a single letter was no test: "U" is in every sentence about Ukraine). `lower`: test the lower-cased
// text (the patterns that ignore case).
const PHRASES: readonly { hints: readonly string[]; lower: boolean; pattern: RegExp; replacement: string }[] = ([
  [[' up', '-up'], /\b(step|scale|ramp)(?:s|ped|ping|ed|ing)?[ -]up\b/giu, '$1-up'],
  [['call'], /\bcall(?:s|ed|ing)? (?:on|upon)\b/giu, 'urge'],
  [['United States', 'U.S.', 'US'], /\bUnited States\b|\bU\.S\.(?=[\s,;:]|$)|\bUS\b/gu, 'USA'],
  [['United Kingdom', 'U.K.', 'UK'], /\bUnited Kingdom\b|\bU\.K\.(?=[\s,;:]|$)|\bUK\b/gu, 'Britain'],
  [['EU'], /\bEU\b/gu, 'European Union'],
  [['UN'], /\bUN\b/gu, 'United Nations'],
  [['Korea'], /(?<!People['’]s )\bRepublic of Korea\b|\bS\. Korea\b/gu, 'South Korea'],
] as const).map(([hints, pattern, replacement]) => ({ hints, lower: pattern.flags.includes('i'), pattern, replacement }))

/** Rewrites multi-word verbs and names to one form before tokens are cut. */
export function normalisePhrases(text: string): string {
  let out = text
  const lower = text.toLowerCase()
  for (const { hints, lower: ignoreCase, pattern, replacement } of PHRASES) {
    const subject = ignoreCase ? lower : out
    if (hints.some((hint) => subject.includes(hint))) out = out.replace(pattern, replacement)
  }
  return out
}

const CLASS_OF = new Map<string, string>()
for (const members of CLASSES) for (const word of members) CLASS_OF.set(word, `=${members[0] as string}`)
for (const word of SAYING) CLASS_OF.set(word, '')

/** A lower-case word's dictionary forms: "urged" → urge, "countries" → country, "stepping" → step. */
function lemmas(word: string): string[] {
  const out = [word]
  const strip = (suffix: string, add = '') => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + add)
  }
  strip('s')
  strip('es')
  strip('ies', 'y')
  strip('ied', 'y')
  strip('ed')
  strip('ed', 'e')
  strip('d')
  strip('ing')
  strip('ing', 'e')
  strip('ly')
  return out
}

/**
 * The class key of a lower-case word ("=aid" for "assistance"), '' for a verb of saying (no evidence), or
 * undefined when the word is in no class.
 */
export function synonymClass(word: string): string | undefined {
  for (const form of lemmas(word)) {
    const found = CLASS_OF.get(form)
    if (found !== undefined) return found
  }
  return undefined
}
