import { editSimilarity } from '../text/edit-distance.js'
import { hasTitle, hasWord, nameKey, nameMentions, sharedTitle, type NameMention, type NameToken } from '../text/names.js'
import type { AnalyzedDocument, AuditConfig, BundleContext, Check, CheckContext, Draft } from '../types.js'
import { isEnglishWord } from '../text/english-lexicon.js'
import { sentenceWords } from '../text/word-spans.js'
import { NearKeys } from './name-drift/near-keys.js'

interface Known {
  readonly mention: NameMention
  readonly token: NameToken
  /** the keys of the mention's tokens (one array for all the tokens of a mention) */
  readonly keys: readonly string[]
  /** the keys joined by spaces, "yoon sukyeol": one string for each spelling of a name */
  readonly spelling: string
  readonly fromReference: boolean
  /** id of the document it is from */
  readonly doc: string
}

// Endings that turn a name into its people, language or plural: Korea/Korean, Japan/Japanese, Sweden/Swedes,
// Ukraine/Ukrainian. Two spellings that differ only by these are one name inflected, not a drift.
// Italy/Italian and Nigeria/Niger ("y", "ia") too: a country and its people, or two countries, never a misspelling.
const INFLECTION = /^(?:|n|an|ian|ns|ans|ese|s|es|i|is|ish|ic|e|ite|ites|d|ed|y|ia)$/

function inflected(a: string, b: string): boolean {
  let common = 0
  while (common < Math.min(a.length, b.length) && a[common] === b[common]) common++
  return common >= 3 && INFLECTION.test(a.slice(common)) && INFLECTION.test(b.slice(common))
}

// One word inflected: "Reporters" / "Reporter", "Appliance" / "Appliances" (nt21). A doubled letter is not
// let through: "Zelenskyy" / "Zelensky" is a spelling the aliases must allow.
const sameWord = (a: string, b: string) => a === b || inflected(a, b)

/**
 * Two renderings of one name that differ only in spacing, hyphens or inflection: "Haixi
 * Mongolian-Tibetan Autonomous Prefecture" / "Haixi Mongolian Tibetan…", "Ansai Paper-cut" / "Ansai Paper Cut",
 * "Reporters Wang Jinjin" / "Reporter Wang Jinjin" (nt21, eight systems translating one source).
 */
function sameName(ours: readonly string[], theirs: readonly string[]): boolean {
  const a = ours.filter((k) => !theirs.includes(k))
  const b = theirs.filter((k) => !ours.includes(k))
  if (a.join('') === b.join('')) return true
  return a.length === b.length && a.every((k, i) => sameWord(k, b[i]!))
}

// Vowels carry most of the variation between transliterations ("Sok-gil" / "Suk-yeol", Greek → English):
// compare the consonants.
const skeleton = (keys: readonly string[]) => keys.join('').replace(/[aeiouy]/g, '')

// Transliteration house styles: one Arabic, Korean or Thai name reaches English as "Mohammed", "Muhammad" and
// "Mohamed", "Jae-myung" and "Jae-myong", "Prayut" and "Prayuth", "Yunis" and "Younis", "al-Sudani" and
// "el-Sudani". Folded to one spelling (vowels of a class made one, doubled consonants single, an h that only
// marks aspiration dropped, c before a back vowel made k; "al-" and "el-" meet as a and e do), they are the same:
// house style, not drift. "Kishida" / "Kishido" stay apart (a and o are not one class).
function looseKey(key: string): string {
  return key
    .replace(/ph/g, 'f')
    .replace(/([tdgk])h/g, '$1')
    .replace(/([aeiou])h$/, '$1')
    .replace(/ck/g, 'k')
    .replace(/c(?=[aou]|[^aeiouyh]|$)/g, 'k')
    .replace(/q/g, 'k')
    .replace(/ou|oo|u/g, 'o')
    .replace(/ee|y/g, 'i')
    .replace(/e/g, 'a')
    .replace(/([^aeiou])\1+/g, '$1')
}

// The consonants of the folded spelling: two spellings with one shape differ in their vowels only ("Stoltenberg" /
// "Stoltenburg", "Felipe" / "Filipe"): a probable misspelling, or a transliteration the folding does not know,
// so at most minor. A consonant changed ("Rashford" / "Rashfort", "Casamicciola" / "Casamichiola") is garble.
const shapeOf = (key: string) => looseKey(key).replace(/[aeiouw]/g, '')

// Consonants alone say too little: "Tuesday" and "Outside" have one shape; the folded spellings must be close too.
const looseSimilarity = (t: string, u: string) => editSimilarity(looseKey(t), looseKey(u))

/** Whether the longer key is the shorter with one consonant more inside it, the shorter five letters or more. */
function consonantDropped(t: string, u: string): boolean {
  const [short, long] = t.length < u.length ? [t, u] : [u, t]
  if (long.length !== short.length + 1 || short.length < 5) return false
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  // inside the word only: a letter more at the end makes another word ("Syria" / "Syriac") or is a cut text's last
  return i > 0 && i < short.length && short.slice(i) === long.slice(i + 1) && !/[aeiouy]/.test(long[i]!) && long[i] !== long[i - 1] && long[i] !== long[i + 1]
}

// Two letters swapped ("Stoltenbreg"): a slip of the keys, whatever letters they are.
function swapped(t: string, u: string): boolean {
  if (t.length !== u.length) return false
  const diff: number[] = []
  for (let i = 0; i < t.length && diff.length <= 2; i++) if (t[i] !== u[i]) diff.push(i)
  return diff.length === 2 && diff[1] === diff[0]! + 1 && t[diff[0]!] === u[diff[1]!] && t[diff[1]!] === u[diff[0]!]
}

/**
 * Two names, not two spellings: "Mario" / "Maria", "Francesco" / "Francesca", whose last vowel alone differs
 * (a name's gender in Romance languages and many others).
 */
export function otherGender(t: string, u: string): boolean {
  return t.length === u.length && t.slice(0, -1) === u.slice(0, -1) && /[aeiou]$/.test(t) && /[aeiou]$/.test(u)
}

/** How two spellings of one name differ: 'style' (a transliteration house style), 'vowel' or 'consonant'. */
export function spellingDifference(t: string, u: string): 'style' | 'vowel' | 'consonant' {
  if (looseKey(t) === looseKey(u)) return 'style'
  return shapeOf(t) === shapeOf(u) && !swapped(t, u) ? 'vowel' : 'consonant'
}

/** What the keys of two mentions decide, whichever of their tokens are compared. */
interface MentionPair {
  readonly sameName: boolean
  /** the similarity of the skeletons of the keys only one side has, and the shorter skeleton's length (when asked) */
  rest?: { readonly similarity: number; readonly shortest: number }
}

/**
 * What one variant's look-ups keep while its names are checked, made by run() and gone with it (nothing of one
 * bundle is left for the next):
 * - pairs: the mention pairs of the token being looked up, by the known mention's spelling: a name is mentioned
 *   many times in a bundle ("Xi Jinping" in each of eight texts, and more than once in each), and what the keys of
 *   two mentions decide is the same for all of them;
 * - similarities: the token's similarity to each known key, by the key ("shanghai" against "shaanxi" in each of
 *   eight texts, several times in each);
 * - marked: the candidates of one source, marked by index (see firstNearMiss), cleared as it is read.
 */
interface Lookup {
  /** the keys' house-style folding (looseKey), by key: a spelling is compared with many */
  readonly loose: Map<string, string>
  readonly pairs: Map<string, MentionPair>
  readonly similarities: Map<string, number>
  marked: Uint8Array
  /** by source, its byShape less the names the variant writes too (see unsharedShapes), made when first needed */
  readonly unshared: Map<NameSource, Map<string, readonly number[]>>
}

const newLookup = (): Lookup => ({ loose: new Map(), pairs: new Map(), similarities: new Map(), marked: new Uint8Array(256), unshared: new Map() })

/**
 * A source's byShape without the names the variant writes itself, which nearMiss never accepts: two copies of one
 * long story share most of their names, and the names of one consonant shape grow with the text ("Bakedo",
 * "Bikado", "Bokudi"… in both), so each token would read the shared ones only to drop them.
 */
function unsharedShapes(lookup: Lookup, source: NameSource, own: NameSource): ReadonlyMap<string, readonly number[]> {
  let shapes = lookup.unshared.get(source)
  if (shapes === undefined) {
    shapes = new Map()
    for (const [shape, list] of source.byShape) {
      const kept = list.filter((i) => !own.byToken.has(source.known[i]!.token.key))
      if (kept.length > 0) shapes.set(shape, kept)
    }
    lookup.unshared.set(source, shapes)
  }
  return shapes
}

function looseOf(lookup: Lookup, key: string): string {
  let loose = lookup.loose.get(key)
  if (loose === undefined) lookup.loose.set(key, (loose = looseKey(key)))
  return loose
}

/** shapeOf, from the folding kept for the run: a long text's token meets dozens of names of its shape */
const shapeIn = (lookup: Lookup, key: string) => looseOf(lookup, key).replace(/[aeiouw]/g, '')

/** spellingDifference, with the foldings kept for the run */
function differenceIn(lookup: Lookup, t: string, u: string): 'style' | 'vowel' | 'consonant' {
  const a = looseOf(lookup, t)
  const b = looseOf(lookup, u)
  if (a === b) return 'style'
  return a.replace(/[aeiouw]/g, '') === b.replace(/[aeiouw]/g, '') && !swapped(t, u) ? 'vowel' : 'consonant'
}

function keySimilarity(lookup: Lookup, t: string, u: string): number {
  let similarity = lookup.similarities.get(u)
  if (similarity === undefined) lookup.similarities.set(u, (similarity = editSimilarity(t, u)))
  return similarity
}

function mentionPair(lookup: Lookup, ours: readonly string[], known: Known): MentionPair {
  let pair = lookup.pairs.get(known.spelling)
  if (!pair) lookup.pairs.set(known.spelling, (pair = { sameName: sameName(ours, known.keys) }))
  return pair
}

// Kim Jong Il and Kim Jong Un are two people: the differing parts ("l" / "n") share no consonants.
function restOf(pair: MentionPair, ours: readonly string[], theirs: readonly string[]): NonNullable<MentionPair['rest']> {
  if (!pair.rest) {
    const a = skeleton(ours.filter((k) => !theirs.includes(k)))
    const b = skeleton(theirs.filter((k) => !ours.includes(k)))
    pair.rest = { similarity: editSimilarity(a, b), shortest: Math.min(a.length, b.length) }
  }
  return pair.rest
}

/** Whether two mentions share a key: "Yoon Sok-gil" and "President Yoon Suk-yeol" share "yoon". */
function shareKey(ours: readonly string[], theirs: readonly string[]): boolean {
  for (const key of ours) if (theirs.includes(key)) return true
  return false
}

/**
 * Why `mention` (in the variant) looks like a misspelling of `known`, or undefined when it does not.
 * Two ways: the same surname or given name with a near-miss rest ("Yoon Sok-gil" / "Yoon Suk-yeol", the same
 * title "President" before both), or one token a near miss of another ("Stoltenburg" / "Stoltenberg").
 * `ours` are the keys of the mention's tokens.
 */
function nearMiss(lookup: Lookup, mention: NameMention, ours: readonly string[], token: NameToken, known: Known, own: NameSource): boolean {
  const u = known.token.key
  const t = token.key
  if (own.byToken.has(u) || t === u) return false
  // a transliteration house style is never a near miss; folded only for the pairs the tests below accept
  return missed(lookup, mention, ours, t, u, known) && differenceIn(lookup, t, u) !== 'style'
}

function missed(lookup: Lookup, mention: NameMention, ours: readonly string[], t: string, u: string, known: Known): boolean {
  // "Maria Lopez" is not "Mario Lopez", unless both carry one title ("Prime Minister Fumio Kishido" / "Kishida")
  if (otherGender(t, u) && sharedTitle(mention, known.mention) === undefined) return false
  // a vowel-only difference of a name of five letters or more is a near miss wherever it falls ("Jandris" /
  // "Jinderis"), as long as the consonants are enough to tell names apart ("Maria" / "Mario" are two people)
  if (t.length >= 5 && u.length >= 5 && t[0] === u[0] && differenceIn(lookup, t, u) === 'vowel' && shapeIn(lookup, t).length >= 3 && !inflected(t, u) && editSimilarity(looseOf(lookup, t), looseOf(lookup, u)) >= 0.5) {
    if (!mentionPair(lookup, ours, known).sameName) return true
  }
  const theirs = known.keys
  // Decided without building anything for most pairs (this runs for every unknown token against every known one):
  // the second test needs the same first letter and four letters a side, the first two tokens a side, one shared.
  const sameStart = t.length >= 4 && u.length >= 4 && t[0] === u[0]
  const twoAndTwo = ours.length >= 2 && theirs.length >= 2
  const anchored = shareKey(ours, theirs)
  if (!sameStart && !(twoAndTwo && anchored)) return false
  // Without a shared word only the second test can pass, and it needs a similarity of 0.75: an edit distance of at
  // most a quarter of the longer key, which differing lengths alone exceed ("stoltenberg" / "seoul": 6 of 11).
  if (!anchored && 4 * Math.abs(t.length - u.length) > Math.max(t.length, u.length)) return false
  // ...and it is false below 0.75 whatever the rest says: deciding that first spares the lists and joins the other
  // tests build, for the most common pair (a variant's own spelling against another's name: "Shaanxi" / "Shanghai")
  if (!anchored && keySimilarity(lookup, t, u) < 0.75) return false
  const title = sharedTitle(mention, known.mention) !== undefined
  const pair = mentionPair(lookup, ours, known)
  if (pair.sameName || sameWord(t, u)) return false
  if (anchored && twoAndTwo) {
    const { similarity, shortest } = restOf(pair, ours, theirs)
    if ((title && similarity >= 0.5) || (similarity >= 0.75 && shortest >= 3)) return true
  }
  if (t.length < 4 || u.length < 4 || t[0] !== u[0] || inflected(t, u)) return false
  const similarity = keySimilarity(lookup, t, u)
  // without context only a close miss of a long name: "Austria" and "Australia" (0.78) may both be meant
  // one consonant dropped or added in a name of five letters or more ("Ishia" / "Ischia", "Arder" / "Ardern")
  return similarity >= 0.75 && (anchored || title || (similarity >= 0.85 && Math.min(t.length, u.length) >= 6) || consonantDropped(t, u))
}

/** A text's names as a variant is compared with them, indexed by what nearMiss needs of a candidate. */
interface NameSource {
  /** id of the document */
  readonly doc: string
  readonly fromReference: boolean
  /**
   * How far the text's spellings are trusted: 2 for the reference or a copy written in English (its
   * sourceLang "en": a human wrote it), 1 for a machine-translated or unknown copy. A spelling needs 2 to be the
   * authority: the reference, a native copy, or two other copies agreeing, never one other MT copy alone.
   */
  readonly weight: number
  readonly known: readonly Known[]
  /** the known names by their token's key, in known's order */
  readonly byToken: ReadonlyMap<string, readonly Known[]>
  /**
   * indexes into known, by the first letter of keys of four letters or more; like byKey, byShape and byToken's
   * firsts, only the first of the known names that nearMiss cannot tell apart (one spelling, token and titles:
   * "Xi Jinping" in every paragraph), since a later one is accepted only when the first already was
   */
  readonly byInitial: ReadonlyMap<string, readonly number[]>
  /** indexes into known, by each key of mentions of two tokens or more */
  readonly byKey: ReadonlyMap<string, readonly number[]>
  /** indexes into known, by the shape (shapeOf) of keys of five letters or more */
  readonly byShape: ReadonlyMap<string, readonly number[]>
  /** indexes into known, by the token's key */
  readonly firsts: ReadonlyMap<string, readonly number[]>
  /** the known names by their key less its first letter, for keys of five letters or more ("irasa" → "rasa"), one a key */
  readonly byTail: ReadonlyMap<string, readonly Known[]>
  /**
   * the keys of first letters with more than SCAN_AT_MOST names, to look up instead of reading them all: in
   * closeKeys all of them, within one edit in six letters; in titledKeys those of mentions with a title, within
   * one in four (see firstNearMiss)
   */
  readonly closeKeys: NearKeys
  readonly titledKeys: NearKeys
  /** the name keys, each once, by their first letter */
  readonly keysByInitial: ReadonlyMap<string, readonly string[]>
}

// The names of one first letter are read one by one up to this many (a bundle of eight variants knows some
// thousand names, a few dozen a letter); past it, looked up in closeKeys, titledKeys and byShape, the only ways a
// name of the same first letter but no shared word can be a near miss: read one by one, a long text's names each
// met all the others of their letter.
const SCAN_AT_MOST = 256


// An Arabic surname with the article written small ("Ali al-Mismari") starts with a small letter, so it is no name
// token; as a spelling others are compared with it is one: "Ali Al-Masmari" is a near miss of it.
const SMALL_ARTICLE_NAME = /(?<![\p{L}\p{N}])(?:al|el)-\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*/gu

function articleMentions(doc: AnalyzedDocument): NameMention[] {
  const mentions: NameMention[] = []
  for (const sentence of doc.sentences) {
    if (sentence.zone === 'boilerplate' || sentence.zone === 'headline' || sentence.zone === 'byline') continue
    for (const m of sentence.text.matchAll(SMALL_ARTICLE_NAME)) {
      const start = sentence.start + m.index
      const token: NameToken = { text: m[0], key: nameKey(m[0]), start, end: start + m[0].length }
      mentions.push({ tokens: [token], text: m[0], start, end: token.end, sentence: sentence.index, titles: [] })
    }
  }
  return mentions
}

function nameSource(bundle: BundleContext, doc: AnalyzedDocument, fromReference: boolean): NameSource {
  const known: Known[] = []
  const byToken = new Map<string, Known[]>()
  const byInitial = new Map<string, number[]>()
  const byKey = new Map<string, number[]>()
  const byShape = new Map<string, number[]>()
  const firsts = new Map<string, number[]>()
  const byTail = new Map<string, Known[]>()
  const seen = new Set<string>()
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key)
    if (!list) map.set(key, [i])
    else if (list.at(-1) !== i) list.push(i)
  }
  for (const mention of [...nameMentions(bundle, doc), ...articleMentions(doc)]) {
    const keys = mention.tokens.map((token) => token.key)
    const spelling = keys.join(' ')
    for (const token of mention.tokens) {
      const i = known.length
      const k: Known = { mention, token, keys, spelling, fromReference, doc: doc.doc.id }
      known.push(k)
      const same = byToken.get(token.key)
      if (same) same.push(k)
      else byToken.set(token.key, [k])
      const signature = `${spelling}\u0000${token.key}\u0000${mention.titles.join(' ')}`
      if (seen.has(signature)) continue
      seen.add(signature)
      add(firsts, token.key, i)
      if (token.key.length >= 4) add(byInitial, token.key[0]!, i)
      if (keys.length >= 2) for (const key of keys) add(byKey, key, i)
      if (token.key.length >= 5) add(byShape, shapeOf(token.key), i)
      // firstLetterMiss tests a key, not a mention: its first mention stands for all
      if (token.key.length >= 5 && firsts.get(token.key)!.length === 1) {
        const tail = byTail.get(token.key.slice(1))
        if (tail) tail.push(k)
        else byTail.set(token.key.slice(1), [k])
      }
    }
  }
  const weight = fromReference || /^en\b/i.test(doc.doc.sourceLang ?? '') ? 2 : 1
  const closeKeys = new NearKeys(6)
  const titledKeys = new NearKeys(4)
  for (const list of byInitial.values()) {
    if (list.length <= SCAN_AT_MOST) continue
    for (const i of list) {
      closeKeys.add(known[i]!.token.key)
      if (hasTitle(known[i]!.mention)) titledKeys.add(known[i]!.token.key)
    }
  }
  const keysByInitial = new Map<string, string[]>()
  for (const key of byToken.keys()) {
    const list = keysByInitial.get(key[0]!)
    if (list) list.push(key)
    else keysByInitial.set(key[0]!, [key])
  }
  return { doc: doc.doc.id, fromReference, weight, known, byToken, byInitial, byKey, byShape, firsts, byTail, closeKeys, titledKeys, keysByInitial }
}

// Every variant is compared with the reference and all the other variants: with eight systems' copies of one
// story, each copy's names would be listed and indexed again for each of the seven others. A text keeps its role
// in its bundle, so its source is derived once per document and role, in the bundle context.
const referenceSource = (doc: AnalyzedDocument, bundle: BundleContext) => nameSource(bundle, doc, true)
const variantSource = (doc: AnalyzedDocument, bundle: BundleContext) => nameSource(bundle, doc, false)

/**
 * The first known name nearMiss accepts for a token, in the sources' order (the reference's first, so its spelling
 * wins). Only two kinds can be accepted: those whose key shares the token's first letter (four letters a side), and
 * those whose mention shares a key with the token's mention (two tokens a side); nearMiss is false for every other
 * one, so this gives what testing all the known names in order gives, without a test per token and known name (a
 * bundle of eight variants knows a thousand names).
 */
function firstNearMiss(lookup: Lookup, sources: readonly NameSource[], mention: NameMention, token: NameToken, own: NameSource): Known | undefined {
  const ours = mention.tokens.map((t) => t.key)
  const titled = hasTitle(mention)
  lookup.pairs.clear()
  lookup.similarities.clear()
  for (const source of sources) {
    const { known, byInitial, byKey, firsts } = source
    // the lists of the initial and of each key overlap and interleave; marking them tests the candidates in the
    // order of the known names, each once (sorting the lists joined cost most of this function's time)
    if (known.length > lookup.marked.length) lookup.marked = new Uint8Array(2 * known.length)
    const { marked } = lookup
    let first = known.length
    let last = -1
    const mark = (list: readonly number[] | undefined) => {
      if (!list?.length) return
      for (const i of list) marked[i] = 1
      first = Math.min(first, list[0]!)
      last = Math.max(last, list.at(-1)!)
    }
    const initial = token.key.length >= 4 ? byInitial.get(token.key[0]!) : undefined
    if (initial !== undefined && initial.length > SCAN_AT_MOST) {
      // The names of this letter that nearMiss can accept, sorted into the order of the known names (marked, they
      // would be read over the whole span of a long text's names for each token). Without a shared word it
      // accepts the same consonants (byShape), or a similarity of 0.85 (one letter in six edited at most:
      // closeKeys) or one consonant dropped (one edit: closeKeys too); 0.75 (a quarter) only after a title both
      // mentions carry (titledKeys, asked for a titled mention only), or with a word shared ("Stoltenburg" for the
      // single "Stoltenberg" of "Jens Stoltenberg": byKey). Asking every token for all the names a quarter off
      // returned, in a text of tens of thousands of names, dozens a token that only the title test could accept.
      const picked: number[] = []
      const pick = (list: readonly number[] | undefined) => list?.forEach((i) => picked.push(i))
      for (const key of source.closeKeys.near(token.key)) pick(firsts.get(key))
      if (titled) for (const key of source.titledKeys.near(token.key)) pick(firsts.get(key))
      if (token.key.length >= 5) pick(unsharedShapes(lookup, source, own).get(shapeOf(token.key))?.filter((i) => known[i]!.token.key[0] === token.key[0]))
      for (const key of ours) pick(byKey.get(key))
      picked.sort((a, b) => a - b)
      for (let j = 0; j < picked.length; j++) {
        if (j > 0 && picked[j] === picked[j - 1]) continue
        if (nearMiss(lookup, mention, ours, token, known[picked[j]!]!, own)) return known[picked[j]!]
      }
      continue
    }
    mark(initial)
    if (ours.length >= 2) for (const key of ours) mark(byKey.get(key))
    for (let i = first; i <= last; i++) {
      if (marked[i] === 0) continue
      marked[i] = 0
      if (nearMiss(lookup, mention, ours, token, known[i]!, own)) {
        marked.fill(0, i + 1, last + 1)
        return known[i]
      }
    }
  }
  return undefined
}

/**
 * A known name whose first letter alone differs from the token's, or is added or dropped: "Eirasa" for "Irasa",
 * "Celensky" for "Zelensky" (the near-miss index is by first letter, so these are looked up apart). Five letters
 * a side at least, and not a house style ("Ahmed" / "Ehmed").
 */
function firstLetterMiss(sources: readonly NameSource[], token: NameToken, own: NameSource): Known | undefined {
  const t = token.key
  if (t.length < 5) return undefined
  for (const source of sources) {
    const candidates = [...(source.byTail.get(t.slice(1)) ?? []), ...(source.byToken.get(t.slice(1))?.slice(0, 1) ?? []), ...(source.byTail.get(t) ?? [])]
    for (const known of candidates) {
      const u = known.token.key
      if (u === t || u.length < 5 || own.byToken.has(u) || spellingDifference(t, u) === 'style') continue
      return known
    }
  }
  return undefined
}

/** The config's alias groups: each spelling's key → the keys of its group ("kiev" → ["kyiv", "kiev"]). */
function aliasGroups(aliases: AuditConfig['aliases']): Map<string, readonly string[]> {
  const groupOf = new Map<string, number>()
  aliases.forEach((group, i) => group.forEach((name) => groupOf.set(name.split(/\s+/).map(nameKey).join(''), i)))
  const keysOf = (i: number) => [...groupOf].filter(([, j]) => j === i).map(([key]) => key)
  return new Map([...groupOf].map(([key, i]) => [key, keysOf(i)]))
}


/** How many other variants name what `match` names: with a word of either mention, or a near spelling of it. */
function naming(sources: readonly NameSource[], mention: NameMention, match: Known): number {
  const keys = new Set([...match.mention.tokens, ...mention.tokens].map((k) => k.key))
  const u = match.token.key
  // the words looked up first, the near spellings then read among the keys of u's first letter: a text that
  // writes the name itself is told at once, and one that does not reads only its names of that letter
  const names = (source: NameSource) => {
    for (const key of keys) if (source.byToken.has(key)) return true
    for (const key of source.keysByInitial.get(u[0]!) ?? []) if (editSimilarity(key, u) >= 0.6) return true
    return false
  }
  return new Set(sources.filter((source) => !source.fromReference && names(source)).map((source) => source.doc)).size
}

/** One spelling of a text's names: its first mention, how many there are, and the index of the first. */
interface Spelling {
  readonly key: string
  readonly mention: NameMention
  count: number
  readonly first: number
}

/**
 * One name spelled two ways in one text, whatever the other texts say: "Jandris village" and later "a girl in
 * Jindars", "the ruins of Mulay Brahim" and "Moulay Brahim". Same shape (consonants), different letters; a
 * multi-word name needs another word in common, a single word three consonants. The spelling the bundle backs
 * less (then the one written less, then the later) is reported, once.
 */
function* twoSpellings(
  mentions: readonly NameMention[],
  support: (key: string) => number,
  aliases: ReadonlyMap<string, readonly string[]>,
  reported: Set<string>,
): Generator<Draft> {
  const byShape = new Map<string, Spelling[]>()
  // each spelling's entry by its key: a long text's shapes hold many spellings ("Bakedo", "Bikado", "Bokudi"…), and
  // finding a token's entry by reading its shape's list was a read of the list for every mention
  const byKey = new Map<string, Spelling>()
  mentions.forEach((mention, index) => {
    for (const token of mention.tokens) {
      if (token.key.length < 5) continue
      const entry = byKey.get(token.key)
      if (entry) {
        entry.count++
        continue
      }
      const shape = shapeOf(token.key)
      if (shape.length < 2) continue
      let group = byShape.get(shape)
      if (!group) byShape.set(shape, (group = []))
      const spelling = { key: token.key, mention, count: 1, first: index }
      group.push(spelling)
      byKey.set(token.key, spelling)
    }
  })
  for (const [shape, group] of byShape) {
    if (group.length < 2) continue
    const ranked = [...group].sort((a, b) => support(b.key) - support(a.key) || b.count - a.count || a.first - b.first)
    const best = ranked[0]!
    for (const other of ranked.slice(1)) {
      if (reported.has(other.key) || inflected(other.key, best.key) || sameWord(other.key, best.key) || otherGender(other.key, best.key)) continue
      if (aliases.get(other.key)?.includes(best.key)) continue
      const a = other.mention.tokens.map((t) => t.key)
      const b = best.mention.tokens.map((t) => t.key)
      if (sameName(a, b)) continue
      // "Mulay Brahim" / "Moulay Brahim": a word in common; a lone word needs six letters, three consonants and a
      // close spelling ("Maria" / "Mario" are two people, "Tempe" and "Tempo" two things)
      const anchored = a.length >= 2 && b.length >= 2 && shareKey(a, b)
      if (!anchored && (shape.length < 3 || Math.min(other.key.length, best.key.length) < 6 || looseSimilarity(other.key, best.key) < 0.75)) continue
      // a common word capitalised ("Nothing" / "Noting", "Eastern" / "Western Europe", "Marine Corps") is no name
      // spelled twice; and a lone word must stay close letter for letter, not only in shape ("Canada" and
      // "Kennedy" share their consonants, not their spelling)
      if (isEnglishWord(other.key) || isEnglishWord(best.key)) continue
      if (!anchored && editSimilarity(other.key, best.key) < 0.5) continue
      reported.add(other.key)
      yield {
        message: `Name \`${other.mention.text}\` is spelled \`${best.mention.text}\` elsewhere in this text; use one spelling.`,
        start: other.mention.start,
        end: other.mention.end,
        sentence: other.mention.sentence,
        severity: 'minor',
      }
    }
  }
}

/**
 * A name written in lower case: "flights to paris" where the bundle writes "Paris", or an Arabic surname read as a
 * common noun, "the sheikh said" for "al-Sheikh". The word must be no common English word ("turkey", "china"
 * are), except after "the" where the bundle writes it with the article prefix "al-" / "el-".
 */
// The words a text writes after the Arabic article "al-" / "el-", in lower case: "al-Haddad" and "Al-Haddad" → "haddad"
// (a word starting small is no name token, so the names do not hold "al-Haddad").
const ARTICLE_NAME = /\b(?:[Aa]l|[Ee]l)[-‐](\p{Lu}\p{Ll}+)/gu
const articleNames = (doc: AnalyzedDocument) => new Set([...doc.doc.text.matchAll(ARTICLE_NAME)].map((m) => m[1]!.toLowerCase()))

function* namesInLowerCase(ctx: CheckContext, sources: readonly NameSource[], own: NameSource): Generator<Draft> {
  const named = (key: string) => own.byToken.has(key) || sources.some((source) => source.byToken.has(key))
  const docs = [ctx.variant, ...(ctx.reference ? [ctx.reference] : []), ...ctx.others]
  const withArticle = (word: string) => docs.some((doc) => ctx.bundle.derived(doc, articleNames).has(word))
  // each text read once a word, however often the variant writes it
  const lower = new Map<string, boolean>()
  const writtenLower = (word: string) => {
    let found = lower.get(word)
    if (found === undefined) lower.set(word, (found = [ctx.reference, ...ctx.others].some((doc) => doc && hasWord(doc.doc.text, word))))
    return found
  }
  const cleared = new Set<string>()
  const { text } = ctx.variant.doc
  for (const sentence of ctx.variant.sentences) {
    if (sentence.zone === 'boilerplate' || sentence.zone === 'headline') continue
    const words = sentenceWords(ctx.bundle, sentence)
    for (let i = 0; i < words.length; i++) {
      const { word, index } = words[i]!
      if (word.length < 4 || !/^\p{Ll}+$/u.test(word) || cleared.has(word)) continue
      // part of a link or handle ("pic.twitter.com", "@afp"), whose small letters are no case error
      const at = sentence.start + index
      if (/[./@#_]/.test(text[at - 1] ?? '') || /[./@_]\w/.test(text.slice(at + word.length, at + word.length + 2))) continue
      const prefixed = i > 0 && words[i - 1]!.word.toLowerCase() === 'the' && (named(`al${word}`) || named(`el${word}`) || withArticle(word))
      if (!prefixed && !named(word)) continue
      // decided once a word: the other texts write it small too ("floods"), or it is a common English word
      if ((!prefixed && isEnglishWord(word)) || writtenLower(word)) {
        cleared.add(word)
        continue
      }
      const start = sentence.start + index
      const name = prefixed ? `al-${word[0]!.toUpperCase()}${word.slice(1)}` : `${word[0]!.toUpperCase()}${word.slice(1)}`
      yield {
        message: prefixed
          ? `\`the ${word}\` reads the surname \`${name}\` as a common noun; write the name.`
          : `Name \`${word}\` is written in lower case where the bundle writes \`${name}\`; capitalise it.`,
        start,
        end: start + word.length,
        sentence: sentence.index,
        severity: 'minor',
      }
    }
  }
}

const nameDrift: Check = {
  id: 'name-drift',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  needs: 'bundle',
  description: 'Finds a proper name spelled as a near miss of a name in the reference or the other variants ("Yoon Sok-gil" for "Yoon Suk-yeol"), or two ways in one text.',
  explanation:
    'Machine translation through a third script garbles transliterated names: 002 (from Greek) writes "South Korean ' +
    'President Yoon Sok-gil" where 003 writes "President Yoon Suk-yeol". A capitalised name in the variant that the ' +
    'bundle does not back is compared with the names the other texts use: the same surname with a rest whose ' +
    'consonants mostly agree (and ideally the same title before it), a single word within a letter or two of a ' +
    'known one ("Stoltenbreg"), the same consonants with other vowels ("Jandris" for "Jinderis"), or a first letter ' +
    'changed ("Eirasa" for "Irasa"). The authority is the reference or a copy written in English, or two other ' +
    'copies agreeing; never one other MT copy alone, unless it repeats a plain consonant miss. Major for a changed ' +
    'consonant against the authority; minor for vowels only, a first letter, or a weaker authority. Transliteration ' +
    'house styles are one spelling (Mohammed/Muhammad/Mohamed, Yunis/Younis, Prayut/Prayuth, al-/el-, a dropped ' +
    'accent), as are inflections (Korea/Korean) and spellings listed together in the aliases of the config ("Kyiv", ' +
    '"Kiev"). Also minor: one name spelled two ways in one text ("Mulay Brahim" … "Moulay Brahim"), a name in lower ' +
    'case ("paris") and an Arabic surname read as a common noun ("the haddad" for "al-Haddad").',
  *run(ctx) {
    const { bundle } = ctx
    const mentions = nameMentions(bundle, ctx.variant)
    const own = bundle.derived(ctx.variant, variantSource)
    const sources = ctx.others.map((other) => bundle.derived(other, variantSource))
    if (ctx.reference) sources.unshift(bundle.derived(ctx.reference, referenceSource))
    const aliases = bundle.derived(ctx.config.aliases, aliasGroups)
    // how far the bundle's other texts back a spelling, or one of its aliases: each text counted once, by its weight
    const support = (key: string) => {
      const keys = aliases.get(key) ?? [key]
      let sum = 0
      for (const source of sources) if (keys.some((k) => source.byToken.has(k))) sum += source.weight
      return sum
    }
    // how many of the variant's mentions hold a key, counted once for all the keys
    const mentionsWith = new Map<string, number>()
    for (const mention of mentions) for (const key of new Set(mention.tokens.map((t) => t.key))) mentionsWith.set(key, (mentionsWith.get(key) ?? 0) + 1)
    const ownCount = (key: string) => mentionsWith.get(key) ?? 0
    const reported = new Set<string>()
    const lookup = newLookup()
    for (const mention of mentions) {
      for (const token of mention.tokens) {
        // a spelling the reference, a native copy or two other copies use is established, not drift
        const ours = support(token.key)
        if (ours >= 2) continue
        const near = firstNearMiss(lookup, sources, mention, token, own)
        const match = near ?? firstLetterMiss(sources, token, own)
        if (!match) continue
        const theirs = support(match.token.key)
        const withKey = sources.filter((source) => source.byToken.has(match.token.key))
        const trusted = withKey.some((source) => source.weight >= 2)
        const vowel = spellingDifference(token.key, match.token.key) === 'vowel'
        // The other spelling must be the authority (2 at least) and better backed than this one. One other MT copy
        // is no authority, unless the miss is plain: a consonant changed in a name it shares a surname or a title
        // with, and that copy writes its spelling more often than this one writes ours ("President Yoon Sok-gil"
        // once, "President Yoon Suk-yeol" twice).
        const mentionsThere = withKey.reduce((n, source) => n + source.byToken.get(match.token.key)!.length, 0)
        const plain = !vowel && theirs === 1 && ours === 0 && mentionsThere > ownCount(token.key) &&
          (shareKey(mention.tokens.map((t) => t.key), match.keys) || sharedTitle(mention, match.mention) !== undefined)
        if ((theirs < 2 && !plain) || theirs <= ours) continue
        // a copy written in English (sourceLang "en") chose its transliteration ("Jindayris" for "Jinderis"):
        // house style; only a changed consonant there is a slip worth reporting
        if (vowel && own.weight >= 2) continue
        // Between variants no one spelling is the authority: on parallel MT of one source (eight systems) every
        // transliteration varies ("Grivoli", "Grimoli", "Grevoli"…), so it is major only when most of the other
        // variants that name the same thing agree against this one; a vowel alone is never more than minor
        const strong = !vowel && near !== undefined && (trusted || withKey.length > naming(sources, mention, match) / 2)
        const where = match.fromReference
          ? 'the reference'
          : withKey.length >= 2
            ? `${withKey.length} other texts`
            : trusted
              ? 'a copy written in English'
              : 'another variant'
        const why = vowel ? ' (only its vowels differ: a misspelling, or a transliteration to list in the aliases)' : ''
        reported.add(token.key)
        yield {
          message: `Name \`${mention.text}\` is a near miss of \`${match.mention.text}\` in ${where}${why}; use one spelling, or list both in the aliases if this is house style.`,
          start: mention.start,
          end: mention.end,
          sentence: mention.sentence,
          severity: strong ? 'major' : 'minor',
          ...(match.fromReference && { reference: { sentence: match.mention.sentence, start: match.mention.start, end: match.mention.end } }),
        }
        break
      }
    }
    yield* twoSpellings(mentions, support, aliases, reported)
    yield* namesInLowerCase(ctx, sources, own)
  },
}
export default nameDrift
