import { describe, expect, it } from 'vitest'
import { franc } from 'franc'
import { detectDocumentLanguage, detectLanguage } from '../../src/text/language.js'
import { analyze } from '../../src/text/analyze.js'
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
