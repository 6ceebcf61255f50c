import { editSimilarity } from '../text/edit-distance.js'
import { nameKey, nameMentions, sharedTitle, type NameMention, type NameToken } from '../text/names.js'
import type { AnalyzedDocument, Check, CheckContext, Draft } from '../types.js'

interface Known {
  readonly mention: NameMention
  readonly token: NameToken
  readonly fromReference: boolean
  /** id of the document it is from */
  readonly doc: string
}

// Endings that turn a name into its people, language or plural: Korea/Korean, Japan/Japanese, Sweden/Swedes,
// Ukraine/Ukrainian. Two spellings that differ only by these are one name inflected, not a drift.
const INFLECTION = /^(?:|n|an|ian|ns|ans|ese|s|es|i|is|ish|ic|e|ite|ites|d|ed)$/

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

/**
 * Why `mention` (in the variant) looks like a misspelling of `known`, or undefined when it does not.
 * Two ways: the same surname or given name with a near-miss rest ("Yoon Sok-gil" / "Yoon Suk-yeol", the same
 * title "President" before both), or one token a near miss of another ("Stoltenburg" / "Stoltenberg").
 */
function nearMiss(mention: NameMention, token: NameToken, known: Known, own: ReadonlySet<string>): boolean {
  const u = known.token.key
  const t = token.key
  if (own.has(u) || t === u) return false
  // Decided without building anything for most pairs (this runs for every unknown token against every known one):
  // the second test needs the same first letter and four letters a side, the first two tokens a side, one shared.
  const sameStart = t.length >= 4 && u.length >= 4 && t[0] === u[0]
  const twoAndTwo = mention.tokens.length >= 2 && known.mention.tokens.length >= 2
  if (!sameStart && !(twoAndTwo && mention.tokens.some((m) => known.mention.tokens.some((k) => k.key === m.key)))) return false
  const theirs = known.mention.tokens.map((k) => k.key)
  const ours = mention.tokens.map((k) => k.key)
  const shared = ours.filter((k) => theirs.includes(k))
  const title = sharedTitle(mention, known.mention) !== undefined
  const anchored = shared.length > 0
  if (sameName(ours, theirs) || sameWord(t, u)) return false
  if (anchored && ours.length >= 2 && theirs.length >= 2) {
    // Kim Jong Il and Kim Jong Un are two people: the differing parts ("l" / "n") share no consonants.
    const a = skeleton(ours.filter((k) => !theirs.includes(k)))
    const b = skeleton(theirs.filter((k) => !ours.includes(k)))
    const similarity = editSimilarity(a, b)
    if ((title && similarity >= 0.5) || (similarity >= 0.75 && Math.min(a.length, b.length) >= 3)) return true
  }
  if (t.length < 4 || u.length < 4 || t[0] !== u[0] || inflected(t, u)) return false
  const similarity = editSimilarity(t, u)
  // without context only a close miss of a long name: "Austria" and "Australia" (0.78) may both be meant
  return similarity >= 0.75 && (anchored || title || (similarity >= 0.85 && Math.min(t.length, u.length) >= 6))
}

/**
 * The known names nearMiss can accept for a token, in `known`'s order: those whose key shares the token's first
 * letter (four letters a side), and those whose mention shares a key with the token's mention (two tokens a side).
 * nearMiss is false for every other one, so filtering these gives what filtering all of `known` gave, without a
 * test per token and known name (a bundle of eight variants knows a thousand names; measured ~10% of audit()).
 */
function candidateIndex(known: readonly Known[]): (mention: NameMention, token: NameToken) => Known[] {
  const byInitial = new Map<string, number[]>()
  const byKey = new Map<string, number[]>()
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key)
    if (!list) map.set(key, [i])
    else if (list.at(-1) !== i) list.push(i)
  }
  known.forEach((k, i) => {
    if (k.token.key.length >= 4) add(byInitial, k.token.key[0]!, i)
    if (k.mention.tokens.length >= 2) for (const t of k.mention.tokens) add(byKey, t.key, i)
  })
  return (mention, token) => {
    const indexes = new Set(token.key.length >= 4 ? byInitial.get(token.key[0]!) : [])
    if (mention.tokens.length >= 2) for (const t of mention.tokens) for (const i of byKey.get(t.key) ?? []) indexes.add(i)
    return [...indexes].sort((a, b) => a - b).map((i) => known[i]!)
  }
}

function aliasGroups(ctx: CheckContext): Map<string, number> {
  const groups = new Map<string, number>()
  ctx.config.aliases.forEach((group, i) => group.forEach((name) => groups.set(name.split(/\s+/).map(nameKey).join(''), i)))
  return groups
}

function knownNames(ctx: CheckContext): Known[] {
  const sources: [AnalyzedDocument, boolean][] = ctx.others.map((o) => [o, false])
  if (ctx.reference) sources.unshift([ctx.reference, true])
  return sources.flatMap(([doc, fromReference]) =>
    nameMentions(doc).flatMap((mention) => mention.tokens.map((token) => ({ mention, token, fromReference, doc: doc.doc.id }))),
  )
}

/** How many other variants name what `match` names: with a word of either mention, or a near spelling of it. */
function naming(known: readonly Known[], mention: NameMention, match: Known): number {
  const keys = new Set([...match.mention.tokens, ...mention.tokens].map((k) => k.key))
  const u = match.token.key
  const near = (k: string) => keys.has(k) || (k[0] === u[0] && editSimilarity(k, u) >= 0.6)
  return new Set(known.filter((k) => !k.fromReference && near(k.token.key)).map((k) => k.doc)).size
}

const nameDrift: Check = {
  id: 'name-drift',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  needs: 'bundle',
  description: 'Finds a proper name spelled as a near miss of a name in the reference or the other variants ("Yoon Sok-gil" for "Yoon Suk-yeol").',
  explanation:
    'Machine translation through a third script garbles transliterated names: 002 (from Greek) writes "South Korean ' +
    'President Yoon Sok-gil" where 003 writes "President Yoon Suk-yeol". A capitalised name in the variant that no ' +
    'other text of the bundle uses is compared with the names they do use: the same surname with a rest whose ' +
    'consonants mostly agree (and ideally the same title before it), or a single word within a letter or two of a ' +
    'known one ("Stoltenburg"). The spelling the reference uses wins; without it, the one more texts (then more ' +
    'mentions) use; major against the reference or most of the other variants, minor otherwise. Inflections (Korea/Korean, Sweden/Swedes), acronyms and Title Case headlines are left alone, ' +
    'and spellings listed together in the aliases of the config ("Kyiv", "Kiev") are house style, not drift.',
  *run(ctx) {
    const mentions = nameMentions(ctx.variant)
    const own = new Set(mentions.flatMap((m) => m.tokens.map((t) => t.key)))
    const known = knownNames(ctx)
    const knownKeys = new Set(known.map((k) => k.token.key))
    const aliases = aliasGroups(ctx)
    const aliasKnown = new Set([...knownKeys].flatMap((k) => (aliases.has(k) ? [aliases.get(k)] : [])))
    const possible = candidateIndex(known)
    const ownCount = (key: string) => mentions.filter((m) => m.tokens.some((t) => t.key === key)).length
    for (const mention of mentions) {
      for (const token of mention.tokens) {
        if (knownKeys.has(token.key) || aliasKnown.has(aliases.get(token.key))) continue
        const candidates = possible(mention, token).filter((k) => nearMiss(mention, token, k, own))
        const match = candidates.find((k) => k.fromReference) ?? candidates[0]
        if (!match) continue
        const withKey = known.filter((k) => k.token.key === match.token.key)
        const documents = new Set(withKey.map((k) => k.doc)).size
        // a tie between two variants goes to the spelling used more often; a true tie says nothing
        if (!match.fromReference && documents < 2 && withKey.length <= ownCount(token.key)) continue
        // Between variants no one spelling is the authority: on parallel MT of one source (nt21: eight systems)
        // every transliteration varies ("Grivoli", "Greivoli", "Grevoli"…), so it is major only when most of the
        // other variants that name the same thing agree against this one
        const strong = match.fromReference || documents > naming(known, mention, match) / 2
        const where = match.fromReference ? 'the reference' : documents >= 2 ? `${documents} other variants` : 'another variant'
        const draft: Draft = {
          message: `Name \`${mention.text}\` is a near miss of \`${match.mention.text}\` in ${where}; use one spelling, or list both in the aliases if this is house style.`,
          start: mention.start,
          end: mention.end,
          sentence: mention.sentence,
          severity: strong ? 'major' : 'minor',
          ...(match.fromReference && { reference: { sentence: match.mention.sentence, start: match.mention.start, end: match.mention.end } }),
        }
        yield draft
        break
      }
    }
  },
}
export default nameDrift
