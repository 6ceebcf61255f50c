// `npm run bench`: runs every benchmark module in turn, prints its figures and writes them all to
// bench/results/latest.json. Each module exports `name` and `run(): Promise<BenchSection>`; add one line below.
// `npm run bench -- align` runs only the modules named; the figures of the others in latest.json are kept.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface BenchSection {
  /** printed to the terminal as is */
  readonly lines: readonly string[]
  /** written to bench/results/latest.json under the module's name */
  readonly figures: Record<string, unknown>
}
export interface BenchModule {
  readonly name: string
  run(): Promise<BenchSection>
}

const modules: (() => Promise<BenchModule>)[] = [
  () => import('./agreement.js'),
  () => import('./align.js'),
  () => import('./calibration.js'),
  () => import('./checks.js'),
  () => import('./native.js'),
  () => import('./pos.js'),
  () => import('./scaling.js'),
  () => import('./speed.js'),
  () => import('./ui.js'),
  () => import('./web.js'),
]

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const out = join(root, 'bench', 'results', 'latest.json')
const only = new Set(process.argv.slice(2))
const results: Record<string, unknown> =
  only.size && existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {}
const loaded = await Promise.all(modules.map((load) => load()))
const unknown = [...only].filter((n) => !loaded.some((m) => m.name === n))
if (unknown.length) {
  console.error(`no bench module named ${unknown.join(', ')} (modules: ${loaded.map((m) => m.name).join(', ')})`)
  process.exit(2)
}
for (const mod of loaded) {
  if (only.size && !only.has(mod.name)) continue
  console.log(`\n## ${mod.name}`)
  const section = await mod.run()
  for (const line of section.lines) console.log(line)
  results[mod.name] = section.figures
}
mkdirSync(dirname(out), { recursive: true })
writeFileSync(`${out}.tmp`, `${JSON.stringify(results, null, 2)}\n`)
renameSync(`${out}.tmp`, out)
console.log(`\nfigures written to ${out}`)
