import { describe, expect, it } from 'vitest'
import check from '../../src/checks/mojibake.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { findingsOf, seedText, spanText } from '../helpers.js'

// 004's own sentences with the damage a wrong decode does to them
const FRENCH = seedText('french')
// UTF-8 bytes read as Latin-1 (Node's decoders map 0x80–0x9F to C1 controls, not to cp1252's “’–…)
const misread = (text: string) => Buffer.from(text, 'utf8').toString('latin1')

describe('mojibake', () => {
  it('flags every curly quote and dash of a UTF-8 story read as Windows-1252, as minor', () => {
    const sentence = 'And one of Ukraine’s biggest military backers – Poland – last year signed a major arms deal with South Korea.'
    const text = misread(sentence)
    const findings = findingsOf(check, text)
    expect(findings.map((f) => spanText(text, f))).toEqual(['â\u0080\u0099', 'â\u0080\u0093', 'â\u0080\u0093'])
    expect(findings.every((f) => f.severity === 'minor' && f.category === 'Fluency/Character encoding')).toBe(true)
  })

  it.each([
    ['a curly apostrophe read as Windows-1252', 'Stoltenbergâ€™s visit to Seoul', ['â€™'], 'minor'],
    ['an accented name', 'Mr Stoltenberg met Ã‰lisabeth Borne in SÃ©oul.', ['Ã‰', 'Ã©'], 'minor'],
    ['a pound sign', 'The contract is worth Â£3bn.', ['Â£'], 'minor'],
    ['an emoji', 'Fans posted ðŸ˜€ under the video.', ['ðŸ˜€'], 'minor'],
    ['a lost character', 'The Leopard 2 is a new generation tank that is both agile and fast, although it is equipped with advanced protective armor\uFFFD\uFFFD.', ['\uFFFD\uFFFD'], 'major'],
    ['a C1 control character', 'Germany announced it would send 14 of its Leopard 2 tanks\u0085 to Kyiv.', ['\u0085'], 'major'],
    ['an HTML escape', 'The cartridges will be transferred to Ukraine via the United States &amp; Poland.', ['&amp;'], 'minor'],
  ])('flags %s', (_, text, spans, severity) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => spanText(text, f))).toEqual(spans)
    expect(findings.map((f) => f.severity)).toEqual(spans.map(() => severity))
  })

  it.each([
    ['an apostrophe re-typed inside a Turkish suffix', 'Kardeşimiz Ayşe”nin sesi geldi, he said in Izmir.', ['”'], 'Ayşe”nin'],
    ['a double prime inside an ordinal', 'She was saved in the 98″inci hour, officials said.', ['″'], '98″inci'],
    ['an ampersand for an apostrophe', 'The region&northern authorities told the paper& Roads were cut.', ['&', '&'], 'region&northern'],
    ['a scraped tag end', 'story-body”> The storm hit the coast on Monday.', ['”>'], 'HTML tag'],
    ['a scraped tag', 'The storm hit.<br> Ferries stopped.', ['<br>'], 'HTML tag'],
    ['a non-breaking space escape without its semicolon', 'Prices&nbsp rose on Monday.', ['&nbsp'], 'HTML escape'],
  ])('flags %s', (_, text, spans, shown) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => spanText(text, f))).toEqual(spans)
    expect(findings[0]!.message).toContain(shown)
    expect(findings.every((f) => f.severity === 'minor')).toBe(true)
  })

  it('flags a Greek letter in an apostrophe’s place, then the same letter standing for a dash', () => {
    const text = 'Iβm leaving, she said. It is a privilege β and a duty. Weβre ready.'
    const findings = findingsOf(check, text)
    expect(findings.map((f) => f.start)).toEqual([1, text.indexOf(' β ') + 1, text.indexOf('Weβ') + 2])
    expect(findings[1]!.message).toContain('dash')
  })

  it.each([
    ['a Greek letter in science', 'The β variant, TGF-β and a 6″ pipe were in the report; α and β are angles.'],
    ['company names and a link', 'AT&T, M&S and Procter & Gamble; see https://example.org/?a=1&b=2 for more.'],
    ['a comparison sign', 'Turnout > 70% in 2 of 3 towns, and the ratio was <1.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it.each([
    ['accented names', 'Séoul, Zürich, São Paulo, Ålesund, Île-de-France, Âge d’or and Œuvre are spelled right.'],
    ['symbols', 'It cost £3bn (€3.4bn), rose 2°C and scored 5/5 — “a record”, he said… AT&T agreed.'],
    ['a tab inside a line', 'Shares\tclosed higher.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it('finds no damage in the seed variants, which were read as UTF-8', () => {
    expect(findingsOf(check, FRENCH)).toEqual([])
    expect(findingsOf(check, seedText('greek'))).toEqual([])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })
})
