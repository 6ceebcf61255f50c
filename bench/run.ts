// `npm run bench`: runs every benchmark module in turn, prints its figures and writes them all to
// bench/results/latest.json. Each module exports `name` and `run(): Promise<BenchSection>`; add one line below.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
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
  () => import('./speed.js'),
  () => import('./ui.js'),
]

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const results: Record<string, unknown> = {}
for (const load of modules) {
  const mod = await load()
  console.log(`\n## ${mod.name}`)
  const section = await mod.run()
  for (const line of section.lines) console.log(line)
  results[mod.name] = section.figures
}
const out = join(root, 'bench', 'results', 'latest.json')
mkdirSync(dirname(out), { recursive: true })
writeFileSync(`${out}.tmp`, `${JSON.stringify(results, null, 2)}\n`)
renameSync(`${out}.tmp`, out)
console.log(`\nfigures written to ${out}`)
