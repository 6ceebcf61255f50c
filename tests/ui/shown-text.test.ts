import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { AnalyzedDocument, Sentence } from '../../src/types.js'
import { shownSentences } from '../../src/ui/model/shown-text.js'
import { alignedRows } from '../../src/ui/model/aligned-rows.js'
import { sideLines } from '../../src/ui/model/side-lines.js'
import { variantResult } from './fixtures/build-result.js'

/** A document whose sentences are the given ranges of its text, as a segmenter might leave them. */
function docOf(text: string, ranges: readonly (readonly [number, number])[]): AnalyzedDocument {
  const sentences: Sentence[] = ranges.map(([start, end], index) => ({
    index, start, end, text: text.slice(start, end), zone: 'body', paragraph: 0, lang: 'eng', langScore: 1,
  }))
  return { doc: { id: 'v', role: 'variant', text }, zones: [], sentences, lang: 'eng' }
}

const squeeze = (text: string) => text.replace(/\s+/g, '')

describe('shown sentences', () => {
  test('keep the text the segmenter left between sentences: 002’s "China. ." shows both stops', () => {
    const text = 'Tensions with China. .\n\nMr Stoltenberg said so.'
    const doc = docOf(text, [[0, 20], [24, 47]])
    const shown = shownSentences(doc)
    expect(shown.map((s) => s.text)).toEqual(['Tensions with China. .', 'Mr Stoltenberg said so.'])
    expect(shown.map((s) => s.index)).toEqual([0, 1])
    // the stray-punctuation finding on `. .` (19–22) is drawn whole, marks around it
    const lines = sideLines(shown.slice(0, 1), 60, [{ start: 19, end: 22, severity: 'minor' }], true)
    expect(lines.map((line) => line.map((s) => s.text).join(''))).toEqual(['Tensions with China«m:. .»'])
  })

  test('every non-space character of the document is in exactly one shown sentence', () => {
    const arbitraryDoc = fc
      .tuple(fc.string({ unit: fc.constantFrom('a', 'B', '.', ',', ' ', '\n', '«'), maxLength: 60 }), fc.uniqueArray(fc.nat(60), { maxLength: 12 }))
      .map(([text, cuts]) => {
        const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b)
        const ranges: [number, number][] = []
        for (let i = 0; i + 1 < points.length; i += 2) ranges.push([points[i]!, points[i + 1]!])
        return docOf(text, ranges)
      })
    fc.assert(
      fc.property(arbitraryDoc, (doc) => {
        const shown = shownSentences(doc)
        if (shown.length === 0) return
        expect(squeeze(shown.map((s) => s.text).join(''))).toBe(squeeze(doc.doc.text))
        shown.forEach((s, i) => {
          expect(s.text).toBe(doc.doc.text.slice(s.start, s.end))
          expect(s.start).toBeLessThanOrEqual(doc.sentences[i]!.start)
          expect(s.end).toBeGreaterThanOrEqual(doc.sentences[i]!.end)
        })
      }),
    )
  })

  test('the variant view’s rows carry them, reference and variant alike', () => {
    const reference = docOf('Intro: He left. . Then.', [[7, 15], [18, 23]])
    const variant = docOf('He left , then.', [[0, 7], [10, 15]])
    const rows = alignedRows(variantResult({ doc: variant, score: 90 }, reference), reference)
    const texts = rows.flatMap((r) => [...r.reference, ...r.variant].map((s) => s.text))
    expect(texts.sort()).toEqual(['He left ,', 'Intro: He left. .', 'Then.', 'then.'].sort())
  })
})
