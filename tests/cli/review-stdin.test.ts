// `cat b.jsonl | mtaudit review -`: the bundles come on stdin, so keys cannot; the report is printed with a
// one-line reason on stderr, and `check -` (which never reads keys) stays quiet about it.
import { describe, expect, it } from 'vitest'
import { runBinary } from './run-cli.js'

const line = JSON.stringify({
  id: 'one',
  segmented: true,
  reference: { id: 'ref', text: 'The minister met the union on Monday.' },
  variants: [{ id: 'v', text: 'The minister met the union on Monday.' }],
})

describe('review - (bundles on stdin)', () => {
  it('says on stderr why there is no review and how to get one, then prints the text report', () => {
    const run = runBinary(['review', '-'], `${line}\n`)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^(PASS|UNVERIFIED) {2}v {2}score /m)
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^mtaudit: stdin is the input \(-\), so there is no terminal .*save the input to a file and pass its path/),
    ])
  })

  it('check - prints the report alone', () => {
    const run = runBinary(['check', '-'], `${line}\n`)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
  })
})
