import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/text/analyze.js'
import type { ZoneKind } from '../../src/types.js'
import { doc, seedText } from '../helpers.js'

function zonesOf(text: string): [ZoneKind, string][] {
  const analyzed = analyze(doc(text), false)
  return analyzed.zones.map((z) => [z.kind, text.slice(z.start, z.end)])
}

describe('zone', () => {
  it('tells the parts of the AFP reference page apart', () => {
    const zones = zonesOf(seedText('reference'))
    expect(zones.slice(0, 5).map(([kind]) => kind)).toEqual(['headline', 'boilerplate', 'boilerplate', 'body', 'boilerplate'])
    expect(zones.find(([, text]) => text === '- China challenge -')?.[0]).toBe('subhead')
    expect(zones.at(-1)).toEqual(['boilerplate', 'Do you like the content of this article?'])
  })

  it('finds the dateline, byline and caption of the native rewrite 001', () => {
    const zones = zonesOf(seedText('native'))
    expect(zones[0]).toEqual(['dateline', 'date 2023-01-30'])
    expect(zones.find(([, t]) => t === 'Reuters')?.[0]).toBe('byline')
    expect(zones.find(([, t]) => t.includes('shakes hands'))?.[0]).toBe('caption')
  })

  it('sets aside the MT notice of 003 and keeps its caption', () => {
    const zones = zonesOf(seedText('indonesian'))
    expect(zones[1]?.[0]).toBe('caption')
    expect(zones.filter(([k]) => k === 'boilerplate').map(([, t]) => t.slice(0, 30))).toEqual(['The English, Chinese, Japanese'])
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
})
