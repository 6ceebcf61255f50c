import { describe, expect, it } from 'vitest'
import check, { SPACE_BEFORE_COMMA } from '../../src/checks/stray-punctuation.js'
import { CLEAN_TEXTS } from '../clean-text.js'
import { findingsOf, seedText, spanText } from '../helpers.js'
import { shippedTexts } from '../shipped-texts.js'

describe('stray-punctuation', () => {
  it.each([
    ['“Several NATO allies … have now changed that policy,” Stoltenberg said, citing NATO candidates Germany, Norway and Sweden. , like those who changed their arms export policy to help Ukraine.', '.'], // 004
    ['aimed at strengthening relations with US allies amid the war in Ukraine and escalating tensions with China. .', '.'], // 002
    ['The ministers met in Seoul,, and agreed to talk again.', ',,'],
    ['It sent tanks to Germany , Norway and Sweden.', ' ,'],
    ['The minister ( ) said the deal was done.', '( )'],
    ['Charges were brought by the  New York district attorney.', '  '],
    ['The court heard from two witnesses,  both police officers.', '  '],
  ])('flags %s', (text, flagged) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => spanText(text, f))).toEqual([flagged])
    expect(findings[0]).toMatchObject({ severity: 'minor', category: 'Fluency/Punctuation' })
  })

  it.each([
    ['an ellipsis', 'He paused... and went on.'],
    ['a spaced ellipsis', 'He paused . . . and went on.'],
    ['a decimal and a time', 'Prices rose 7.5% by 9 a.m. on Monday.'],
    ['a URL-like token', 'See https://example.org/a::b for details.'],
    ['two spaces after a full stop', 'The vote was close.  Results come on Monday.'],
    ['two spaces before a figure', 'Turnout was  64% in the north.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it.each([
    // 003 with the closing quote of its Stoltenberg quotation lost
    ['"If we don\'t want autocracy and tyranny to win, then they (Ukraine) need weapons, that\'s the truth, said Stoltenberg.', '"'],
    ['“In the end, this is a decision you have to make, he said, citing Germany, Sweden and Norway.', '“'],
    ['Stoltenberg said, citing Germany, Norway and Sweden” like those who changed their policy.', '”'],
    ['He met President Yoon (and Defense Minister Lee Jong-sup on Monday.', '('],
    ['He met President Yoon and Defense Minister Lee Jong-sup) on Monday.', ')'],
  ])('flags an unbalanced bracket or quote: %s', (text, mark) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.start])).toEqual([[mark, text.indexOf(mark)]])
  })

  it('leaves the open quote of a copy cut mid-quotation to the cut, and flags the same mark where the copy goes on', () => {
    const cut = 'The minister spoke on Sunday night.\n\n“I will keep serving the nation for the rest of my'
    expect(findingsOf(check, cut)).toEqual([])
    const whole = `${cut} life, he said.\n\nThe party won 39 seats.`
    expect(findingsOf(check, whole).map((f) => spanText(whole, f))).toEqual(['“'])
  })

  it.each([
    ['a quotation over two paragraphs, closed only at its end', '“After the brutal invasion of Ukraine, these countries changed their policy.\n\n“When the full-fledged invasion happened, many countries changed their policies.”'],
    ['straight quotes over three paragraphs', 'He said:\n\n"Product recalls are normal.\n\n"The risk is reduced.\n\n"We act fast."'],
    ['inch marks', 'The 6\'5" striker bought a 17" laptop.'],
    ['list enumerators and a smiley', 'Readers should a) check the address and b) update software :) as police advised.'],
    ['nested brackets and quotes', 'The law (which bans "exports [of arms] to countries in conflict") stands.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  // nt21 zh→en output (WMT21): straight quotes pair by count and order, whatever spaces surround them
  const shown = (text: string, options = {}) =>
    findingsOf(check, text, options).map((f) => [f.severity, spanText(text, f)])

  it.each([
    ['spaced quotes (SMU)', 'On the field, the " giant " -like player met the " little " one.', [['neutral', '" giant "']]],
    ['a spaced quotation and its attribution (SMU)', '" Service costs are increasing, " he said.', [['neutral', '" Service costs are increasing, "']]],
    ['a year inside a quote', 'He read "The First Battle of 2020" and "Sound Money" twice.', []],
  ])('pairs straight quotes: %s', (_, text, expected) => {
    expect(shown(text)).toEqual(expected)
  })

  it.each([
    ['one of three (NiuTrans)', '"Ding Dong Online! Good Teacher" goes online next week Xue Zhaofeng leads the "Knowledge Sponsor - Xinhuanet', ['"Knowledge'], 'an opening mark'],
    ['one of three spaced ones (SMU)', '" Ding Dong Online! Good Teacher " will go online next week Xue Zhaofeng leads the " Knowledge Initiator-Xinhuanet', ['" Knowledge'], 'a quotation mark'],
    ['a pair read backwards (Online-W)', 'Dingdong on line! The teacher is good" next week on line Xue Zhaofeng lead "knowledge initiator - Xinhua', ['" next', '"knowledge'], 'a closing mark'],
  ])('flags the straight quote left over: %s', (_, text, marks, what) => {
    const unbalanced = findingsOf(check, text).filter((f) => f.severity === 'minor')
    expect(unbalanced.map((f) => f.start)).toEqual(marks.map((m) => text.indexOf(m)))
    expect(unbalanced[0]!.message).toContain(what)
  })

  it('lets a quotation run over lines of a one-sentence-a-line set, and not over paragraphs of prose', () => {
    const lines = 'He said, "The cost of services is increasing.\nBecause of the epidemic, people spend more time on the Internet."'
    expect(findingsOf(check, lines, { segmented: true })).toEqual([])
    expect(findingsOf(check, lines.replace('\n', '\n\n')).length).toBe(2)
  })

  it.each([
    ['a space before a full stop', 'The water rose in the lower town, where most houses stood .', ' .'],
    ['a doubled full stop', 'Two more people were found under the rubble nearby.. Rescuers kept digging.', '..'],
    ['a doubled full stop after p.m.', '“Write it down, it is 9:40 p.m..” she told the crew.', '..'],
    ['a dash before a full stop', 'The harbour was closed, said the port chief, Marta Vella -. Ships waited offshore.', ' -.'],
    ['a spaced joining hyphen', 'Mourners gathered at the church of al- Nour on Sunday.', 'al- '],
    ['a contraction without its apostrophe', 'The minister says hes ready to talk to the unions.', 'hes'],
    ['no space after a full stop', 'She stood among the ruins of the old town.Rescuers kept digging nearby.', '.'],
    ['a space before a question mark', 'What will happen to the pensions ? the minister asked.', ' ?'],
    ['a space before a colon', 'The president was clear : the reform will pass.', ' :'],
    ['a ticker code cut by a space', 'Shares of the airline (0788. HK) fell 4% on Monday.', ' '],
    ['foreign quotation marks, once a sentence', 'He called the reform « necessary » on television.', '«'],
  ])('flags %s', (_, text, flagged) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => [spanText(text, f), f.severity])).toEqual([[flagged, 'minor']])
  })

  it.each([
    ['an opening mark used to close', 'Forecasters issued the highest “purple“ warning on Monday.', ['“'], 'opening mark stands where the quotation closes'],
    ['a closing mark used to open', 'The mayor spoke briefly — ”It is a disaster,” he said.', ['”'], 'as if it opened'],
    ['a closing mark spaced onto the next word', '“We stayed with him all night, ”said his sister.', ['”'], 'as if it opened'],
    ['a curly quotation closed straight', '“We lost everything," said a farmer.', ['"'], 'opens with a curly “'],
    ['a straight quotation closed curly', '"We lost everything,” said a farmer.', ['”'], 'opens with a straight "'],
    ['French spacing, once a sentence', 'He called the plan “ a necessity ” and “ a duty ”.', ['“'], 'French spacing'],
  ])('flags quotation marks turned or mixed: %s', (_, text, marks, why) => {
    const findings = findingsOf(check, text)
    expect(findings.map((f) => spanText(text, f))).toEqual(marks)
    expect(findings[0]!.message).toContain(why)
  })

  it.each([
    ['an ellipsis and an abbreviation', 'He paused... then said the U.S. team left at 5 p.m. on Monday.'],
    ['a leading dot', 'The site runs on .NET and the police found a .45 calibre gun.'],
    ['a range and a path', 'Pick a number in 1..10 or open ../notes for the list.'],
    ['a suspended hyphen', 'Pre- and post-war records, and mid- to long-term plans, were lost.'],
    ['a straight quotation nested in a curly one', '“He told me "no" twice,” she said.'],
    ['inch marks inside a quotation', '“It is a 17" screen,” he said.'],
    ['a quotation continued in the next paragraph', '“We will rebuild.\n\n“It will take years,” she said.'],
    ['a dash between clauses', 'The road — closed since Monday — reopened. Traffic was light - for now.'],
    ['a smiley, a time and a ratio', 'Fans wrote :) and :D after the 10 : 30 kick-off; the vote was 2 : 1.'],
    ['web addresses and capitals after a full stop', 'Read Example.Com/News, mail desk@Paper.News or see the U.S.Army page.'],
    ['words a stripped contraction would look like', 'The cant of politics, its wont, the Hess family and the HES group; we were well.'],
  ])('stays silent on %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it('reports the stray marks of the seed variants', () => {
    const french = seedText('french')
    expect(findingsOf(check, french).map((f) => spanText(french, f))).toEqual(['.'])
    const greek = seedText('greek')
    expect(findingsOf(check, greek).map((f) => spanText(greek, f))).toEqual(['.'])
  })

  it.each(CLEAN_TEXTS)('stays silent on clean native English: %s', (_, text) => {
    expect(findingsOf(check, text)).toEqual([])
  })

  it('finds a space before a comma where the look-behind pattern it replaces does, on every shipped text and edge cases', () => {
    const LOOK_BEHIND = /(?<=[\p{L}\p{N}”"’')\]])\s+[,;](?=\s|$)/gu
    const spans = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]])
    const edges = ['a , b', 'a  ,b', 'x ,\n', '1 ; 2', '” , x', ' , x', 'é\u00a0, y', 'a \t ; ', 'a , , b', '𝐀 , b', ') ,  ,', 'a ,']
    for (const text of [...shippedTexts().map(([, t]) => t), ...edges]) expect(spans(SPACE_BEFORE_COMMA, text)).toEqual(spans(LOOK_BEHIND, text))
  })
})
