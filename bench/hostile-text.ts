// Two long variants of one story in which every name and every quote is different from every other: what the
// bundle-wide checks (name-drift, quotation-drift) compare across texts, at its largest. Names and words are made
// of syllables counted in base 40 ("Bakedo Lumira"), so none repeats and none is an English word; the second copy
// misspells every seventh name and rewords every fifth quote, as a second machine translation would, so the checks
// have near misses to find and not only names to skip. Deterministic: the same size gives the same text.

const CONSONANTS = 'bdfgklmnprstvz'
const VOWELS = 'aeiou'
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v)).slice(0, 40)

/**
 * The n-th made-up word: four syllables, n spread over the 40⁴ of them by a multiplier prime to 40, so that
 * neighbours in the count share no letters: 0 → "babababa", 1 → "fugebiza".
 */
function word(n: number): string {
  let spread = (n * 1_234_567) % 40 ** 4
  let out = ''
  for (let i = 0; i < 4; i++) {
    out = SYLLABLES[spread % 40]! + out
    spread = Math.floor(spread / 40)
  }
  return out
}

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1)

// "Bakedo" → "Bakado": a vowel changed inside the name, the slip name-drift looks for
const misspell = (w: string) => w.slice(0, 3) + (w[3] === 'a' ? 'o' : 'a') + w.slice(4)

/** One paragraph: two people, a place, and a quote of four made-up content words. */
function paragraph(i: number, second: boolean): string {
  const n = 7 * i
  const first = capital(word(n))
  const last = capital(second && i % 7 === 3 ? misspell(word(n + 1)) : word(n + 1))
  const place = capital(word(n + 2))
  const quoted = [word(n + 3), word(n + 4), word(n + 5), word(n + 6)]
  if (second && i % 5 === 2) quoted[2] = word(n + 3 + 7 * 100_000)
  return (
    `${first} ${last} spoke to reporters in ${place} on Monday. ` +
    `"We will ${quoted[0]} the ${quoted[1]} and ${quoted[2]} the ${quoted[3]} before the winter," ${first} ${last} said.\n\n`
  )
}

/** A text of about `bytes` characters; the second copy (second = true) carries the misspellings and rewordings. */
export function hostileStory(bytes: number, second = false): string {
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < bytes; i++) {
    const p = paragraph(i, second)
    parts.push(p)
    length += p.length
  }
  return parts.join('').slice(0, bytes)
}
