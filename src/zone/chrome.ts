// What a line of a web page looks like when it is not the story: the features the zone stage reads to set a line
// aside as boilerplate, in the manner of jusText and boilerpipe — how many words it has, how many of them are
// function words, whether it is all capitalised labels, whether it opens with link wording ("Read also:") or a
// call to action ("Download our app"), whether it carries a photo credit, whether it is only a date or a time,
// whether it has letters at all. Each rule answers with the reason shown to the editor, or null. Nothing here
// names a site: the vocabularies are the web's own (share buttons, link labels, credit wording, agency names).
import { CHROME_LINES, MT_NOTICE } from './boilerplate-patterns.js'
import { functionWordSubset } from '../text/english-words.js'
import { countWords, forEachWord } from '../text/words.js'

/** The reason given to photo captions: set aside, yet still the page's spelling of the names in them. */
export const PHOTO_CAPTION = 'photo caption'

/** Where a line stands in its document, as far as one line's features need it. */
export interface LineContext {
  /** no story sentence has been seen above this line */
  readonly beforeBody: boolean
  /** no headline and no story sentence above: a line here may be the page's own headline */
  readonly headlinePosition: boolean
  /** the document's last non-blank line (often cut short by the feed: never a caption credit) */
  readonly last: boolean
  /** how often a lower-case word occurs in the whole document */
  readonly wordCounts: ReadonlyMap<string, number>
}

// Function words of English: a story sentence is full of them, a menu, a tag list or a credit has almost none.
const FUNCTION_WORDS = functionWordSubset(
  'a an the of in on at to for from by with and or but as is are was were be been has have had it its this that ' +
    'these those he she they we you i his her their our your not no into over after before about than then there ' +
    'who which what when where will would can could should may might must do does did so if up out all also',
)

// The words of share bars, menus and page furniture (lower case). A line made only of them is a widget:
// "Share", "WhatsApp Facebook Twitter", "Print Email", "Next article", "Log in".
const WIDGET_WORDS = new Set(
  ('share shares sharing print email e-mail mail whatsapp facebook twitter x messenger telegram linkedin reddit ' +
    'pinterest tumblr viber vk weibo wechat line instagram youtube tiktok flipboard pocket sms copy link links url ' +
    'tweet pin save saved bookmark comment comments reply replies subscribe subscribed unsubscribe login logout log ' +
    'in out sign up register menu search home back top next previous prev article articles post posts story stories ' +
    'more less close open view views gallery photos photo video videos audio play listen follow us like likes ' +
    'font text size increase decrease reset zoom a+ a- newsletter rss feed feeds apps app download downloads skip ' +
    'content main navigation toggle').split(' '),
)

// Of those, the words that name a widget and nothing else: a crosshead "Back home" or "Open up" is made of widget
// words too, but of none of these.
const WIDGET_ONLY = new Set(
  ('share print email e-mail whatsapp facebook twitter messenger telegram linkedin reddit pinterest tumblr viber vk ' +
    'weibo wechat instagram youtube tiktok flipboard sms tweet bookmark comment comments subscribe login logout ' +
    'newsletter rss font menu search gallery skip navigation toggle').split(' '),
)

// Section and desk names that tag lists and menus are made of ("World", "News", "Featured").
const SECTION_WORDS = new Set(
  ('news world home latest top featured breaking politics business economy sport sports opinion lifestyle living ' +
    'entertainment culture tech technology science health travel international national local region regional ' +
    'trending popular video videos photos multimedia crisis analysis editorial weather').split(' '),
)

const AGENCY = '(?:AFP|AP|Reuters|EPA|EFE|ANSA|dpa|DPA|Xinhua|Yonhap|Kyodo|Bernama|Antara|Anadolu(?: Agency)?|Getty(?: Images)?|Shutterstock|Bloomberg|PA|IANS|PTI|UPI|TASS|SANA|WAM|KCNA|MTI|Sputnik|Agencia|Agence France-Presse|Associated Press)'

// Link wording that opens a pointer to another page: "Read also: …", "RELATED | …", "See also …", "Lire aussi".
// The languages are those wire copy is machine-translated from, whose link labels survive untranslated.
const LINK_CUE = new RegExp(
  '^(?:read (?:also|more|next)|also read|see also|related(?: (?:articles?|stories|story|news|content|posts?|links?|coverage|reading|topics?))?|' +
    'more (?:information|info|on this(?: story)?|from|news|stories)|recommended(?: for you| reading| stories)?|you (?:may|might) also like|' +
    'most (?:read|popular|viewed|shared)|popular (?:now|stories)|trending(?: now)?|latest(?: news| stories)?|' +
    'please read on|continue reading|keep reading|click here|find out more|learn more|further reading|in pictures|' +
    'watch|video|photos?|gallery|listen|lire aussi|à lire aussi|a lire aussi|voir aussi|leer más|lee también|lea también|ver también|' +
    'leggi anche|vedi anche|leia também|leia mais|veja também|lesen sie auch|auch lesen|mehr zum thema|baca juga)' +
    '(?:\\s*(?:[:|»›>\\-–—…]|\\.\\.\\.)|$)|^(?:read also|also read|see also|read more|lire aussi|leggi anche|vedi anche|lee también|leia também|veja também)\\s+(?=\\p{Lu})',
  'iu',
)
// "Previous articleMan, 28, …": a pager label glued to the title of the next story
const PAGER = /^(?:previous|next|prev|older|newer)\s*(?:article|post|story|item)/i
// a bullet or arrow in front of a link ("• Read also: …", "» See also")
const LEAD_MARK = /^[\s•·▪►▶»›>*+→-]+/u

// Site notices: the page talking about itself or the reader's session.
const SITE_NOTICE = [
  /^[-–—\s]*(?:advertisement|advertising|sponsored(?: content)?|promoted|ad)[-–—\s]*$/i,
  /\byou(?:'re|’re| are) (?:currently )?offline\b/i,
  /\b(?:all rights reserved|privacy policy|terms of (?:use|service)|cookie (?:policy|settings|preferences))\b/i,
  /\[email(?:&#160;|\s)protected\]/i, // an address hidden by the page's e-mail obfuscation
  /^skip to (?:main )?content$/i,
  /^(?:\d+\s*)?(?:min(?:ute)?s?|mins?)\s*read$/i,
  /^reading time\b/i,
]

// The comment form under a story: "Leave a comment", "Your email address will not be published".
const COMMENT_FORM = [
  /\bleave a (?:comment|reply)\b/i,
  /\byour email address will not be published\b/i,
  /\brequired fields are marked\b/i,
  /\b(?:post|submit|cancel) (?:a )?(?:comment|reply)\b/i,
  /\bbe the first to comment\b/i,
  /^comment(?:s)? on (?:this|the) (?:story|article|post)/i,
  /\byou must be logged in\b/i,
  /^\d+\s+comments?$/i,
]

// A call to action: an imperative or "you can …" about the site's own channels — "Follow our Facebook page for
// the latest updates", "Download the app", "Listen to the audio version of this article", "Sign up for our
// newsletter". Both halves are needed: "Follow the money," he said has no channel word.
// The verb must take the site's kind of object ("Follow us", "Download the app", "Listen to…"): "Share prices
// fell after the app maker's results" opens with a noun.
const CALL_VERB = /(?:^|[.!?]\s+)(?:please\s+)?(?:(?:you can|you may|don['’]t forget to|be sure to)\s+)?(?:(?:follow|download|subscribe|sign up|listen|watch|click|tap|join|like|register|log in|install|get|share|comment|read|find out)\s+(?:us|our|the|this|on|to|for|up|here|now|more|in|it|a|an|and|at|via|with)\b|stay (?:up to date|informed|tuned)\b)/i
const CHANNEL_WORD = /\b(?:app|apps|page|pages|newsletters?|podcasts?|facebook|twitter|instagram|youtube|telegram|whatsapp|tiktok|linkedin|channel|audio version|video version|notifications|alerts|subscribe|here|link|website|site|inbox|this (?:story|article|post))\b/i

// Photo credits: "(AFP)", "Photo: AP", "Photo / AP", "[Getty]", "Credit: AP", "© AFP – Jane Doe",
// "Jane Doe/AFP via Getty Images", "Wikimedia Commons, CC-BY-2.0", "Photo by JANE DOE".
const CREDIT = new RegExp(
  [
    `\\((?:twitter|photo|file|${AGENCY})\\b[^)]*\\)\\s*$`,
    `\\((?:[^()]{0,60}[/|,]\\s*)?(?:[^()]{0,40}\\s)?(?:photo|pool|via)\\b[^()]{0,60}\\)\\s*$`,
    '\\b(?:image|photo|picture) credits?\\s*:|(?:^|[.!?)]\\s*)credits?\\s*:', // not "two tax credits: …"
    '\\S\\s+photo(?:graph)?s?\\s*(?::|/(?=\\s))', // after other words: not a headline's "Photos: …"
    '\\bphoto(?:graph)? by\\b',
    '\\bpictures?\\s*:',
    '(?:^|\\s)©\\s*\\S', // not the "Ã©" of a misread "é"
    '\\(c\\)\\s',
    // at the end of the line: a story may name the agency or the picture library
    '\\bvia (?:getty images|' + AGENCY + ')\\)?\\s*$',
    '\\bgetty images\\)?\\s*$',
    '\\bwikimedia commons\\b',
    '\\bCC[- ]BY\\b',
    `\\S/\\s?${AGENCY}\\b`,
    `\\[(?:${AGENCY}|file|photo)[^\\]]{0,40}\\]\\s*$`,
  ].join('|'),
  'i',
)
// a caption's own opening: "Pictured: …", "Photo: …", "1 of 3 …" (a gallery counter), "FILE PHOTO: …"
const CAPTION_OPENING = /^(?:pictured|photo|picture|image|caption|file photo|file)\s*:|^\d{1,2} (?:of|\/) \d{1,2}\s+\S/i
// an embedded post ends with its attribution: "… pic.twitter.com/x1y2 — Jane Doe (@janedoe) February 16, 2023"
const POST_ATTRIBUTION = /(?:^|\s)[-–—]\s*[^-–—]{0,60}\(@\w{1,30}\)\s*\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}$/u
const URL = /\b(?:https?:\/\/|www\.)\S+|\bpic\.twitter\.com\/\S+/gi

// Dates and times: what is left of a page stamp once they are taken out is a word or two ("Published",
// "Last Updated", "min read", a desk name).
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const DAYS = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?'
const DATE_TIME = new RegExp(
  [
    '\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b',
    '\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b',
    '\\b\\d{1,2}[:.h]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?=\\W|$)',
    '\\b\\d{1,2}\\s*[ap]\\.?m\\b\\.?',
    `\\b(?:${DAYS})\\b\\.?`,
    `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTHS})\\b\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+\\d{4}\\b)?`,
    '\\b\\d{4}\\b',
    '\\b\\d+\\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)\\b(?:\\s+ago)?',
    '\\b\\d+(?:[.,]\\d+)?\\s*°?\\s*[CF]\\b', // the weather widget beside the date: "26.3 C"
    '\\b(?:UTC|GMT|IST|CET|CEST|EST|EDT|PST|PDT|BST|JST|KST|AEST|AEDT|WIB)\\b(?:\\s*[+-]\\s*\\d{1,2})?',
  ].join('|'),
  'gi',
)
const STAMP_WORDS = /\b(?:date|dated|published|updated|last|first|posted|modified|on|at|ago|read|reading|time|am|pm|and|by|from)\b/gi

const ENDS_LIKE_SENTENCE = /[.!?…]["'”’)\]]*$/
const ALL_CAPITALISED_WORD = /^[\p{Lu}\p{N}]/u

/** The words of a text (words.ts's WORD), found by its scanner rather than the regular expression. */
export function wordsOf(text: string): string[] {
  const words: string[] = []
  forEachWord(text, (start, end) => words.push(text.slice(start, end)))
  return words
}

/** The reason a line is site chrome by its own features, or null when it may be story text. */
export function chromeReason(text: string, at: LineContext): string | null {
  const words = wordsOf(text)
  const n = words.length
  if (!/[\p{L}\p{N}]/u.test(text) || (n <= 2 && !/\p{L}{2}/u.test(text))) return 'layout leftover (no words)'
  const bare = text.replace(LEAD_MARK, '')
  if (MT_NOTICE.some((re) => re.test(text))) return 'machine-translation notice'
  if (CHROME_LINES.some((re) => re.test(text))) return 'site chrome'
  // page furniture is short: a story paragraph is not read for it
  if (n <= 30 && SITE_NOTICE.some((re) => re.test(text))) return 'site notice'
  if (n <= 30 && COMMENT_FORM.some((re) => re.test(text))) return 'comment form'
  // "Photos: …", "Video: …" over a page's own headline name the story's medium, not another story
  const mediaCue = /^(?:watch|video|photos?|listen|gallery)\b/i.test(bare)
  if (n <= 30 && LINK_CUE.test(bare) && !(mediaCue && at.headlinePosition)) return 'related-story link'
  if (PAGER.test(bare)) return 'related-story link'
  if (isBreadcrumb(text)) return 'breadcrumb'
  if (n <= 8 && words.every((w) => WIDGET_WORDS.has(w.toLowerCase())) && words.some((w) => WIDGET_ONLY.has(w.toLowerCase()))) {
    return 'share widget or menu'
  }
  if (n <= 40 && CALL_VERB.test(text) && CHANNEL_WORD.test(text) && !/^["“‘']/.test(text)) return 'call to action'
  if (isSourceCredit(text, words)) return 'source credit'
  if (n <= 90 && POST_ATTRIBUTION.test(text)) return 'embedded post'
  if (/https?:|www\.|pic\./.test(text) && countWords(text.replace(URL, ' ')) <= 4) return 'link or embedded post'
  if (isStamp(text)) return 'date or time stamp'
  if (n <= 80 && (CREDIT.test(text) || CAPTION_OPENING.test(text))) return PHOTO_CAPTION
  if (!at.last && hasCreditTail(text, at.wordCounts)) return PHOTO_CAPTION
  if (isTagList(words, text)) return 'tag list'
  return null
}

/** "Home » World » Asia", "News > Europe > France": a trail of short labels joined by arrows or pipes. */
function isBreadcrumb(text: string): boolean {
  // French quotation marks (« … ») and sentences are no trail
  if (text.includes('«') || ENDS_LIKE_SENTENCE.test(text)) return false
  const parts = text.split(/\s*[»›>|]\s*|\s+\/\s+/)
  if (parts.length < 2) return false
  if (/^home\s*[»›>|/]/i.test(text)) return true
  const labels = parts.filter((p) => p.trim() !== '')
  return labels.length >= 3 && labels.slice(0, -1).every((p) => countWords(p) <= 3)
}

/**
 * "Source: Il Giornale", "With AFP and Reuters", "(AFP)", "[Kyodo News]", "SOURCEXYZ": a short line that
 * names where the story came from.
 */
function isSourceCredit(text: string, words: readonly string[]): boolean {
  if (words.length > 7 || ENDS_LIKE_SENTENCE.test(text.replace(/\.{3}$/, ''))) return false
  if (/^\s*[([][^)\]]{1,50}[)\]]\s*$/.test(text) && words.every((w) => ALL_CAPITALISED_WORD.test(w))) return true
  if (/\bsources?\b\s*:|^sources?(?=\p{Lu})/iu.test(text)) return true
  return new RegExp(`^(?:with|by|via|from|source)\\s+${AGENCY}(?:\\s*(?:,|and|&)\\s*${AGENCY})*\\.?$`, 'i').test(text)
}

/**
 * A line that is only a date or a time with at most two other words: "date 2023-01-30", "Last Updated:
 * 2023-12-08 09:58", "23 minutes ago", "4 min read", "26.3 C Monday, June 24, 2024", "Jane Doe / 3 May 2024".
 */
function isStamp(text: string): boolean {
  // a stamp has figures: "Rescuers may return" and "Sunday's vote" (a month, a day) are display lines
  if (!/\d/.test(text) || countWords(text) > 14 || ENDS_LIKE_SENTENCE.test(text.replace(/(?:\d|[ap]\.m)\.$/i, ''))) return false
  const rest = text.replace(DATE_TIME, ' ')
  if (rest === text) return false
  return countWords(rest.replace(STAMP_WORDS, ' ')) <= 2
}

/**
 * "Villagers search the ruins of the old town. Jane Doe": a caption whose credit, a name of one to three
 * capitalised words, follows its full stop without one of its own. The name is nowhere else in the document (a
 * sentence cut short by the feed ends in words of the story).
 */
function hasCreditTail(text: string, wordCounts: ReadonlyMap<string, number>): boolean {
  const m = /[\p{Ll}\p{N})”"’'][.!?](?:\s*)((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u.exec(text)
  if (!m || countWords(text) < 6) return false
  return wordsOf(m[1]!).every((w) => (wordCounts.get(w.toLowerCase()) ?? 0) <= 1)
}

/**
 * "Crisis Featured World News News Europe": capitalised labels with no function word, and a section name or a
 * label repeated among them. A title-case headline has function words ("Boy Among 3 Rescued After Quake").
 */
function isTagList(words: readonly string[], text: string): boolean {
  if (words.length < 4 || /[.!?,:;"“”]/.test(text)) return false
  if (!words.every((w) => ALL_CAPITALISED_WORD.test(w))) return false
  const functionWords = words.filter((w) => FUNCTION_WORDS.has(w.toLowerCase())).length
  if (functionWords > (words.length >= 8 ? 1 : 0)) return false
  const lower = words.map((w) => w.toLowerCase())
  return lower.some((w) => SECTION_WORDS.has(w)) || new Set(lower).size < lower.length
}

/** Lower-case content words of a text (three letters or more, not a function word). */
export function contentWords(text: string): string[] {
  return wordsOf(text)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w) && /\p{L}/u.test(w))
}

export { FUNCTION_WORDS }
