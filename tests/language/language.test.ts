import { describe, expect, it } from 'vitest'
import { franc } from 'franc'
import { random } from '../../bench/align-eval/generate.js'
import { francAllFast, francFast } from '../../src/language/franc-fast.js'
import { classesOf, forEachWord, LATIN_LETTER, LETTER } from '../../src/text/words.js'
import { detectDocumentLanguage, detectLanguage, detectSentenceLanguages, FREQUENT_ENGLISH_WORDS, type LanguageCall } from '../../src/language/language.js'
import { analyze } from '../../src/analyze.js'
import { doc, seedText } from '../helpers.js'
import { shippedTexts } from '../shipped-texts.js'

describe('detect-language', () => {
  it('calls short English sentences English from their function words (franc alone wavers)', () => {
    expect(detectLanguage('He met top South Korean officials on Sunday.').lang).toBe('eng')
  })

  it.each([
    ['Le secrétaire général de l’OTAN a appelé la Corée du Sud à revoir sa politique.', 'fra'],
    ['Der Generalsekretär der NATO hat Südkorea aufgefordert, mehr Waffen zu liefern.', 'deu'],
    ['Sekretaris Jenderal NATO mendesak Korea Selatan untuk meningkatkan bantuan militer.', 'ind'],
  ])('names the language of an untranslated sentence: %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang)
  })

  it('recognises another script even in a short string', () => {
    expect(detectLanguage('北约秘书长呼吁韩国').lang).toBe('cmn')
  })

  it('gives up on fragments too short to judge', () => {
    expect(detectLanguage('chase.')).toEqual({ lang: 'und', langScore: 0 })
  })

  it('finds every seed document English', () => {
    for (const name of ['reference', 'native', 'greek', 'indonesian', 'french'] as const) expect(analyze(doc(seedText(name)), false).lang).toBe('eng')
  })

  it("names a document's language as franc does on its whole body, though it joins only what franc reads", () => {
    for (const [, text] of shippedTexts()) {
      const { sentences } = analyze(doc(text), false)
      const body = sentences.filter((s) => s.zone !== 'boilerplate').map((s) => s.text).join(' ')
      if (body.length >= 40) expect(detectDocumentLanguage(sentences)).toBe(franc(body, { minLength: 40 }))
    }
  })
})

// detectLanguage's counts read in one pass, checked against the plain way: forEachWord for the words, each word
// sliced, lower-cased and looked up in the set, and its letters classified again
function detectLanguageSlowly(text: string): LanguageCall {
  let words = 0
  let functionWords = 0
  let letters = 0
  let latinLetters = 0
  forEachWord(text, (start, end) => {
    words++
    if (FREQUENT_ENGLISH_WORDS.has(text.slice(start, end).toLowerCase())) functionWords++
    for (const ch of text.slice(start, end)) {
      const classes = classesOf(ch.codePointAt(0)!)
      if (classes & LETTER) letters++
      if (classes & LATIN_LETTER) latinLetters++
    }
  })
  if (letters === 0) return { lang: 'und', langScore: 0 }
  const latinShare = latinLetters / letters
  if (latinShare < 0.5) return { lang: francFast(text, 1), langScore: 1 - latinShare }
  const functionShare = functionWords / Math.max(1, words)
  if (words >= 4 && functionShare >= 0.15) return { lang: 'eng', langScore: Math.min(1, 0.5 + functionShare * 2) }
  if (letters < 40) return { lang: 'und', langScore: 0 }
  const [best, second] = francAllFast(text, 40)
  if (!best || best[0] === 'und') return { lang: 'und', langScore: 0 }
  return { lang: best[0], langScore: Math.max(0, Math.min(1, (1 - (second?.[1] ?? 0)) * 4)) }
}

// function words in any case, joined and cut short, next to joiners, digits, marks, other scripts, astral
// letters, the Kelvin sign (lower case "k") and a lone surrogate
const PIECES = ['the', 'The', 'THE', 'of', 'and', 'i', 'I', 'because', 'becausе', 'he', "he's", 'Sok-gil', 'no', '3',
  'é', '’', "'", '-', ' ', ' ', ' ', '.', 'Ⅻ', '٣', '中', 'К', '\u0301', '\u212a', '𐐀', '𝐀', '😀', '\ud800', 'nato']

describe('detectLanguage in one pass', () => {
  it('gives the answer of forEachWord and a set lookup per word on every line of every shipped text', () => {
    for (const [, text] of shippedTexts()) {
      for (const line of text.split('\n')) expect(detectLanguage(line)).toEqual(detectLanguageSlowly(line))
    }
  })

  it('gives the same answer on random strings of words, joiners, digits, marks and other scripts', () => {
    const next = random(7)
    for (let n = 0; n < 3000; n++) {
      let text = ''
      for (let i = Math.floor(next() * 30); i > 0; i--) text += PIECES[Math.floor(next() * PIECES.length)]
      expect(detectLanguage(text)).toEqual(detectLanguageSlowly(text))
    }
  })

  it('keeps each sentence\'s fields and adds the call', () => {
    const bare = { index: 3, start: 10, end: 38, text: 'He met the president on Sunday.', zone: 'body' as const, paragraph: 2 }
    expect(detectSentenceLanguages([bare])).toEqual([{ ...bare, ...detectLanguage(bare.text) }])
    expect(Object.keys(detectSentenceLanguages([bare])[0]!)).toEqual([...Object.keys(bare), 'lang', 'langScore'])
  })
})
