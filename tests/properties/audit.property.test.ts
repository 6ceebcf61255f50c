// Property-based tests over arbitrary Unicode (issue 17): whatever the text, the audit throws nothing, every
// finding's span lies inside its document and its sentence, a BOM and CRLF line ends change no
// finding, and the JSON report parses and is byte-identical from one run to the next.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { audit } from '../../src/audit.js'
import { decodeText } from '../../src/bundle/decode.js'
import { jsonReport } from '../../src/report/json.js'
import type { AuditResult, Bundle } from '../../src/types.js'

// Any code point, and the characters the stages care about, often enough to meet each other.
const NEWS = ['Mr. ', 'Yoon ', 'Suk-yeol ', 'said ', '“', '”', '"', '(', ')', '[', ']', '. ', ', ', '. ,', '?', '!', '\n', '\n\n', ' ', 'U.S. ', '5 ', '1,000 ', 'la ', 'de ', 'NATO ', 'Seoul', '\u00e9', 'e\u0301', '🇰🇷', '\u200b', '\t', '\u2028', 'Ã©', '…']
const unit = fc.oneof(fc.constantFrom(...NEWS), fc.string({ unit: 'binary', maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 3 }))
const text = fc.array(unit, { maxLength: 60 }).map((parts) => parts.join(''))

const bundle = (variant: string, reference: string | null, other?: string): Bundle => ({
  id: 'b',
  segmented: false,
  reference: reference === null ? null : { id: 'r', role: 'reference', text: reference },
  variants: [{ id: 'v', role: 'variant', text: variant }, ...(other === undefined ? [] : [{ id: 'o', role: 'variant' as const, text: other }])],
})

function checkSpans(result: AuditResult): void {
  for (const variant of result.bundles[0]!.variants) {
    const { text: doc, id } = variant.analyzed.doc
    for (const f of variant.findings) {
      const where = `${f.check} in ${id} at [${f.start}, ${f.end})`
      expect(f.start, where).toBeGreaterThanOrEqual(0)
      expect(f.end, where).toBeGreaterThanOrEqual(f.start)
      expect(f.end, where).toBeLessThanOrEqual(doc.length)
      if (f.sentence === undefined) continue
      const sentence = variant.analyzed.sentences[f.sentence]
      expect(sentence, where).toBeDefined()
      // inside it (docs/report-format.md): ". ," across a break is reported on the sentence of its full stop, a
      // spurious break on the fragment after it, each span clipped to that sentence
      expect(f.start, where).toBeGreaterThanOrEqual(sentence!.start)
      expect(f.end, where).toBeLessThanOrEqual(sentence!.end)
    }
  }
}

const RUNS = { numRuns: 150 }

describe('audit over arbitrary Unicode', () => {
  it('throws nothing, and every finding lies inside its document and its sentence', () => {
    fc.assert(fc.property(text, fc.option(text, { nil: null }), fc.option(text, { nil: undefined }), (v, r, o) => checkSpans(audit([bundle(v, r, o)]))), RUNS)
  })

  it('the JSON report parses and is byte-identical across runs', () => {
    fc.assert(
      fc.property(text, fc.option(text, { nil: null }), (v, r) => {
        const first = jsonReport(audit([bundle(v, r)]))
        expect(() => JSON.parse(first)).not.toThrow()
        expect(jsonReport(audit([bundle(v, r)]))).toBe(first)
      }),
      RUNS,
    )
  })

  it('a BOM changes no offset: the file with and without one audit the same', () => {
    fc.assert(
      // a text that itself opens with U+FEFF loses that one to the decoder (the property is about the file's BOM),
      // and one with a NUL is a binary file
      fc.property(text.filter((t) => !t.startsWith('\ufeff') && !t.includes('\u0000')), (v) => {
        const plain = decodeText(Buffer.from(v), 'v.txt')
        const withBom = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(v)]), 'v.txt')
        const utf16 = decodeText(Buffer.from(`\ufeff${v}`, 'utf16le'), 'v.txt')
        expect(withBom).toBe(plain)
        expect(jsonReport(audit([bundle(withBom, null)]))).toBe(jsonReport(audit([bundle(plain, null)])))
        expect(utf16).toBe(plain)
      }),
      { numRuns: 100 },
    )
  })

  it('CRLF line ends change no finding: the same checks at the same line and column', () => {
    const lf = text.map((t) => t.replace(/\r/g, ''))
    fc.assert(
      fc.property(lf, (v) => {
        const where = (t: string) => {
          const report = JSON.parse(jsonReport(audit([bundle(t, null)]))) as { bundles: { variants: { findings: { check: string; line: number; column: number }[] }[] }[] }
          return report.bundles[0]!.variants[0]!.findings.map((f) => `${f.check} ${f.line}:${f.column}`)
        }
        expect(where(v.replace(/\n/g, '\r\n'))).toEqual(where(v))
      }),
      { numRuns: 100 },
    )
  })
})
