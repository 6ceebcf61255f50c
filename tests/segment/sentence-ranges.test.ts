import { split } from 'sentence-splitter'
import { describe, expect, it } from 'vitest'
import { sentenceRanges } from '../../src/segment/sentence-ranges.js'
import { shippedTexts } from '../shipped-texts.js'
// a seeded generator (mulberry32): the same random strings on every run
import { random } from '../../bench/align-eval/generate.js'

/** What the library says: the ranges of its Sentence nodes. */
const library = (text: string) => split(text).filter((node) => node.type === 'Sentence').map((node) => [...node.range])
const same = (text: string) => expect([text, sentenceRanges(text)]).toEqual([text, library(text)])

describe("sentence-ranges reads a text by sentence-splitter's rules", () => {
  it('finds the sentences the library finds in every shipped text, whole and line by line', () => {
    const texts = shippedTexts()
    expect(texts.length).toBeGreaterThan(10)
    for (const [, text] of texts) {
      same(text)
      for (const line of text.split('\n')) same(line)
    }
  })

  it('keeps each rule: abbreviations, initials, numbered items, pair marks, line breaks, CJK, exclamation names', () => {
    for (const text of [
      'Mr. Smith met Dr. Jones. They talked.', // prepositive abbreviations
      'It rose 2 p.m. today. Then it fell.', // an abbreviation before lower case
      'The U.S.A. is big. So is Canada.', // three initials or more
      'He met John J. Smith. Then he left.', // an initial between names
      '1. First item. 2. Second item.', // numbered items
      '"Go. Now." he said. (See p. 3. Or not.) Done.', // inside pair marks nothing ends
      'Open ( never closed. Still open. End',
      'A line\nbreak. And\r\nanother.', // a line break is no end
      '日本。韓国。OK.', // CJK full stops
      'Yahoo! Inc. said so. Yum! Brands too.', // names with an exclamation mark
      '...', ' . ', '!!! Hi', 'a.b.c.d. e', 'St. Louis, Mo. is here.',
    ]) same(text)
  })

  it('agrees with the library on random lines of words, marks and abbreviations, and on random characters', () => {
    const next = random(7)
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T
    const words = ['The', 'minister', 'Mr.', 'Dr.', 'U.S.', 'U.S.A.', 'a.m.', 'No.', 'J.', 'Smith', 'smith', 'e.g.', 'Inc.',
      'Jan.', '1.', '3.5', 'Yahoo!', '!Kung', 'ok.', 'ok?', '...', '?!', '"', '"Go.', 'now."', '(see', 'p.)', '[', ']', '「',
      '」', '。', '？', '日本', '한국', 'Zürich.', 'Mass.', 'vs.', 'Ala.', 'A.', 'i.', 'Korea’s', 'N.A.T.O.']
    const gaps = [' ', ' ', ' ', '', '  ', '\n', '. ', '\u00a0', '\t']
    for (let n = 0; n < 4000; n++) {
      let text = ''
      for (let i = 1 + Math.floor(next() * 14); i > 0; i--) text += pick(words) + pick(gaps)
      same(text)
    }
    const characters = [...'..  ABaJUS"()[]12\n日!?。「」é\t\u00a0rMDx\'’-']
    for (let n = 0; n < 6000; n++) {
      let text = ''
      for (let i = 1 + Math.floor(next() * 40); i > 0; i--) text += pick(characters)
      same(text)
    }
  })
})
