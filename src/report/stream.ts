// A report in parts, so it can be written while the audit runs: each bundle's part is made as soon as the bundle
// is audited (in a worker, with --jobs), and the text around the parts once every bundle is in. The JSON report
// opens with the summary, which only the last bundle completes: its bundles wait in a spool file, never in memory.
import type { AuditConfig, AuditResult, BundleResult } from '../types.js'
import type { Summary } from './summary.js'

export interface ReportOptions {
  readonly verbose?: boolean
  /** failing variants only (text, github); the machine formats stay complete */
  readonly quiet?: boolean
  /** ANSI colour (text) */
  readonly color?: boolean
}

/** What a report needs besides the bundles: known before the first bundle is audited. */
export interface ReportContext extends ReportOptions {
  readonly signature: string
  readonly config: AuditConfig
  /** the review files whose decisions were applied; undefined when none was */
  readonly reviewFiles?: readonly string[]
}

export function contextOf(result: AuditResult, options: ReportOptions = {}): ReportContext {
  return { ...options, signature: result.signature, config: result.config, ...(result.review && { reviewFiles: result.review.files }) }
}

/** The summary of the totals, in the report's key order. */
export function summaryOf(totals: Totals): Summary {
  return { variants: totals.variants, failed: totals.failed, unverified: totals.unverified, minScore: totals.minScore }
}

/** What the bundles add up to: the summary, and the findings the review files left out. */
export interface Totals extends Summary {
  readonly dismissed: number
}

export const NO_TOTALS: Totals = { variants: 0, failed: 0, unverified: 0, minScore: null, dismissed: 0 }

/** One bundle's share of the totals. */
export function bundleTotals(bundle: BundleResult): Totals {
  let failed = 0
  let unverified = 0
  let minScore: number | null = null
  let dismissed = 0
  for (const v of bundle.variants) {
    if (v.verdict === 'fail') failed++
    if (v.verdict === 'unverified') unverified++
    if (minScore === null || v.score < minScore) minScore = v.score
    dismissed += v.dismissed ?? 0
  }
  return { variants: bundle.variants.length, failed, unverified, minScore, dismissed }
}

export function addTotals(a: Totals, b: Totals): Totals {
  const minScore = a.minScore === null ? b.minScore : b.minScore === null ? a.minScore : Math.min(a.minScore, b.minScore)
  return { variants: a.variants + b.variants, failed: a.failed + b.failed, unverified: a.unverified + b.unverified, minScore, dismissed: a.dismissed + b.dismissed }
}

/**
 * One item of a body: its text, or its text in pieces, written one after another. A long document's bundle in the
 * JSON report is given in pieces (indentJsonPieces), made as they are written: as one string it was the largest
 * thing a run held at its end.
 */
export type ReportItem = string | Iterable<string>

/** An item's text as one string. */
export const itemText = (item: ReportItem): string => (typeof item === 'string' ? item : [...item].join(''))

/**
 * A report format in parts. The report is `frame[0] body[0] frame[1] body[1] … frame[n]`, where body[k] is the
 * items the bundles gave body k, in input order, joined by separators[k]. SARIF has two bodies: the variants'
 * verdicts in the run's properties, then the results.
 */
export interface ReportStream {
  /** one separator a body: what goes between two of its items */
  readonly separators: readonly string[]
  /** the items one bundle adds to each body (an array a body; empty when the bundle shows nothing there) */
  bundle(bundle: BundleResult): ReportItem[][]
  /** the text around the bodies, given the totals and how many items each body got: bodies + 1 strings */
  frame(totals: Totals, counts: readonly number[]): string[]
  /** frame[0] does not depend on the totals or the counts: the report can be written out as it goes */
  readonly headFirst: boolean
  /**
   * Items may hold this character where text that needs the totals goes (JUnit repeats the review's count of
   * dismissed findings in every testsuite); it is replaced by fill(totals) as the report is put together. The
   * format must guarantee the character never appears otherwise.
   */
  readonly hole?: { readonly mark: string; fill(totals: Totals): string }
}

/** The whole report at once, from the parts: what the review and the library's callers use. */
export function assemble(stream: ReportStream, bundles: readonly BundleResult[]): string {
  const bodies = stream.separators.map(() => [] as string[])
  let totals = NO_TOTALS
  for (const bundle of bundles) {
    const items = stream.bundle(bundle)
    items.forEach((list, k) => bodies[k]!.push(...list.map(itemText)))
    totals = addTotals(totals, bundleTotals(bundle))
  }
  const frame = stream.frame(
    totals,
    bodies.map((b) => b.length),
  )
  let out = frame[0]!
  bodies.forEach((body, k) => (out += body.join(stream.separators[k]!) + frame[k + 1]!))
  return stream.hole ? out.replaceAll(stream.hole.mark, stream.hole.fill(totals)) : out
}

/**
 * A JSON value rendered with JSON.stringify(…, null, 2) and split where arrays are to be filled item by item:
 * each array given as [MARK] in `value` becomes a body. The items of a body at depth d must be rendered as
 * JSON.stringify(item, null, 2) indented by d levels (see indentJson), which is what the whole document would
 * hold there.
 */
export function jsonFrame(text: string, marks: readonly string[], counts: readonly number[]): string[] {
  const parts: string[] = []
  let rest = text
  marks.forEach((mark, k) => {
    // the placeholder array stringifies as `[\n<indent>"MARK"\n<indent - 2>]`
    const at = rest.indexOf(JSON.stringify(mark))
    const open = rest.lastIndexOf('[', at)
    const close = rest.indexOf(']', at)
    const closing = rest.slice(rest.lastIndexOf('\n', close), close)
    parts.push(rest.slice(0, open) + (counts[k] === 0 ? '[]' : '[\n'))
    rest = counts[k] === 0 ? rest.slice(close + 1) : closing + rest.slice(close)
  })
  parts.push(rest)
  return parts
}

/** JSON.stringify(value, null, 2) as it stands `depth` levels deep in a document rendered the same way. */
export function indentJson(value: unknown, depth: number): string {
  // Rendered inside `depth` arrays, JSON.stringify indents the value itself, and the arrays' brackets are cut off:
  // [[v]] at depth 2 is "[\n  [\n    {…}\n  ]\n]", six characters a side. Indenting the rendered text after
  // ("\n" → "\n    ") made a string as long again and a piece for every line: ". ," × 333,000 is 333,000
  // one-mark sentences, three million lines of JSON.
  let nested = value
  for (let d = 0; d < depth; d++) nested = [nested]
  const text = JSON.stringify(nested, null, 2)
  // level k opens with 2k spaces, "[" and a newline, and closes with a newline, 2k spaces and "]"
  const cut = depth * (depth + 1)
  return text.slice(cut, text.length - cut)
}

/** Arrays of more items than this are given an item a piece by indentJsonPieces. */
const LONG_LIST = 16
/** indentJsonPieces joins its pieces up to about this many characters: a write of each would cost more than the rendering */
const PIECE = 1 << 16

/**
 * indentJson(value, depth) in pieces, made as they are asked for, whose concatenation is the same text: the arrays
 * of more than LONG_LIST items, and the objects and arrays that hold one, are rendered a property or an item at a
 * time, everything else by JSON.stringify. For plain data (what the reports render: no toJSON, no symbols) the
 * text is JSON.stringify's to the byte. A long document's bundle in the JSON report is thus never one string:
 * rendered whole it was one string of twice its characters (JSON.stringify gives two bytes a character to a text
 * with one curly quote), a copy as the indentation was cut off, and its UTF-8 bytes at once when written.
 */
export function* indentJsonPieces(value: unknown, depth: number): Generator<string, void, undefined> {
  const open = new Set<object>()
  holdsLongList(value, open)
  let pending: string[] = ['  '.repeat(depth)]
  let length = 2 * depth
  for (const text of renderPieces(value, depth, open)) {
    pending.push(text)
    length += text.length
    if (length < PIECE) continue
    yield pending.join('')
    pending = []
    length = 0
  }
  if (pending.length > 0) yield pending.join('')
}

/** Whether `value` is or holds an array of more than LONG_LIST items; such values are added to `open`. */
function holdsLongList(value: unknown, open: Set<object>): boolean {
  if (value === null || typeof value !== 'object') return false
  let holds = Array.isArray(value) && value.length > LONG_LIST
  for (const child of Array.isArray(value) ? value : Object.values(value)) if (holdsLongList(child, open)) holds = true
  if (holds) open.add(value)
  return holds
}

/** JSON.stringify(value, null, 2) as it stands `depth` levels deep, its first line's indentation left out. */
function* renderPieces(value: unknown, depth: number, open: ReadonlySet<object>): Generator<string, void, undefined> {
  if (value === null || typeof value !== 'object' || !open.has(value)) {
    yield indentJson(value, depth).slice(2 * depth)
    return
  }
  // an open array or object holds a long list, so it is never empty ("[]", "{}")
  const inner = `\n${'  '.repeat(depth + 1)}`
  if (Array.isArray(value)) {
    yield '['
    for (let k = 0; k < value.length; k++) {
      yield k > 0 ? `,${inner}` : inner
      const item: unknown = value[k]
      // JSON.stringify writes null for what JSON cannot hold in an array
      yield* renderPieces(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, depth + 1, open)
    }
    yield `\n${'  '.repeat(depth)}]`
    return
  }
  yield '{'
  let first = true
  for (const [key, child] of Object.entries(value)) {
    // and leaves out a property that holds it
    if (child === undefined || typeof child === 'function' || typeof child === 'symbol') continue
    yield `${first ? '' : ','}${inner}${JSON.stringify(key)}: `
    first = false
    yield* renderPieces(child, depth + 1, open)
  }
  yield `\n${'  '.repeat(depth)}}`
}
