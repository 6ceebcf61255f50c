import { describe, expect, it } from 'vitest'
import { analyze, analyzeBundle } from '../../src/analyze.js'
import type { Document, ZoneKind } from '../../src/types.js'
import { doc, seedText } from '../helpers.js'

function zonesOf(text: string): [ZoneKind, string][] {
  const analyzed = analyze(doc(text), false)
  return analyzed.zones.map((z) => [z.kind, text.slice(z.start, z.end)])
}

/** The lines set aside, each with the feature that decided. */
function asideOf(text: string): [string, string][] {
  return analyze(doc(text), false).zones.filter((z) => z.kind === 'boilerplate').map((z) => [text.slice(z.start, z.end), z.why ?? ''])
}

// An invented story body: what must stay story text around the chrome of each test.
const BODY = [
  'LAGOS - Floods swept through three districts of the city on Tuesday, killing at least 12 people, officials said.',
  'Rescue teams worked through the night to reach families trapped on rooftops, the emergency agency said.',
  '"We lost everything in one hour," said Ada Okafor, a market trader whose stall was washed away.',
  'The state governor promised compensation and ordered the drains along the lagoon to be cleared.',
].join('\n\n')

describe('zone', () => {
  it('tells the parts of the AFP reference page apart: the page-title copy of the headline and "text size" go', () => {
    const zones = zonesOf(seedText('reference'))
    expect(zones.slice(0, 6).map(([kind]) => kind)).toEqual(['boilerplate', 'boilerplate', 'headline', 'body', 'boilerplate', 'body'])
    expect(zones.find(([, text]) => text === '- China challenge -')?.[0]).toBe('subhead')
    expect(zones.at(-1)).toEqual(['boilerplate', 'Do you like the content of this article?'])
  })

  it('sets aside the page stamps and the caption of the native rewrite 001, and keeps its byline', () => {
    const zones = zonesOf(seedText('native'))
    expect(zones[0]).toEqual(['boilerplate', 'date 2023-01-30'])
    expect(zones.find(([, t]) => t === '19:52 UTC+8, 2023-01-30')?.[0]).toBe('boilerplate')
    expect(zones.find(([, t]) => t === 'Reuters')?.[0]).toBe('byline')
    expect(zones.find(([, t]) => t.includes('shakes hands'))?.[0]).toBe('boilerplate')
  })

  it('sets aside the MT notice and the photo caption of 003', () => {
    const aside = asideOf(seedText('indonesian'))
    expect(aside.map(([t, why]) => [t.slice(0, 30), why])).toEqual([
      ['Secretary General of NATO Jens', 'photo caption'],
      ['The English, Chinese, Japanese', 'machine-translation notice'],
    ])
  })

  it('keeps body text that ends with a date as body (002: "on February 24, 2022.")', () => {
    const zones = zonesOf(seedText('greek'))
    const line = zones.find(([, t]) => t.includes('February 24, 2022'))
    expect(line?.[0]).toBe('body')
  })

  it('makes every line its own body zone in segmented input, blank lines included', () => {
    const analyzed = analyze(doc('First line.\n\nThird line.'), true)
    expect(analyzed.sentences.map((s) => s.text)).toEqual(['First line.', '', 'Third line.'])
  })

  it('sets aside site chrome around an invented story by the features of each line', () => {
    const page = [
      'Home » News » Africa',
      'Floods kill 12 in Lagos as rains swamp city',
      'Share',
      'Facebook Twitter WhatsApp Email',
      '3 min read',
      BODY,
      '• Read also: Storm season: what forecasters expect this year',
      'Vendors sort through the mud at a Lagos market on Wednesday. Photo: Jane Mba/Reuters',
      'Follow our WhatsApp channel for the latest updates.',
      'Leave a comment',
      'Your email address will not be published.',
      'Weather Africa Featured News Nigeria',
      'The rains are expected to continue into next week, forecasters said.',
    ].join('\n\n')
    expect(asideOf(page)).toEqual([
      ['Home » News » Africa', 'breadcrumb'],
      ['Share', 'site chrome'],
      ['Facebook Twitter WhatsApp Email', 'share widget or menu'],
      ['3 min read', 'site notice'],
      ['• Read also: Storm season: what forecasters expect this year', 'related-story link'],
      ['Vendors sort through the mud at a Lagos market on Wednesday. Photo: Jane Mba/Reuters', 'photo caption'],
      ['Follow our WhatsApp channel for the latest updates.', 'call to action'],
      ['Leave a comment', 'comment form'],
      ['Your email address will not be published.', 'comment form'],
      ['Weather Africa Featured News Nigeria', 'tag list'],
    ])
    const zones = zonesOf(page)
    expect(zones.find(([, t]) => t.startsWith('Floods kill'))?.[0]).toBe('headline')
    expect(zones.filter(([k]) => k === 'body')).toHaveLength(5)
  })

  it('splits the stored page date off the first line, and a bracketed source tag off a paragraph', () => {
    const page = ` date 2024-03-02 ${BODY.replace('LAGOS - ', '[Lagos Wire] ')}`
    const aside = asideOf(page)
    expect(aside).toEqual([
      ['date 2024-03-02', 'date or time stamp'],
      ['[Lagos Wire]', 'source credit'],
    ])
    expect(zonesOf(page)[2]).toEqual(['body', BODY.split('\n')[0]!.replace('LAGOS - ', '')])
  })

  it('finds page stamps in their many wordings, and leaves a live-blog entry that opens with a time alone', () => {
    for (const stamp of ['Last Updated: 2024-03-02 09:58', 'Published Mar 2, 2024 07:06 am', 'First Published: 2nd March, 2024 17:45 IST', '23 minutes ago', 'Jane Mba / March 2, 2024', '24.5 C', 'Saturday, March 2, 2024']) {
      expect(asideOf(`Floods kill 12 in Lagos\n\n${stamp}\n\n${BODY}`).map(([t]) => t), stamp).toEqual([stamp])
    }
    expect(asideOf(`${BODY}\n\n14:05 - Rescue teams reached the last of the trapped families, the agency said.`)).toEqual([])
  })

  it('sets aside captions by their credit or their opening, wherever they stand', () => {
    for (const caption of [
      'A boy wades through flood water in Lagos on March 2, 2024. (AFP)',
      'A boy wades through flood water in Lagos (Jane Mba/Pool Photo via AP)',
      'A boy wades through flood water in Lagos © AFP – Jane Mba',
      'Pictured: a boy wades through flood water in Lagos.',
      '2 of 5 A boy wades through flood water in Lagos',
      'A boy wades through flood water in Lagos. Credit:AP',
      'A boy wades through flood water in the city. Kemi Adeyemi',
    ]) {
      const page = `${BODY}\n\n${caption}\n\nThe governor visited the worst-hit district on Wednesday.`
      expect(asideOf(page), caption).toEqual([[caption, 'photo caption']])
    }
  })

  it('keeps a body line whose last words are story names, and the last line cut short by the feed', () => {
    expect(asideOf(`${BODY}\n\nThe trader said she would rebuild her stall. Ada Okafor\n\nThe governor said`)).toEqual([
      // "Ada Okafor" is the story's own name: no credit
    ])
    expect(asideOf(`${BODY}\n\nThe trader said she would rebuild. Musa Bello`)).toEqual([])
  })

  it('sets aside MT notices in any wording', () => {
    for (const notice of [
      'This article was automatically translated from French.',
      'This story was translated with the help of AI and may contain inaccuracies.',
      'Article traduit automatiquement.',
    ]) {
      expect(asideOf(`${BODY}\n\n${notice}`)).toEqual([[notice, 'machine-translation notice']])
    }
  })

  it('sets aside short labels above the story that share no word with it, and keeps a short headline that does', () => {
    expect(asideOf(`Coastal Times Online\n\nLagos floods\n\n${BODY}`)).toEqual([
      ['Coastal Times Online', 'site chrome before the story (none of its words is in the story)'],
    ])
    expect(zonesOf(`Coastal Times Online\n\nLagos floods\n\n${BODY}`)[1]).toEqual(['headline', 'Lagos floods'])
  })

  it('keeps one copy of a title printed twice: the copy nearer the story', () => {
    const page = `Floods kill 12 in Lagos\n\nFloods kill 12 in Lagos\n\n${BODY}`
    expect(zonesOf(page).slice(0, 2).map(([k]) => k)).toEqual(['boilerplate', 'headline'])
  })

  it('sets aside a standfirst that opens the lede, but not one that sums up a paragraph further down', () => {
    const lede = BODY.split('\n')[0]!
    const standfirst = 'Floods swept through three districts of the city on Tuesday, killing at least 12 people'
    expect(asideOf(`Floods kill 12 in Lagos\n\n${standfirst}\n\n${BODY}`)).toEqual([[standfirst, 'standfirst repeated in the body']])
    const summary = 'The governor promised compensation and ordered the drains to be cleared'
    expect(asideOf(`Floods kill 12 in Lagos\n\n${summary}\n\n${BODY}`)).toEqual([])
    expect(lede).toMatch(/^LAGOS/)
  })

  it('sets aside a title rendered a second time in other words, and keeps the first rendering', () => {
    const page = `Floods kill 12 in Lagos after a night of heavy rain\n\n${BODY}\n\nFloods kill twelve in Lagos after night of heavy rain`
    expect(asideOf(page).map(([, why]) => why)).toEqual(['near copy of a title above'])
  })

  it('sets aside a caption printed twice in a row inside the story (alt text and caption)', () => {
    const caption = 'A boy wades through flood water in Lagos on Wednesday'
    const page = `${BODY}\n\n${caption}\n\n${caption}\n\nThe governor visited the worst-hit district on Wednesday.`
    expect(asideOf(page).map(([t]) => t)).toEqual([caption, caption])
  })

  it('keeps story lines that share words with chrome', () => {
    for (const line of [
      'Share prices fell sharply after the app maker said sales had slowed.',
      'The bill extends two tax credits: one for parents and one for carers.',
      'Getty Images said its revenue rose in the second quarter.',
      'Follow the money, the prosecutor told the jury.',
      'He said « enough » and left the room.',
    ]) {
      expect(asideOf(`${BODY}\n\n${line}\n\nThe governor visited the worst-hit district on Wednesday.`), line).toEqual([])
    }
    // crossheads made of everyday words, a month that is a verb, a day without a figure
    for (const crosshead of ['Back home', 'Rescuers may return', "Sunday's vote"]) {
      expect(asideOf(`${BODY}\n\n${crosshead}\n\nThe governor visited the worst-hit district on Wednesday.`), crosshead).toEqual([])
    }
  })

  it('leaves markup left in the text to the checks that report it', () => {
    expect(asideOf(`story-body">\n\n${BODY}`)).toEqual([])
  })

  it('sets aside a line that several documents of the bundle print and the reference story does not use', () => {
    const footer = 'Join our readers club for weekly offers'
    const variant = (i: number): Document => ({ id: `v${i}`, role: 'variant', text: `${BODY}\n\n${footer}` })
    const bundle = { id: 'b', segmented: false, reference: { id: 'r', role: 'reference' as const, text: BODY }, variants: [variant(1), variant(2), variant(3)] }
    const { variants } = analyzeBundle(bundle)
    const aside = variants[0]!.zones.filter((z) => z.kind === 'boilerplate')
    expect(aside.map((z) => [bundle.variants[0]!.text.slice(z.start, z.end), z.why])).toEqual([[footer, 'printed by several documents of the bundle, not in the story']])
    // the story's own sentences, printed by every document, stay
    expect(variants[0]!.zones.filter((z) => z.kind === 'body')).toHaveLength(4)
    // one document alone has no such evidence
    expect(asideOf(`${BODY}\n\n${footer}`)).toEqual([])
  })
})
