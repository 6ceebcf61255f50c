import { describe, expect, it } from 'vitest'
import check from '../../src/checks/untranslated-text.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { contextFor, findingsOf, seedText, spanText } from '../helpers.js'

describe('untranslated-text', () => {
  it.each([
    // an Indonesian sentence passed through, as the Indonesian seed's site might have left one
    ['ind', 'Stoltenberg bertemu dengan Presiden Yoon dan Menteri Pertahanan Lee Jong-sup pada hari Minggu untuk membahas kerja sama.'],
    ['fra', 'Le secrétaire général a déclaré que les pays de l’Otan sont prêts à aider l’Ukraine avec des armes.'],
    ['deu', 'Der Generalsekretär sagte, dass die Lage ernst ist und die Allianz nicht warten wird.'],
    ['cmn', '北约秘书长周一敦促韩国加强对乌克兰的军事支持。'],
    ['ell', 'Ο γενικός γραμματέας του ΝΑΤΟ ζήτησε από τη Νότια Κορέα να στείλει όπλα.'],
  ])('flags a whole sentence in another language (%s) as critical', (_, sentence) => {
    const text = `NATO chief Jens Stoltenberg urged South Korea on Monday to step up military support for Ukraine. ${sentence}`
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual([[sentence, 'critical']])
  })

  it.each([
    // a WMT zh→en system left a social-media handle in Chinese characters (human raters: major)
    ['Imitating old Hong Kong movies, the account of @芳芳一人食 on Douyin posts refined cooking videos.', '芳芳一人食', 'major'],
    ['He called it a στρατιωτική βοήθεια package worth millions.', 'στρατιωτική βοήθεια', 'major'],
    ['The agreement, yang akan ditandatangani pada bulan depan, covers tanks.', 'yang akan ditandatangani pada', 'minor'],
    ['He said that les pays sont prêts et que the alliance would help.', 'les pays sont prêts et que', 'major'],
  ])('flags untranslated words inside an English sentence: %s', (text, words, severity) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual([[words, severity]])
  })

  it.each([
    // Turkish: no function-word list covers it; the words are no English ones and "çok", "onu" are Turkish stop words
    ['His brother wrote that bugün onu sağ görmekten çok mutluyuz after the rescue.', 'bugün onu sağ görmekten çok mutluyuz', 'major'],
    ['The boy is tedavi altında at the field hospital, doctors said.', 'tedavi altında', undefined],
    ['The patient was taken to the hastane ve tedavi altında since Monday.', 'hastane ve tedavi altında', 'major'],
  ])('flags lower-case words English does not have, with a source language to show: %s', (text, words, severity) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual(severity ? [[words, severity]] : [])
  })

  it('flags a short sentence of words English does not have as not in English', () => {
    const sentence = 'Kurtarma ekipleri bütün gece enkaz altında çalıştı.'
    const text = `Rescuers worked through the night in the town. ${sentence}`
    expect(findingsOf(check, text).map((f) => [spanText(text, f), f.severity])).toEqual([[sentence, 'critical']])
  })

  it.each([
    ['The ruling party AKP de Yilmaz lost ground in the capital.', 'de'],
    ['Doctors Marco Conti ed Elena Ricci signed the bulletin.', 'ed'],
    ['Voters backed the PP del Feijóo in the regions.', 'del'],
  ])('flags a preposition or conjunction of another language left between names: %s', (text, word) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual([[word, 'minor']])
  })

  it('flags a name that keeps an accent the same text writes without', () => {
    const text = 'Mayor Lukas Berger opened the bridge. Berger said it cost less than planned. Later Bérger thanked the workers.'
    expect(findingsOf(check, text).map((f) => [spanText(text, f), f.severity])).toEqual([['Bérger', 'minor']])
  })

  it('flags a name in a foreign accented spelling where the reference and another copy write it plain', () => {
    const ctx = contextFor('KALÉMLI, Turkey (AP) — The quake hit Kalemli at dawn.', {
      reference: 'KALEMLI, Turkey (AP) — The quake hit Kalemli at dawn on Monday.',
      others: ['Rescuers reached Kalemli by noon.'],
    })
    const text = ctx.variant.doc.text
    expect([...check.run(ctx)].map((f) => [text.slice(f.start, f.end), f.severity])).toEqual([['KALÉMLI', 'minor']])
  })

  it('leaves an accented spelling alone when another copy writes it too, or nobody writes it otherwise', () => {
    const shared = contextFor('Pedro Sánchez called the vote.', { reference: 'Pedro Sanchez called the vote.', others: ['Pedro Sánchez spoke.', 'Sanchez spoke.'] })
    const alone = contextFor('Pedro Sánchez called the vote.', { reference: 'The prime minister called the vote.', others: [] })
    expect([...check.run(shared), ...check.run(alone)]).toEqual([])
  })

  it.each([
    ['names with particles', 'Ursula von der Leyen met Luiz Inácio Lula da Silva and José Eduardo dos Santos in the Place de la Concorde.'],
    ['a name glossed in its own script', 'President Xi Jinping (习近平) and Prime Minister Kyriakos Mitsotakis (Κυριάκος Μητσοτάκης) spoke by phone.'],
    ['loan phrases English has taken in', 'It was a fait accompli, a coup de grâce delivered with joie de vivre, and the status quo ante returned de facto.'],
    ['a capitalised foreign title', 'The film "La Vita è Bella" and the paper Le Monde were cited, as was Die Zeit.'],
    ['a single Greek letter', 'The omicron variant, also labelled B.1.1.529 or ο, spread fast; a β-blocker helped.'],
    ['a degree sign and currency', 'Temperatures reached 41°C and the bill came to ¥12,000 or €80.'],
    ['British spellings', 'The organisation’s centre catalogued the colour of the defence travellers’ uniforms and analysed them.'],
    ['particles and Latin between names', 'Smith et al. found that Procter and Gamble, Banco de Portugal and Charles de Gaulle airport were named.'],
    ['a Spanish compound surname', 'The prize is named after Santiago Ramón y Cajal, the neuroscientist.'],
    ['a surname with its particle after a verb', 'The reform was backed, said da Silva, and opposed under de Klerk by the ANC de facto.'],
    ['a link and a handle', 'Watch it at pic.twitter.com/abcDEF123 or follow @ministerio_salud for updates.'],
    ['loan words in a row', 'The chef served crème brûlée and a soupçon of pâté at the soirée, a real tour de force.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it.each(['greek', 'indonesian', 'french'] as const)('finds nothing untranslated in seed %s (all in English)', (seed) => {
    expect(findingsOf(check, seedText(seed))).toEqual([])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })
})
