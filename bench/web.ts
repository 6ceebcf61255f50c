// Bench module `web`: real machine-translated web copies of wire stories (../shared/webdev, or
// MTAUDIT_WEBDEV_DIR), labelled by careful readers. It prints the figures a user of the gate meets on feeds the
// detector was not written for:
//   - AUC: how often a native control scores above an MT copy (every native × MT pair, ties count half);
//   - the default gate's verdicts: controls that fail, MT copies that pass (and which);
//   - labelled garbles found (a finding above neutral, not boilerplate, overlapping the labelled passage),
//     surface ones apart; misses grouped by a rough reading of the label's words, so the next step is visible;
//   - boilerplate passages set aside (most of their characters inside boilerplate zones);
//   - major/critical findings per 1,000 words of the native controls (false alarms: natives are not MT).
// The folder stays outside the repository; without it the module says so and skips.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { audit } from '../src/audit.js'
import { decodeText } from '../src/bundle/decode.js'
import { loadBundleFolder } from '../src/bundle/load.js'
import { DEFAULT_CONFIG } from '../src/config.js'
import { HALF_SCORE_PENALTY_PER_100_WORDS } from '../src/score/index.js'
import type { AuditConfig, Bundle, Finding, VariantResult } from '../src/types.js'
import { repoRoot } from './human-data.js'
import type { BenchSection } from './run.js'

export const name = 'web'

interface Passage {
  readonly bundle: string
  readonly file: string
  readonly quote: string
  readonly kind: string
  readonly surface: boolean
}
interface Labels {
  readonly garbles: readonly Passage[]
  readonly boilerplate: readonly Passage[]
}

export function defaultWebDir(): string {
  return process.env['MTAUDIT_WEBDEV_DIR'] || resolve(repoRoot(), '..', 'shared', 'webdev')
}

export interface WebSet {
  readonly bundles: readonly Bundle[]
  readonly labels: Labels
}

export function loadWebSet(dir = defaultWebDir()): WebSet | null {
  if (!existsSync(join(dir, 'labels.json'))) return null
  const read = (path: string) => decodeText(readFileSync(path), path)
  const bundles = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'bundle.json')))
    .sort()
    .map((name) => loadBundleFolder(join(dir, name), read))
  return { bundles, labels: JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels }
}

export type Role = 'native' | 'mt' | 'other'
export function roleOf(file: string): Role {
  return file.startsWith('native-') ? 'native' : file.startsWith('mt-') ? 'mt' : 'other'
}

export interface ScoredVariant {
  readonly bundle: string
  readonly file: string
  readonly role: Role
  readonly result: VariantResult
}

export function scoredVariants(set: WebSet, config: AuditConfig = DEFAULT_CONFIG): ScoredVariant[] {
  const result = audit(set.bundles, config)
  return result.bundles.flatMap((b) =>
    b.variants.map((v) => {
      const file = basename(v.analyzed.doc.path ?? v.analyzed.doc.id)
      return { bundle: b.id, file, role: roleOf(file), result: v }
    }),
  )
}

/** Every occurrence of `quote` in `text` as [start, end). */
function occurrences(text: string, quote: string): [number, number][] {
  const found: [number, number][] = []
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push([at, at + quote.length])
  return found
}

const counts = (f: Finding) => f.severity !== 'neutral' && f.check !== 'boilerplate'

/** The checks whose findings overlap the passage (any occurrence); empty when none does. */
function checksOn(v: VariantResult, quote: string): string[] {
  const spans = occurrences(v.analyzed.doc.text, quote)
  const hits = new Set<string>()
  for (const f of v.findings) if (counts(f) && spans.some(([s, e]) => f.start < e && s < f.end)) hits.add(f.check)
  return [...hits].sort()
}

/** Share of the passage's non-space characters inside boilerplate zones (the best occurrence). */
function setAsideShare(v: VariantResult, quote: string): number {
  const { zones, doc } = v.analyzed
  let best = 0
  for (const [s, e] of occurrences(doc.text, quote)) {
    let inside = 0
    let all = 0
    for (let i = s; i < e; i++) {
      if (/\s/.test(doc.text[i]!)) continue
      all++
      if (zones.some((z) => z.kind === 'boilerplate' && z.start <= i && i < z.end)) inside++
    }
    best = Math.max(best, all ? inside / all : 0)
  }
  return best
}

/** Rough kind of a labelled garble from the label's own words, to group misses. */
export function kindOf(p: Passage): string {
  const k = p.kind.toLowerCase()
  if (/mojibake|encoding|&|html|cms|token/.test(k)) return 'encoding/CMS'
  if (/untranslated|left in|kept|half-translated/.test(k)) return 'untranslated'
  if (/stray full stop|splits|split|orphan|fragment|run-on|missing full stop|run together|boundary/.test(k)) return 'break'
  if (/quot/.test(k)) return 'quotation marks'
  if (/punctuation|space|full stop|comma|dash/.test(k)) return 'punctuation/spacing'
  if (/repeat|duplicat|doubled/.test(k)) return 'repetition'
  if (/name|spelling|misspel|mangled|translitera/.test(k)) return 'name'
  if (/date|number|time|figure|currency|separator/.test(k)) return 'date/number'
  if (/gender|pronoun|agreement|article|preposition|tense|grammar|calque|literal|word order|unidiomatic/.test(k)) return 'grammar/calque'
  return 'meaning/other'
}

/** Translation-quality penalty points per 100 words of story text: what the score is a function of. */
const density = (s: ScoredVariant) => (100 * s.result.penalty) / Math.max(s.result.words, 1)

/**
 * The least density the gate tolerates, whatever this set says: one minor punctuation slip (0.1 points) in
 * 200 words. A development set this small would otherwise pick "any stray mark fails", which one false alarm on
 * an unseen native copy would turn into a failed control.
 */
const MIN_TOLERATED_DENSITY = 0.05

/**
 * The calibration of the gate on rewrites (docs/scoring.md): the penalty density (points per 100 words) above
 * which a copy fails, chosen where the fewest copies are misjudged — a native control failed counts twice, since
 * a gate that cries wolf gets switched off — and the half-score constant that puts that density at the default
 * minimum score.
 */
export function calibration(natives: readonly ScoredVariant[], mts: readonly ScoredVariant[]): { lines: string[]; threshold: number; half: number } {
  const candidates = [...new Set([...natives, ...mts].map(density))].sort((a, b) => a - b)
  let best = { threshold: 0, cost: Infinity, nativeFails: 0, mtPasses: 0 }
  // midway between neighbouring densities, so the threshold never sits on a copy of this set
  const midpoints = candidates.map((d, i) => (i + 1 < candidates.length ? (d + candidates[i + 1]!) / 2 : d))
  for (const threshold of midpoints) {
    if (threshold < MIN_TOLERATED_DENSITY) continue
    // a copy fails when its density is above the threshold
    const nativeFails = natives.filter((s) => density(s) > threshold).length
    const mtPasses = mts.filter((s) => density(s) <= threshold).length
    const cost = 2 * nativeFails + mtPasses
    if (cost < best.cost) best = { threshold, cost, nativeFails, mtPasses }
  }
  // scoreOf: 100 / (1 + d / half) = minScore at d = threshold ⇒ half = threshold / (100 / minScore − 1)
  const half = best.threshold / (100 / DEFAULT_CONFIG.minScore - 1)
  const now = HALF_SCORE_PENALTY_PER_100_WORDS.rewrite * (100 / DEFAULT_CONFIG.minScore - 1)
  return {
    threshold: best.threshold,
    half,
    lines: [
      `  calibration: penalty per 100 words that fails a copy now ${now.toFixed(2)}; best on this set ${best.threshold.toFixed(2)} ` +
        `(${best.nativeFails} controls fail, ${best.mtPasses} MT pass) ⇒ half-score constant for rewrites ${half.toFixed(2)} (now ${HALF_SCORE_PENALTY_PER_100_WORDS.rewrite})`,
    ],
  }
}

/** Probability that a native control scores above an MT copy; ties count half. */
export function auc(natives: readonly number[], mts: readonly number[]): number {
  let wins = 0
  for (const n of natives) for (const m of mts) wins += n > m ? 1 : n === m ? 0.5 : 0
  return natives.length && mts.length ? wins / (natives.length * mts.length) : NaN
}

const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(0) : '-'}%)`
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\n/g, '⏎')

export async function run(): Promise<BenchSection> {
  const dir = defaultWebDir()
  const set = loadWebSet(dir)
  if (!set) return { lines: [`${dir}: not found (kept outside the repository): skipped`], figures: { skipped: true } }
  const scored = scoredVariants(set)
  const byFile = new Map(scored.map((s) => [`${s.bundle}/${s.file}`, s]))
  const lines: string[] = []
  const natives = scored.filter((s) => s.role === 'native')
  const mts = scored.filter((s) => s.role === 'mt')

  const area = auc(natives.map((s) => s.result.score), mts.map((s) => s.result.score))
  const nativeFails = natives.filter((s) => s.result.verdict !== 'pass')
  const mtPasses = mts.filter((s) => s.result.verdict === 'pass')

  const garbleRows = set.labels.garbles.map((p) => {
    const v = byFile.get(`${p.bundle}/${p.file}`)
    return { p, checks: v ? checksOn(v.result, p.quote) : [], missing: !v }
  })
  const surface = garbleRows.filter((r) => r.p.surface)
  const found = (rows: typeof garbleRows) => rows.filter((r) => r.checks.length > 0).length
  const variantBoilerplate = set.labels.boilerplate.filter((p) => roleOf(p.file) !== 'other')
  const setAside = variantBoilerplate.filter((p) => {
    const v = byFile.get(`${p.bundle}/${p.file}`)
    return v !== undefined && setAsideShare(v.result, p.quote) >= 0.5
  })
  const nativeWords = natives.reduce((n, s) => n + s.result.words, 0)
  const nativeMajors = natives.flatMap((s) => s.result.findings.filter((f) => f.severity === 'major' || f.severity === 'critical'))
  const perK = (1000 * nativeMajors.length) / Math.max(nativeWords, 1)

  lines.push(`${dir}: ${set.bundles.length} bundles, ${mts.length} MT copies, ${natives.length} native controls`)
  lines.push(`  AUC (native controls above MT copies)          ${area.toFixed(3)}   goal ≥ 0.90`)
  lines.push(`  surface garbles found                          ${pct(found(surface), surface.length)}   goal ≥ 70%`)
  lines.push(`  all labelled garbles found                     ${pct(found(garbleRows), garbleRows.length)}   goal ≥ 35%`)
  lines.push(`  boilerplate set aside (in variant files)       ${pct(setAside.length, variantBoilerplate.length)}   goal ≥ 80%`)
  lines.push(`  major/critical per 1,000 words of controls     ${perK.toFixed(2)} (${nativeMajors.length} in ${nativeWords} words)   goal ≤ 0.5`)
  lines.push(`  controls failing the default gate              ${nativeFails.length}/${natives.length}   goal ≤ 2`)
  lines.push(`  MT copies passing the default gate             ${mtPasses.length}/${mts.length}   goal ≤ 6`)
  const unverified = scored.filter((s) => s.result.verdict === 'unverified')
  lines.push(`  unverified (neither pass nor fail)             ${unverified.length}${unverified.length ? `: ${unverified.map((s) => `${s.bundle}/${s.file}`).join(', ')}` : ''}`)
  lines.push(...calibration(natives, mts).lines)
  const verdictOf = (s: ScoredVariant) => `${s.result.verdict} ${s.result.score}`
  if (nativeFails.length) lines.push('  controls that fail:')
  for (const s of nativeFails) {
    const worst = s.result.findings.filter((f) => f.severity !== 'neutral' && f.severity !== 'minor').map((f) => f.check)
    lines.push(`    ${s.bundle}/${s.file}  ${verdictOf(s)}  ${[...new Set(worst)].join(', ')}`)
  }
  if (mtPasses.length) lines.push('  MT copies that pass:')
  for (const s of mtPasses) lines.push(`    ${s.bundle}/${s.file}  ${verdictOf(s)}`)

  // Which checks fire where: findings on MT copies that land on a label, and on the native controls.
  const perCheck = new Map<string, { mt: number; onLabel: number; native: number; nativeMajor: number }>()
  const tallyOf = (id: string) => perCheck.get(id) ?? perCheck.set(id, { mt: 0, onLabel: 0, native: 0, nativeMajor: 0 }).get(id)!
  for (const s of scored) {
    const labelled = set.labels.garbles.filter((p) => p.bundle === s.bundle && p.file === s.file)
    const spans = labelled.flatMap((p) => occurrences(s.result.analyzed.doc.text, p.quote))
    for (const f of s.result.findings) {
      if (!counts(f)) continue
      const t = tallyOf(f.check)
      if (s.role === 'native') {
        t.native++
        if (f.severity === 'major' || f.severity === 'critical') t.nativeMajor++
      } else if (s.role === 'mt') {
        t.mt++
        if (spans.some(([a, b]) => f.start < b && a < f.end)) t.onLabel++
      }
    }
  }
  lines.push(`  ${'check'.padEnd(26)} ${'on MT'.padStart(6)} ${'on a label'.padStart(10)} ${'on natives'.padStart(10)} ${'major+'.padStart(7)}`)
  for (const [id, t] of [...perCheck].sort(([a], [b]) => a.localeCompare(b)))
    lines.push(`  ${id.padEnd(26)} ${String(t.mt).padStart(6)} ${String(t.onLabel).padStart(10)} ${String(t.native).padStart(10)} ${String(t.nativeMajor).padStart(7)}`)

  const missesByKind = new Map<string, { surface: number; other: number; examples: string[] }>()
  for (const r of garbleRows) {
    if (r.checks.length) continue
    const k = kindOf(r.p)
    const m = missesByKind.get(k) ?? missesByKind.set(k, { surface: 0, other: 0, examples: [] }).get(k)!
    if (r.p.surface) m.surface++
    else m.other++
    if (r.p.surface && m.examples.length < 3) m.examples.push(clip(r.p.quote, 40))
  }
  lines.push('  misses by kind (surface + other; surface examples):')
  for (const [k, m] of [...missesByKind].sort((a, b) => b[1].surface + b[1].other - (a[1].surface + a[1].other)))
    lines.push(`    ${k.padEnd(18)} ${String(m.surface).padStart(3)} + ${String(m.other).padStart(3)}   ${m.examples.map((e) => JSON.stringify(e)).join(' ')}`)
  if (process.env['MTAUDIT_WEB_VERBOSE']) {
    lines.push('  every surface miss:')
    for (const r of surface) if (!r.checks.length) lines.push(`    ${r.p.bundle}/${r.p.file}: ${JSON.stringify(clip(r.p.quote, 70))} — ${clip(r.p.kind, 70)}`)
    lines.push('  boilerplate not set aside:')
    for (const p of variantBoilerplate) if (!setAside.includes(p)) lines.push(`    ${p.bundle}/${p.file}: ${JSON.stringify(clip(p.quote, 90))}`)
  }

  return {
    lines,
    figures: {
      bundles: set.bundles.length,
      auc: Number(area.toFixed(4)),
      surfaceFound: found(surface),
      surfaceTotal: surface.length,
      garblesFound: found(garbleRows),
      garblesTotal: garbleRows.length,
      boilerplateSetAside: setAside.length,
      boilerplateTotal: variantBoilerplate.length,
      nativeMajorPer1000Words: Number(perK.toFixed(3)),
      controlsFailing: nativeFails.length,
      controls: natives.length,
      mtPassing: mtPasses.length,
      mt: mts.length,
    },
  }
}
