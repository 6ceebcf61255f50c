import type { Check, Draft, Sentence } from '../types.js'
import { sentenceMatches } from './sentence-matches.js'

// Words and idioms a source language lends a meaning English does not give them, as machine translation of news
// renders them: French "l'auteur de l'attaque" → "the author of the attack" (the perpetrator), Spanish "disolver
// las Cortes" → "dissolve the courts" (parliament), "su formación" → "his formation" (his party), Italian "un
// dispositivo firmato dal ministro" → "a device signed by the minister" (a decree). Each entry is the English
// word in the context where it can only be the false friend — the attack beside "author", the party or the vote
// beside "formation", the signature beside "device" — so "the author of the report", "the formation of a
// government" and "an explosive device" stay silent, and a capitalised "Author" is a title's. Each stays silent on native news English
// (tests/clean-text.ts, the Brown Corpus press texts of `npm run bench -- native`).

interface FalseFriend {
  readonly re: RegExp
  /** the sentence must also match this for the word to be the false friend */
  readonly context?: RegExp
  /** …and must not match this */
  readonly unless?: RegExp
  /** the source and what English says */
  readonly source: string
  readonly remedy: string
}

const CRIME = /\b(?:attacks?|stabbings?|shootings?|murders?|killings?|crimes?|assaults?|massacres?|bombings?|shots?|shot|stabbed|killed|arrested|detained|neutrali[sz]ed|police|suspects?|victims?)\b/u
const POLITICS = /\b(?:party|parties|vote|votes|voters|seats|elections?|electoral|coalition|polls?|parliament|congress|leader|campaign|candidates?|left-wing|right-wing)\b/u
const CASUALTIES = /\b(?:dead|deaths?|killed|victims?|injured|wounded|missing|bodies|casualties)\b/u

const FALSE_FRIENDS: readonly FalseFriend[] = [
  {
    re: /\b(?:(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal) (?:alleged |presumed |suspected )?|(?:[Aa]lleged|[Pp]resumed|[Ss]uspected) )authors?\b(?! of (?:the |a |an )?(?:book|novel|report|study|letter|article|paper|column|bill|law|proposal|amendment|song|play|poem|biography|memoir)s?\b)/gu,
    context: CRIME,
    unless: /\b(?:book|novel|wrote|writes|written|published|literary|poet|poem|memoir|biography|bestsell\w*)\b/i,
    source: 'French "auteur", Spanish "autor", Italian "autore": the one who did it',
    remedy: 'write "perpetrator", "attacker" or "killer"',
  },
  {
    re: /\bdissolv\w* the [Cc]ourts\b/gu,
    context: /\belections?\b|\bvote\b|\bpolls?\b/u,
    source: 'Spanish "las Cortes": the parliament',
    remedy: 'write "parliament"',
  },
  {
    re: /\b(?:his|her|their|its|the|this|that|a|whose|left-wing|right-wing|far-right|far-left|conservative|socialist|liberal|political|populist|nationalist|centrist|progressive|new) formations?\b(?! of\b)/gi,
    context: POLITICS,
    unless: /\b(?:troops?|military|army|soldiers|aircraft|jets|rock|cloud|geolog\w*|squad|team|players?|coach|defence|defense|midfield|lineup|tactical)\b/i,
    source: 'Spanish and Italian "formación"/"formazione", French "formation": a political party',
    remedy: 'write "party"',
  },
  {
    re: /\bdevices?\b(?= (?:signed|issued|approved|adopted|published|decreed|ordering|providing))|\b(?:signed|issued|approved|adopted|published) (?:a|the|an?) (?:new )?device\b/gu,
    unless: /\b(?:explosive|electronic|mobile|medical|tracking|listening|incendiary|improvised|wearable|smart|digital|battery|charging)\b/i,
    source: 'Italian "dispositivo", French "dispositif": a decree or an order',
    remedy: 'write "decree", "order" or "measure"',
  },
  {
    re: /\b(?:persist|insist)(?:s|ed)? and sign(?:s|ed)?\b/gi,
    source: 'French "persiste et signe": holds firm, repeats himself',
    remedy: 'write "stands by it" or "holds firm"',
  },
  {
    re: /\boverflows?\b/gi,
    context: /\b(?:protests?|protesters|demonstrations?|demonstrators|marches|rally|rallies|police|tolerated|violence|unrest|riots?)\b/i,
    unless: /\b(?:river|rivers|banks|dam|water|waters|flood\w*|rain\w*|sewers?|drains?|crowds? overflow\w* into|pipes?)\b/i,
    source: 'French "débordements", Spanish "desbordes": unrest, violence',
    remedy: 'write "unrest", "violence" or "excesses"',
  },
  {
    re: /\b(?:(?:the|a|an|its|their) (?:(?:provisional|new|final|official|heavy|latest|first) )?|(?:provisional|new|final|official|heavy|latest|first) )balances?\b(?! of (?:power|payments|trade|the budget|probabilit\w+)\b)(?! sheets?\b)/gi,
    context: CASUALTIES,
    unless: /\b(?:bank|account|budget|trade|payments?|power|scales?|lose|lost|keep|kept|strike|struck|restore|tipped)\b/i,
    source: 'French "bilan", Spanish and Italian "balance"/"bilancio": the toll',
    remedy: 'write "toll" ("the death toll")',
  },
  {
    re: /\b(?:the )?[Hh]exagon\b(?=[ ,.;:])/gu,
    context: /\b(?:France|French|Paris|Macron|government|country|nation)\b/u,
    unless: /\bPentagon\b|\bhexagonal\b|\bshape\b|\bsides\b/u,
    source: 'French "l\'Hexagone": metropolitan France',
    remedy: 'write "France"',
  },
  {
    // a building brought down "on the heads of its residents": Arabic "'ala ru'us sakiniha", with them inside
    re: /\b(?:(?:over|on|upon) the heads of|on top of) (?:their|its) (?:residents|inhabitants|occupants|dwellers)\b/gu,
    context: /\b(?:demolish\w*|destroy\w*|bomb\w*|collaps\w*|flatten\w*|struck|strikes?|shell\w*|levell?ed|razed?)\b/i,
    source: 'Arabic "\'ala ru\'us sakiniha" (on the heads of its residents): with the residents inside',
    remedy: 'write "with their residents inside"',
  },
  {
    re: /\bin declarations to\b/gi,
    source: 'Spanish "en declaraciones a", French "dans des déclarations à": in remarks to',
    remedy: 'write "told" or "in remarks to"',
  },
  {
    re: /\b(?:was|were|been|being) intervened\b/gi,
    source: 'Spanish "fue intervenido": operated on, raided, seized',
    remedy: 'write "operated on", "raided" or "seized"',
  },
  {
    re: /\bcelebrat\w* (?:the )?(?:(?:general|legislative|presidential|regional|municipal|local|snap|early|national) )*elections\b(?! (?:result|win|victory))|\belections (?:will be|were|are|would be) celebrated\b/gi,
    source: 'Spanish "celebrar elecciones": hold',
    remedy: 'write "hold elections"',
  },
  {
    re: /\bin full (?:campaign|crisis|war|street|pandemic|negotiations?|electoral campaign)\b/gi,
    source: 'French "en pleine campagne", Spanish "en plena crisis": in the middle of',
    remedy: 'write "in the middle of" or "during"',
  },
  {
    re: /\b(?:makes|made|make) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) (?:years|months|weeks|days) (?:that|since)\b/gi,
    source: 'Spanish "hace dos años que", French "ça fait deux ans que": for two years, two years ago',
    remedy: 'write "for two years" or "two years ago"',
  },
  // idioms of Romance political, legal and sports news, rendered word for word
  {
    re: /\b(?:the )?(?:advancement|advance|bringing forward) of (?:the |these |this )?(?:(?:general|legislative|national|regional|municipal|presidential|snap) )*elections\b|\belectoral advance\b/gi,
    source: 'Spanish "el adelanto electoral", "adelantar las elecciones": an early election',
    remedy: 'write "the early election" or "bringing the election forward"',
  },
  {
    re: /\bassum\w* (?:\w+ ){0,4}?(?:[“"])?in (?:the )?first person\b/gi,
    source: 'Spanish "asumir en primera persona": take personal responsibility',
    remedy: 'write "take personal responsibility for"',
  },
  {
    re: /\bat the call of (?:the )?(?:unions?|trade unions?|inter-union|intersyndicale|opposition|left|collectives?|associations?)\b/gi,
    source: 'French "à l\'appel de l\'intersyndicale": called by',
    remedy: 'write "called by the unions"',
  },
  {
    re: /\bfor (?:a )?(?:formal|procedural) defects?\b/gi,
    source: 'French "pour vice de forme", Spanish "por defecto de forma": on a technicality',
    remedy: 'write "on a technicality" or "on procedural grounds"',
  },
  {
    re: /\bdeliver(?:s|ed|ing)? (?:a |an |the )?(?:\w+ )?(?:duel|battle|combat)\b(?! (?:plans?|cry|lines?|field|talk|group|tanks?|dress|fatigue)\b)/gi,
    source: 'French "livrer un duel / une bataille": fight',
    remedy: 'write "fought a duel" or "fought a battle"',
  },
  {
    re: /\b(?:from|at) (?:the )?eleven (?:meters|metres)\b/gi,
    source: 'Italian "dagli undici metri", Spanish "desde los once metros": the penalty spot',
    remedy: 'write "from the penalty spot"',
  },
  {
    re: /\bsign(?:s|ed|ing)? (?:the|a|his|her|their) \d{1,2}-\d{1,2}\b/gu,
    source: 'Italian "firmare il 2-2", French "signer le but": score',
    remedy: 'write "scored the goal that made it 2-2"',
  },
  {
    re: /\b(?:rate|level|share) of favou?rable opinions?\b/gi,
    source: 'French "taux d\'opinions favorables": approval rating',
    remedy: 'write "approval rating"',
  },
  {
    re: /\brevalidat\w* (?:the|its|his|her|their) (?:governments?|majority|mandate|title|victory|seats?)\b/gi,
    source: 'Spanish "revalidar": keep, retain',
    remedy: 'write "retain" or "keep"',
  },
  {
    re: /\b(?:a|one|two) thirds? of an hour\b|\b(?:one|two|three|four|five) o['’]clock after midnight\b/gi,
    source: 'Arabic "thulth sa\'a", "al-sa\'a al-thaniya ba\'da muntasaf al-layl": minutes, a time',
    remedy: 'write "20 minutes" or "2 a.m."',
  },
  {
    re: /\b(?:gave|give|gives|giving) the kick-?off (?:to|of|for)\b(?![^.]*\b(?:match|game|ball|final)\b)/gi,
    source: 'French "donner le coup d\'envoi": launch, open',
    remedy: 'write "launched" or "opened"',
  },
  {
    re: /\b(?:gave|give|gives|giving) to know\b|\b(?:make|made|makes|making) front to\b|\b(?:had|have|has|having) place\b(?= (?:on|in|at|last|this|yesterday|today)\b)/gi,
    source: 'Spanish "dar a conocer", "hacer frente a", "tener lugar": announce, face, take place',
    remedy: 'write "announced", "faced" or "took place"',
  },
  {
    re: /\bwithin the (?:breast|bosom) of\b/gi,
    source: 'French "au sein de": within',
    remedy: 'write "within" or "in"',
  },
  {
    re: /\bthere (?:are|is) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) (?:years|months|weeks|days|decades)(?= (?:that|since|when)\b|[,.])/gi,
    source: 'French "il y a deux ans": two years ago',
    remedy: 'write "two years ago"',
  },
]

// Every entry's pattern in one, case folded (a superset of each): most sentences match none, and one scan of the
// sentence tells so. The patterns are ASCII, and written without the u flag where they ignore case: V8 cannot
// take its fast path for \b under i and u together, and such a pattern scanned a sentence many times slower
// (measured on nt21's sentences, docs/benchmarks.md).
const ANY_FRIEND = new RegExp(FALSE_FRIENDS.map((friend) => `(?:${friend.re.source})`).join('|'), 'i')

function* falseFriends(sentence: Sentence): Generator<Draft> {
  if (!ANY_FRIEND.test(sentence.text)) return
  for (const friend of FALSE_FRIENDS) {
    if (friend.context && !friend.context.test(sentence.text)) continue
    if (friend.unless?.test(sentence.text)) continue
    yield* sentenceMatches(sentence, friend.re, (m) => `False friend \`${m[0]}\`: the sense of ${friend.source}, not of the English word; ${friend.remedy}.`)
  }
}

const falseFriend: Check = {
  id: 'false-friend',
  category: 'Accuracy/Mistranslation',
  severity: 'minor',
  dimension: 'fluency',
  needs: 'variant',
  description: 'Finds words a Romance source lends a sense English lacks: "the author of the attack" (perpetrator), "dissolves the courts" (Cortes), "his formation" (party).',
  explanation:
    'Machine translation keeps the word and loses the sense: French "auteur" is the author of a book and the ' +
    'perpetrator of a crime, so "The author was also shot dead"; Spanish "disolver las Cortes" becomes ' +
    '"dissolves the courts", "su formación" "his formation" (his party), Italian "dispositivo" "a device signed ' +
    'by the undersecretary" (a decree), French "bilan" "a provisional balance of 20 dead" (toll), "débordements" ' +
    '"no overflow will be tolerated" (unrest), "persiste et signe" "persists and signs"; and idioms of political, ' +
    'legal and sports news rendered word for word ("the advancement of the elections", "cancelled for formal ' +
    'defect", "scored from eleven metres", "gave to know"). Each entry fires only in ' +
    'the context where the English word cannot mean what it says — a crime beside "author", the party or the vote ' +
    'beside "formation", a signature beside "device" — so "the author of the report", "the formation of a ' +
    'government" and "an explosive device" are left alone. Minor; the message names the source word and what ' +
    'English says.',
  *run({ variant }) {
    for (const sentence of variant.sentences) if (sentence.zone !== 'boilerplate') yield* falseFriends(sentence)
  },
}
export default falseFriend
