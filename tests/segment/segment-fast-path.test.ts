import { describe, expect, it } from 'vitest'
import { isOneSentence, splitZone, splitZoneWithSplitter } from '../../src/segment/segment.js'
import { zone } from '../../src/zone/zone.js'
import { nonBlankLines } from '../../src/zone/lines.js'
import { doc } from '../helpers.js'
import { shippedTexts } from '../shipped-texts.js'
// a seeded generator (mulberry32): the same random strings on every run
import { random } from '../../bench/align-eval/generate.js'

describe('segment: sentence-splitter only where a zone can hold two sentences', () => {
  it('splits every zone and every line of every shipped text as sentence-splitter does', () => {
    const texts = shippedTexts()
    expect(texts.length).toBeGreaterThan(10)
    let shortcut = 0
    for (const [path, text] of texts) {
      const zones = [...zone(doc(text), false), ...nonBlankLines(text)]
      for (const z of zones) {
        const zoneText = text.slice(z.start, z.end)
        if (isOneSentence(zoneText)) shortcut++
        expect([path, zoneText, splitZone(zoneText)]).toEqual([path, zoneText, splitZoneWithSplitter(zoneText)])
      }
    }
    expect(shortcut).toBeGreaterThan(100) // the shortcut is taken, not only proved harmless
  })

  it('splits random lines of words, marks, quotes, brackets, abbreviations and numbers as sentence-splitter does', () => {
    const next = random(21)
    const pieces = ['word', 'Seoul', ' ', ' ', ' ', '.', '. ', '?', '!', '?!', '...', '。', '！', '？', '．', '“', '”', '"', "'",
      '(', ')', '[', ']', 'Mr.', 'U.S.', 'S. Korea', 'a.m.', '1.5', '3', '\t', '—', ',', ':', 'é', '😀', '\u00a0', '.)', '."']
    let shortcut = 0
    for (let n = 0; n < 3000; n++) {
      const length = 1 + Math.floor(next() * 12)
      let line = ''
      for (let i = 0; i < length; i++) line += pieces[Math.floor(next() * pieces.length)]
      line = line.trim()
      if (isOneSentence(line)) shortcut++
      if (line) expect([line, splitZone(line)]).toEqual([line, splitZoneWithSplitter(line)])
    }
    expect(shortcut).toBeGreaterThan(300)
  })

  it('takes the shortcut on one-sentence lines and leaves lines with a mark inside to the splitter', () => {
    expect(isOneSentence('NATO chief asks S Korea to step up military support for Ukraine')).toBe(true)
    expect(isOneSentence('He met officials in Seoul on Monday.')).toBe(true)
    expect(isOneSentence('Why now?!')).toBe(true)
    expect(isOneSentence('The U.S. rate rose 1.5 percent.')).toBe(false) // "U.S. " could end a sentence
    expect(isOneSentence('He said no. Then he left')).toBe(false)
    expect(isOneSentence('He said "no." Then he left')).toBe(true) // the splitter ends no sentence at ."

    expect(isOneSentence('Yahoo!News reported it')).toBe(false)
    expect(isOneSentence('!!!')).toBe(false) // no sentence at all: the splitter says so
    expect(isOneSentence(' padded ')).toBe(false)
    expect(isOneSentence('')).toBe(false)
  })
})
