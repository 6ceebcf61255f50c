// The rules of grammar-garble: each reads one sentence's tokens and returns the spans it objects to, with a message.
import type { Token } from './tagger.js'

export interface Hit {
  /** [start, end) in the sentence text */
  readonly start: number
  readonly end: number
  readonly message: string
  readonly severity?: 'minor' | 'major'
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.start >= 0 && /^\p{L}/u.test(t.text)
const isLower = (t: Token | undefined): boolean => isWord(t) && /^\p{Ll}/u.test(t.text)

// 1. A closed-class word capitalised in mid-sentence after a lower-case word: the trace of a sentence break the
// translation lost or moved ("the fishermen who They pulled from the sea", "the lorry drivers They blocked the
// road"). Titles
// of works and outlets ("a column in The Economist") put a capitalised word after the article, so the word after
// must be lower case; "A" is left out, being also a letter and a grade ("the A team", "a grade A student").
const CLOSED = new Set([
  'The', 'They', 'It', 'He', 'She', 'We', 'You', 'Its', 'Their', 'His', 'Her', 'Our', 'This', 'These',
  'Those', 'That', 'There', 'Which', 'Who', 'Whose', 'Between', 'In', 'On', 'Of', 'For', 'With', 'From', 'By', 'At',
  'To', 'And', 'But', 'Or', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Because',
])
export function capitalisedMidSentence(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = []
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!
    if (!CLOSED.has(t.text) || !isLower(tokens[i - 1]) || !isLower(tokens[i + 1])) continue
    hits.push({
      start: t.start,
      end: t.end,
      message: `\`${tokens[i - 1]!.text} ${t.text} ${tokens[i + 1]!.text}\`: "${t.text}" is capitalised in mid-sentence, the trace of a sentence break lost in translation; a full stop is missing before it, or it should be lower case.`,
    })
  }
  return hits
}

// 2. A sentence that ends on a word that cannot end one: an article, a conjunction, "than" ("the union will not
// accept a deal worse than."). The translation dropped what followed. Prepositions are left out: English strands
// them ("the town they fled from.").
const CANNOT_END = new Set(['the', 'a', 'an', 'than', 'and', 'or', 'nor', 'but', 'its', 'their', 'our', 'your', 'my', 'whose', 'of', 'very'])
export function danglingEnd(tokens: readonly Token[], sentence: string): Hit[] {
  if (!/[^.]\.\s*$/u.test(sentence)) return []
  const last = tokens.at(-2)
  if (!isWord(last) || tokens.at(-1)?.text !== '.' || !CANNOT_END.has(last.text.toLowerCase())) return []
  return [{ start: last.start, end: tokens.at(-1)!.end, message: `The sentence ends on "${last.text}", a word that cannot end one: the translation dropped what followed \`${sentence.slice(Math.max(0, last.start - 30), last.end).trimStart()}.\`.` }]
}

// 3. A plural noun subject with a singular verb: "the figures shows", "the rescuers has found". The noun must
// open a noun phrase that is not the object of a preposition ("the number of cases is" is right: the subject is
// "number"), and must be a regular plural (the tagger's lemma drops the -s) — "news", "series", "politics" are not.
export const SINGULAR_S = /(?:ss|us|is|ics|news|series|species|means|headquarters)$/iu
const SAYING = new Set(['say', 'tell', 'add', 'announce', 'report', 'state', 'confirm', 'warn', 'explain', 'insist', 'believe', 'think', 'fear'])
const SUBJECT_OPENERS = new Set(['the', 'these', 'those', 'many', 'several', 'both', 'all', 'some', 'most', 'their', 'its', 'his', 'her', 'our'])
export function pluralSubjectSingularVerb(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = []
  for (let i = 1; i + 1 < tokens.length; i++) {
    const noun = tokens[i]!
    const verb = tokens[i + 1]!
    if (noun.pos !== 'NOUN' || !/^\p{Ll}+s$/u.test(noun.text) || SINGULAR_S.test(noun.text) || noun.lemma === noun.text) continue
    if (!((verb.pos === 'VERB' || verb.pos === 'AUX') && /^\p{Ll}+s$/u.test(verb.text) && verb.lemma !== verb.text)) continue
    // walk back over adjectives and numbers to the word that opens the phrase
    let j = i - 1
    while (j >= 0 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NUM')) j--
    const opener = tokens[j]
    if (!opener || !SUBJECT_OPENERS.has(opener.text.toLowerCase()) && opener.pos !== 'NUM') continue
    // the phrase must open a clause: the sentence's start, after a comma, a conjunction, "that", or a verb of
    // saying ("officials said the rescuers has found…"); after another verb it is an object ("has the most votes")
    const before = tokens[j - 1]
    const opensClause =
      !before || (before.pos === 'PUNCT' && /^[,;:]$/u.test(before.text)) || before.pos === 'CCONJ' || before.pos === 'SCONJ' || SAYING.has(before.lemma)
    if (!opensClause) continue
    hits.push({
      start: noun.start,
      end: verb.end,
      message: `\`${noun.text} ${verb.text}\`: the plural subject "${noun.text}" takes a singular verb; write "${verb.lemma}".`,
    })
  }
  return hits
}

// 4. A body sentence with no verb at all, long enough that it is not a caption or a label ("The rescue of the
// newborn, in the ruins of the family's house in the town in the north of the province."). Verbless fragments
// that native news uses — "More on that below." — are short.
export function noVerb(tokens: readonly Token[], sentence: string): Hit[] {
  const words = tokens.filter(isWord)
  if (words.length < 8 || !/[.]\s*$/u.test(sentence)) return []
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return []
  // the tagger reads some verbs as nouns ("police tape surrounds the entrance", "the crowd, all men, watch the
  // fire"): a word in -s after a noun, any word in -ed, may be the verb, and the sentence is then left alone
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!
    if (/^\p{Ll}+ed$/u.test(t.text)) return []
    if (/^\p{Ll}+s$/u.test(t.text) && ['NOUN', 'PROPN'].includes(tokens[i - 1]!.pos)) return []
    // …and a "noun" straight before an article is a verb it misread ("all men, witness the scene")
    if (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && tokens[i + 1]?.pos === 'DET') return []
  }
  if (/^\p{Ll}/u.test(sentence) || /^[,;:]/u.test(sentence.trim())) return []
  return [{ start: 0, end: sentence.trimEnd().length, message: `The sentence has no verb: \`${sentence.trim().slice(0, 80)}\`; the translation lost its main verb or cut it from the next sentence.` }]
}

// 5. A number straight before a possessive: Spanish "tres de sus primos", French "trois de ses cousins" lose their
// "of" ("three his cousins", "four their children"). English has no "NUM his/her/their NOUN".
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])
const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|hundreds|thousands)$/u
export function numberBeforePossessive(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = []
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [n, p, noun] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!]
    if (!NUMBER_WORD.test(n.text.toLowerCase()) || !POSSESSIVE.has(p.text) || noun.pos !== 'NOUN' || n.start < 0 || noun.end < 0) continue
    hits.push({ start: n.start, end: noun.end, message: `\`${n.text} ${p.text} ${noun.text}\`: a number straight before a possessive; the source's "of" is lost ("${n.text} of ${p.text} ${noun.text}").` })
  }
  return hits
}

// 5b. A verb in the third person where a noun must stand, between a preposition and "of": Italian "decine di
// video" (dozens of videos) came out "shot in decides of videos" — a word read as its look-alike. The tagger must
// read it as a verb with its own lemma ("decides" → "decide"); "by means of" and "in need of" are English, and
// "means" and "needs" are tagged verbs too, so words that are also plural nouns of that use are left out; "to"
// is no preposition here ("to studies of" is read as an infinitive).
const PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'for', 'with', 'from', 'of', 'into'])
export const ALSO_NOUNS: ReadonlySet<string> = new Set(['means', 'needs', 'terms', 'lots', 'loads', 'tons', 'dozens', 'hundreds', 'thousands', 'millions', 'sorts', 'kinds', 'regards', 'sides', 'ranks', 'thanks', 'odds', 'heads', 'hands', 'charges', 'costs', 'works', 'plans', 'reports', 'calls', 'claims', 'demands', 'fears', 'hopes', 'talks', 'visits', 'attacks', 'strikes', 'protests', 'results', 'changes', 'cuts', 'floods', 'rains', 'shows', 'answers', 'waves', 'deaths'])
export function verbWhereNounStands(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = []
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [before, word, after] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!]
    const lower = word.text.toLowerCase()
    if (word.pos !== 'VERB' || !PREPOSITIONS.has(before.text.toLowerCase()) || after.text.toLowerCase() !== 'of') continue
    if (!/^\p{Ll}+s$/u.test(word.text) || word.lemma === lower || ALSO_NOUNS.has(lower) || before.start < 0 || after.end < 0) continue
    hits.push({ start: before.start, end: after.end, message: `\`${before.text} ${word.text} ${after.text}\`: a verb where a noun must stand, between "${before.text}" and "of"; the translation read a word as its look-alike (Italian "decine di", dozens of, came out "decides of").` })
  }
  return hits
}

// 6. An indirect question in the word order of a direct one: "nobody knows when will they return", "we asked
// how could we help" — French and Italian invert after the question word where English does not.
const INVERTED_INDIRECT = /\b(?:know|knows|knew|wonder|wondered|wonders|ask|asks|asked|understand|tell|explain|explained|see|saw|sure)\s+(?:what|where|how|why|when|who|whether)\s+(?:can|could|will|would|should|must|is|are|was|were|do|does|did|has|have)\s+(?:I|you|he|she|we|they)\b/gu
export function invertedIndirectQuestion(sentence: string): Hit[] {
  const hits: Hit[] = []
  for (const m of sentence.matchAll(INVERTED_INDIRECT)) {
    if (/\?\s*["”’]?\s*$/u.test(sentence)) continue
    hits.push({ start: m.index, end: m.index + m[0].length, message: `\`${m[0]}\`: an indirect question in the word order of a direct one; write the subject before the verb.` })
  }
  return hits
}

// 7. A subject said twice, as a name and then a pronoun: Italian and Spanish drop the subject pronoun, and a
// translation that restores it keeps the name too ("Coach Maria Lund she told reporters…"). Only a
// sentence that opens with the names (no comma before the pronoun: "Anna Berg, he said, …" is an aside).
const DAYS_AND_MONTHS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)$/u
export function resumptivePronoun(tokens: readonly Token[]): Hit[] {
  let i = 0
  while (i < tokens.length && tokens[i]!.pos === 'NOUN' && /^\p{Lu}/u.test(tokens[i]!.text)) i++
  const first = i
  while (i < tokens.length && (tokens[i]!.pos === 'PROPN' || (tokens[i]!.text === 'and' && tokens[i + 1]?.pos === 'PROPN'))) i++
  const names = tokens.slice(first, i).filter((t) => t.pos === 'PROPN')
  if (names.length < 2 || names.some((t) => DAYS_AND_MONTHS.test(t.text))) return []
  const pronoun = tokens[i]
  const verb = tokens[i + 1]
  if (!pronoun || !/^(?:he|she|they)$/u.test(pronoun.text) || !verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return []
  const subject = tokens[first]!
  if (subject.start < 0 || pronoun.end < 0) return []
  return [{ start: subject.start, end: pronoun.end, message: `The subject is said twice, as a name and as "${pronoun.text}" (\`${tokens.slice(first, i + 1).map((t) => t.text).join(' ')}\`): a pronoun the source language drops, restored beside the name; remove "${pronoun.text}".` }]
}
