import { describe, expect, it } from 'vitest'
import { offLongestRun } from '../../src/align/moved.js'

describe('moved links', () => {
  it('marks only the link out of the rising run', () => {
    expect(offLongestRun([0, 1, 7, 2, 3, 4])).toEqual([false, false, true, false, false, false])
  })
  it('marks nothing in order and nothing when empty', () => {
    expect(offLongestRun([0, 2, 5])).toEqual([false, false, false])
    expect(offLongestRun([])).toEqual([])
  })
})
