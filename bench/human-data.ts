// The human-judged bench sets (WMT MT output with MQM judgements, ../shared/bench/README.md). They stay out of
// the repository: the benchmark reads them from ../shared/bench beside the repo root when that folder exists,
// and the agreement module says so and skips when it does not.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as z from 'zod/mini'
import { loadJsonlBundles } from '../src/bundle/load.js'
import { lineStarts } from '../src/report/locate.js'
import { parseJson } from '../src/bundle/schema.js'
import type { Bundle, Document } from '../src/types.js'

const humanErrorSchema = z.object({
  category: z.string(),
  severity: z.string(),
  // "source" spans mark omissions in the (absent) source text; "target" spans index the variant sentence.
  side: z.enum(['source', 'target']),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  text: z.string(),
})
export type HumanError = z.infer<typeof humanErrorSchema>

const labelSchema = z.object({
  bundle: z.string(),
  variant: z.string(),
  /** the human MQM penalty of each sentence (line) of the variant, averaged over raters; lower is better */
  mqm: z.array(z.number()),
  /** per sentence, the human error spans; null in sets without spans (nt21) */
  errors: z.nullable(z.array(z.array(humanErrorSchema))),
})

/** One system's output for one bundle, with the humans' verdict on each of its sentences. */
export interface JudgedVariant {
  readonly bundle: Bundle
  readonly variant: Document
  /** the MT system (the variant id: every bundle holds one output of each system) */
  readonly system: string
  /** the variant's lines: segmented sets hold one sentence a line */
  readonly lines: readonly string[]
  /** offset of each line in variant.text, to map document offsets to (line, column) */
  readonly lineStarts: readonly number[]
  /** the reference's lines, aligned by index with `lines`; null without a reference */
  readonly referenceLines: readonly string[] | null
  readonly mqm: readonly number[]
  readonly errors: readonly (readonly HumanError[])[] | null
}

export interface HumanSet {
  readonly name: string
  readonly bundles: readonly Bundle[]
  readonly judged: readonly JudgedVariant[]
}

/** The repository root: the first folder above this module with a package.json (bench/ or dist/bench/). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir)
  return dir
}

/** ../shared/bench relative to the repo root, or MTAUDIT_BENCH_DIR (e.g. to run on a held-out half). */
export function defaultBenchDir(): string {
  return process.env['MTAUDIT_BENCH_DIR'] || resolve(repoRoot(), '..', 'shared', 'bench')
}

/** Names of the sets in `dir` that have both files (`nt21-zhen.dev` for nt21-zhen.dev.{bundles,labels}.jsonl). */
export function findHumanSets(dir: string): string[] {
  if (!existsSync(dir)) return []
  const files = new Set(readdirSync(dir))
  return [...files]
    .filter((f) => f.endsWith('.bundles.jsonl') && files.has(f.replace(/\.bundles\.jsonl$/, '.labels.jsonl')))
    .map((f) => f.slice(0, -'.bundles.jsonl'.length))
    .sort()
}


/**
 * Loads `<name>.bundles.jsonl` and `<name>.labels.jsonl` from `dir` and joins each label to its variant.
 * Returns null when either file is absent (the data is optional); throws when it is present but inconsistent,
 * e.g. 31 MQM values for a 30-line variant, since every figure computed from it would be wrong.
 */
export function loadHumanSet(name: string, dir = defaultBenchDir()): HumanSet | null {
  const bundlesPath = join(dir, `${name}.bundles.jsonl`)
  const labelsPath = join(dir, `${name}.labels.jsonl`)
  if (!existsSync(bundlesPath) || !existsSync(labelsPath)) return null
  const bundles = loadJsonlBundles(readFileSync(bundlesPath, 'utf8'), bundlesPath)
  const labels = new Map<string, z.infer<typeof labelSchema>>()
  readFileSync(labelsPath, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return
      const label = parseJson(labelSchema, line, `${labelsPath}:${i + 1}`)
      labels.set(`${label.bundle}\u0000${label.variant}`, label)
    })
  const judged: JudgedVariant[] = []
  for (const bundle of bundles) {
    if (!bundle.segmented) throw new Error(`${bundlesPath}: bundle ${bundle.id} is not segmented one sentence a line`)
    const referenceLines = bundle.reference ? bundle.reference.text.split('\n') : null
    for (const variant of bundle.variants) {
      const label = labels.get(`${bundle.id}\u0000${variant.id}`)
      if (!label) throw new Error(`${labelsPath}: no label for ${bundle.id} / ${variant.id}`)
      const lines = variant.text.split('\n')
      const where = `${labelsPath}: ${bundle.id} / ${variant.id}`
      if (label.mqm.length !== lines.length) throw new Error(`${where}: ${label.mqm.length} MQM values for ${lines.length} lines`)
      if (label.errors && label.errors.length !== lines.length) throw new Error(`${where}: error lists do not match lines`)
      if (referenceLines && referenceLines.length !== lines.length) throw new Error(`${where}: reference has ${referenceLines.length} lines`)
      judged.push({
        bundle,
        variant,
        system: variant.id,
        lines,
        lineStarts: lineStarts(variant.text),
        referenceLines,
        mqm: label.mqm,
        errors: label.errors,
      })
    }
  }
  return { name, bundles, judged }
}
