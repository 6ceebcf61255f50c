// What the checks derive lives in the bundle context they are handed, and nowhere else: runChecks() without one
// derives into a context of its own, and what it derived for one bundle is out of reach once it returns.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { CHECKS } from '../../src/checks/index.js'
import { createBundleContext } from '../../src/findings/bundle-context.js'
import { runChecks } from '../../src/findings/run-checks.js'
import { nameMentions } from '../../src/text/names.js'
import { quotes } from '../../src/checks/quotation-drift/quotes.js'
import { sentenceWords } from '../../src/text/word-spans.js'
import type { BundleContext, CheckInput } from '../../src/types.js'
import { contextFor, seedText } from '../helpers.js'

const VARIANTS = ['native', 'greek', 'indonesian', 'french'] as const

/** The bundled story's Greek copy, checked against the reference and the other copies (no bundle context given). */
function storyInput(): CheckInput {
  const others = VARIANTS.filter((o) => o !== 'greek').map((o) => seedText(o))
  const { bundle: _, ...input } = contextFor(seedText('greek'), { reference: seedText('reference'), others })
  return input
}

// a second story that names the first one's people and places another way, so a cache keyed by words or names
// (not by the bundle) would carry "Yoon Suk-yeol" or "Seoul" from one into the other
function floodsInput(): CheckInput {
  const reference = 'Heavy rain flooded Seoul on Monday, President Yoon Suk-yeol said. "We will rebuild every home," he said.'
  const others = ['Heavy rain flooded Seoul on Monday, President Yoon Sok-gil said. "We will rebuild all homes," he said.']
  const text = 'Heavy rain flooded Seul on Monday, President Yoon Suk-yol said. "We shall rebuild each house," he said.'
  const { bundle: _, ...input } = contextFor(text, { reference, others })
  return input
}

const run = (input: CheckInput, bundle?: BundleContext) => JSON.stringify(runChecks(bundle ? { ...input, bundle } : input, CHECKS))

describe('the bundle context', () => {
  it('keeps runChecks on one bundle independent of another checked before or after it', () => {
    const storyAlone = run(storyInput())
    const floodsAlone = run(floodsInput())
    expect(storyAlone).toContain('name-drift')
    expect(floodsAlone).toContain('name-drift')
    // again, in the other order, on documents analysed anew: the same findings as each alone
    expect(run(floodsInput())).toBe(floodsAlone)
    expect(run(storyInput())).toBe(storyAlone)
    // and a context handed in gives what a context of runChecks' own gives
    expect(run(storyInput(), createBundleContext())).toBe(storyAlone)
  })

  it('holds what the checks derived when it is handed in, and a fresh one starts empty', () => {
    const input = storyInput()
    const bundle = createBundleContext()
    expect(bundle.size).toBe(0)
    runChecks({ ...input, bundle }, CHECKS)
    expect(bundle.size).toBeGreaterThan(0)
    // name-drift found the copies' names through the context: asked again, it hands back the same list
    const mentions = nameMentions(bundle, input.variant)
    expect(mentions.length).toBeGreaterThan(0)
    const size = bundle.size
    expect(nameMentions(bundle, input.variant)).toBe(mentions)
    expect(quotes(bundle, input.reference!)).toBe(quotes(bundle, input.reference!))
    expect(bundle.size).toBe(size)
    // a fresh context knows none of it: the same names, derived anew
    const fresh = createBundleContext()
    expect(fresh.size).toBe(0)
    const again = nameMentions(fresh, input.variant)
    expect(again).not.toBe(mentions)
    expect(again).toEqual(mentions)
  })

  it('keeps a sentence\'s words for the variants of a bundle, and lists them anew in a context of one check', () => {
    const sentence = storyInput().variant.sentences[0]!
    const shared = createBundleContext(true)
    expect(sentenceWords(shared, sentence)).toBe(sentenceWords(shared, sentence))
    const own = createBundleContext()
    const words = sentenceWords(own, sentence)
    expect(sentenceWords(own, sentence)).not.toBe(words)
    expect(sentenceWords(own, sentence)).toEqual(sentenceWords(shared, sentence))
    expect(words.length).toBeGreaterThan(3)
    expect(own.size).toBe(0)
  })

  it('is not kept by runChecks or the checks once they return (collected with its bundle)', async () => {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    const input = storyInput()
    const refs = ((): { context: WeakRef<BundleContext>; derived: WeakRef<object> } => {
      const bundle = createBundleContext()
      runChecks({ ...input, bundle }, CHECKS)
      return { context: new WeakRef(bundle), derived: new WeakRef(nameMentions(bundle, input.variant)) }
    })()
    // weak references are cleared only after the current job: collect, let the job end, collect again (and no
    // deref() before the end: it keeps its target alive until the job ends)
    for (let i = 0; i < 3; i++) {
      gc()
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(refs.context.deref()).toBeUndefined()
    expect(refs.derived.deref()).toBeUndefined()
  })
})
