// Bench module: each check's span precision and recall against the human MQM error spans of gen23-zhen.dev,
// a per-sentence precision proxy on nt21-zhen.dev (bench/sentence-proxy.ts: no spans there, one MQM a
// sentence) (../shared/bench; absent: says so and skips), and the scores of the bundled story's variants.
// A finding is a true positive when it overlaps a human target-side span in the same sentence (bench/spans.ts).
// Precision counts a check's findings that land on any human span; recall counts the human spans of the
// categories the check answers to (ANSWERS_TO) that one of its findings overlaps.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { audit } from '../src/audit.js'
import { loadBundleFolder } from '../src/bundle/load.js'
import { CHECKS } from '../src/checks/index.js'
import { DEFAULT_CONFIG } from '../src/config.js'
import type { Finding } from '../src/types.js'
import { defaultBenchDir, loadHumanSet } from './human-data.js'
import type { BenchSection } from './run.js'
import { sentenceBaseline, sentenceProxy } from './sentence-proxy.js'
import { ratio, spanScores, type Tally } from './spans.js'

export const name = 'checks'

/** The human MQM categories (as spelled in the WMT annotations) each check answers to. */
export const ANSWERS_TO: Readonly<Record<string, readonly string[]>> = {
  boilerplate: [],
  'calque-grammar': ['Fluency/Grammar', 'Accuracy/Gender Mismatch', 'Style/Unnatural or awkward'],
  'grammar-garble': ['Fluency/Grammar', 'Style/Bad sentence structure', 'Fluency/Text-Breaking'],
  mojibake: ['Fluency/Character encoding'],
  'pronoun-mismatch': ['Accuracy/Gender Mismatch', 'Accuracy/Mistranslation'],
  'repeated-fragment': ['Fluency/Grammar', 'Non-translation!', 'Style/Unnatural or awkward'],
  'spurious-sentence-break': ['Fluency/Grammar', 'Fluency/Punctuation', 'Fluency/Text-Breaking', 'Style/Bad sentence structure'],
  'stray-punctuation': ['Fluency/Punctuation', 'Fluency/Character encoding'],
  'truncated-text': ['Accuracy/Omission', 'Fluency/Text-Breaking'],
  'untranslated-text': ['Accuracy/Source language fragment', 'Non-translation!'],
}

const show = (t: Tally) => `${(ratio(t) ?? 0).toFixed(3)} (${t.hit}/${t.total})`.padEnd(18)

function perCheck(lines: string[], figures: Record<string, unknown>): void {
  const set = loadHumanSet('gen23-zhen.dev')
  if (!set) {
    lines.push(`gen23-zhen.dev: not found in ${defaultBenchDir()} (kept outside the repository): skipped`)
    figures['gen23-zhen.dev'] = { skipped: true }
    return
  }
  const result = audit(set.bundles, DEFAULT_CONFIG)
  const byVariant = new Map<string, readonly Finding[]>()
  for (const b of result.bundles) for (const v of b.variants) byVariant.set(`${b.id}\u0000${v.analyzed.doc.id}`, v.findings)
  const findings = set.judged.map((j) => byVariant.get(`${j.bundle.id}\u0000${j.variant.id}`) ?? [])
  lines.push(`gen23-zhen.dev: ${set.judged.length} variants; precision = findings on a human span, recall = human spans of the answered categories hit`)
  lines.push(`  ${'check'.padEnd(24)} ${'findings'.padStart(8)}  ${'precision'.padEnd(18)} recall`)
  const table: Record<string, unknown> = {}
  for (const check of CHECKS) {
    const own = findings.map((list) => list.filter((f) => f.check === check.id))
    const scores = spanScores(set.judged, own)
    const recall = { hit: 0, total: 0 }
    for (const category of ANSWERS_TO[check.id] ?? []) {
      const t = scores.recallByCategory[category]
      recall.hit += t?.hit ?? 0
      recall.total += t?.total ?? 0
    }
    lines.push(`  ${check.id.padEnd(24)} ${String(scores.precision.total).padStart(8)}  ${show(scores.precision)} ${show(recall)}`)
    table[check.id] = { findings: scores.precision.total, precision: ratio(scores.precision), recall: ratio(recall), answersTo: ANSWERS_TO[check.id] ?? [] }
  }
  figures['gen23-zhen.dev'] = table
}

const share = (n: number, total: number) => (total === 0 ? '—' : `${(n / total).toFixed(2)} (${n})`).padEnd(12)

function perCheckSentences(lines: string[], figures: Record<string, unknown>): void {
  const set = loadHumanSet('nt21-zhen.dev')
  if (!set) {
    lines.push(`nt21-zhen.dev: not found in ${defaultBenchDir()} (kept outside the repository): skipped`)
    figures['nt21-zhen.dev'] = { skipped: true }
    return
  }
  const result = audit(set.bundles, DEFAULT_CONFIG)
  const byVariant = new Map<string, readonly Finding[]>()
  for (const b of result.bundles) for (const v of b.variants) byVariant.set(`${b.id}\u0000${v.analyzed.doc.id}`, v.findings)
  const findings = set.judged.map((j) => byVariant.get(`${j.bundle.id}\u0000${j.variant.id}`) ?? [])
  const base = sentenceBaseline(set.judged)
  lines.push(`nt21-zhen.dev: ${set.judged.length} variants, ${base.sentences} sentences, one MQM a sentence (no spans): per check and severity,`)
  lines.push(`  the share of findings on sentences judged error-free (MQM 0; chance ${base.clean.toFixed(2)}), on sentences worse / better than`)
  lines.push(`  the median of the other systems' renderings of the same source line (chance ${base.worse.toFixed(2)} worse), and the system-level r`)
  lines.push(`  of findings per line against MQM per line (> 0: fires more on the systems people judged worse)`)
  lines.push(`  ${'check'.padEnd(34)} ${'findings'.padStart(8)}  ${'on MQM 0'.padEnd(12)} ${'worse'.padEnd(12)} ${'better'.padEnd(12)} system r`)
  const table: Record<string, unknown> = { baseline: base }
  for (const check of CHECKS) {
    const own = findings.map((list) => list.filter((f) => f.check === check.id))
    const severities = [...new Set(own.flat().map((f) => f.severity))].sort()
    const rows: [string, (f: Finding) => boolean][] = [[check.id, () => true]]
    if (severities.length > 1) for (const s of severities) rows.push([`  ${s}`, (f) => f.severity === s])
    for (const [label, keep] of rows) {
      const p = sentenceProxy(set.judged, own.map((list) => list.filter(keep)))
      const r = p.systemR === null ? '—' : p.systemR.toFixed(2)
      lines.push(`  ${label.padEnd(34)} ${String(p.findings).padStart(8)}  ${share(p.onClean, p.findings)} ${share(p.worseThanPeers, p.findings)} ${share(p.betterThanPeers, p.findings)} ${r}`)
      table[label.trim() === check.id ? check.id : `${check.id}/${label.trim()}`] = p
    }
  }
  figures['nt21-zhen.dev'] = table
}

function bundledStory(lines: string[], figures: Record<string, unknown>): void {
  const folder = join(import.meta.dirname, '..', '..', 'reference', 'nato-stoltenberg-seoul-2023-01-30')
  const bundle = loadBundleFolder(folder, (path) => readFileSync(path, 'utf8'))
  const [result] = audit([bundle], DEFAULT_CONFIG).bundles
  lines.push('bundled story (reference/): variant, score, verdict, findings by severity')
  const table: Record<string, unknown> = {}
  for (const v of result!.variants) {
    const bySeverity = new Map<string, number>()
    for (const f of v.findings) bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1)
    const counts = [...bySeverity].map(([severity, n]) => `${severity} ${n}`)
    lines.push(`  ${v.analyzed.doc.id.padEnd(6)} ${v.score.toFixed(1).padStart(5)}  ${v.verdict}  ${counts.join(', ')}`)
    table[v.analyzed.doc.id] = { score: v.score, verdict: v.verdict }
  }
  figures['story'] = table
}

export async function run(): Promise<BenchSection> {
  const lines: string[] = []
  const figures: Record<string, unknown> = {}
  perCheck(lines, figures)
  perCheckSentences(lines, figures)
  bundledStory(lines, figures)
  return { lines, figures }
}
