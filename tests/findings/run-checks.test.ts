import { describe, expect, it } from 'vitest'
import { runChecks } from '../../src/findings/run-checks.js'
import type { Check, Draft, MqmCategory, Severity } from '../../src/types.js'
import { contextFor, spanText } from '../helpers.js'

const TEXT = 'Residents said what they want. they want by force. The river rose overnight.'

/** A check that reports the given spans of TEXT (first occurrence of each excerpt) in the first sentence. */
function checkOf(id: string, category: MqmCategory, severity: Severity, excerpts: readonly string[]): Check {
  return {
    id,
    category,
    severity,
    needs: 'variant',
    description: id,
    *run(): Iterable<Draft> {
      for (const excerpt of excerpts) {
        const start = TEXT.indexOf(excerpt)
        yield { message: id, start, end: start + excerpt.length, sentence: 0 }
      }
    },
  }
}

describe('runChecks: one error, one finding', () => {
  it('keeps the more severe of two checks that object to overlapping text under one category', () => {
    const cut = checkOf('cut', 'Fluency/Grammar', 'minor', ['want. they'])
    const repeat = checkOf('repeat', 'Fluency/Grammar', 'major', ['they want. they want'])
    const found = runChecks(contextFor(TEXT), [cut, repeat])
    expect(found.map((f) => [f.check, spanText(TEXT, f)])).toEqual([['repeat', 'they want. they want']])
  })

  it('keeps the first in position on a tie of severity', () => {
    const cut = checkOf('cut', 'Fluency/Grammar', 'major', ['want. they'])
    const repeat = checkOf('repeat', 'Fluency/Grammar', 'major', ['they want. they want'])
    expect(runChecks(contextFor(TEXT), [cut, repeat]).map((f) => f.check)).toEqual(['repeat'])
  })

  it('keeps findings of different categories on the same text apart', () => {
    const cut = checkOf('cut', 'Fluency/Grammar', 'minor', ['want. they'])
    const stop = checkOf('stop', 'Fluency/Punctuation', 'minor', ['.'])
    expect(runChecks(contextFor(TEXT), [cut, stop]).map((f) => f.check).sort()).toEqual(['cut', 'stop'])
  })

  it('keeps one check’s own overlapping findings, and findings that do not overlap', () => {
    const twice = checkOf('twice', 'Fluency/Grammar', 'minor', ['what they', 'they want.'])
    const apart = checkOf('apart', 'Fluency/Grammar', 'minor', ['by force'])
    expect(runChecks(contextFor(TEXT), [twice, apart]).map((f) => spanText(TEXT, f))).toEqual(['what they', 'they want.', 'by force'])
  })

  it('never merges neutral notes', () => {
    const note = checkOf('note', 'Fluency/Grammar', 'neutral', ['they want. they want'])
    const cut = checkOf('cut', 'Fluency/Grammar', 'minor', ['want. they'])
    expect(runChecks(contextFor(TEXT), [note, cut]).map((f) => f.check)).toEqual(['note', 'cut'])
  })
})
