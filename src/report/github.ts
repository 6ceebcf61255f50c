// GitHub Actions workflow commands: each finding becomes an annotation on the file in the pull request, and each
// failing variant an error naming its score. Format: https://docs.github.com/actions (workflow commands).
import type { AuditResult, BundleResult } from '../types.js'
import { locator } from './locate.js'
import { CI_LEVEL, reportedFindings } from './severity-levels.js'
import { assemble, contextOf, type ReportContext, type ReportStream } from './stream.js'
import { dimensionsLine } from './summary.js'
import { reviewLine } from './text.js'

const COMMAND = { error: 'error', warning: 'warning', note: 'notice' } as const

export function githubReport(result: AuditResult, options: { verbose?: boolean; quiet?: boolean } = {}): string {
  return assemble(githubStream(contextOf(result, options)), result.bundles)
}

export function githubStream(context: ReportContext): ReportStream {
  const review = context.reviewFiles
  return {
    separators: ['\n'],
    // the review's notice comes first and counts the findings left out, known once every bundle is in
    headFirst: review === undefined,
    bundle: (bundle) => {
      const lines = bundleCommands(bundle, context)
      return [lines.length === 0 ? [] : [lines.join('\n')]]
    },
    frame: (totals, counts) => [
      review === undefined ? '' : `::notice title=mtaudit review::${data(reviewLine({ files: review, dismissed: totals.dismissed }))}${counts[0] ? '\n' : ''}`,
      '\n',
    ],
  }
}

function bundleCommands(bundle: BundleResult, context: ReportContext): string[] {
  const out: string[] = []
  for (const variant of bundle.variants) {
    if (context.quiet && variant.verdict === 'pass') continue
    const { doc } = variant.analyzed
    const at = locator(doc.text)
    for (const f of reportedFindings(variant.findings, context.verbose ?? false)) {
      const start = at(f.start)
      const end = at(f.end)
      const props = [
        ...(doc.path === undefined ? [] : [`file=${property(doc.path)}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`]),
        ...(doc.path !== undefined && end.line === start.line ? [`endColumn=${end.column}`] : []),
        `title=${property(`mtaudit ${f.check} (${f.severity})`)}`,
      ]
      out.push(`::${COMMAND[CI_LEVEL[f.severity]]} ${props.join(',')}::${data(doc.path === undefined ? `${bundle.id}/${doc.id}: ${f.message}` : f.message)}`)
    }
    const verdict = `${bundle.id}/${doc.id}: score ${variant.score.toFixed(1)}, ${variant.verdict} (${dimensionsLine(variant)})`
    const fails = variant.verdict === 'fail' || (variant.verdict === 'unverified' && context.config.failUnverified)
    out.push(variant.verdict === 'unverified' && !fails ? `::warning title=mtaudit unverified::${data(verdict)}` : fails ? `::error title=mtaudit gate::${data(verdict)}` : `::notice title=mtaudit::${data(verdict)}`)
  }
  return out
}

/** Escapes a workflow command's message. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a workflow command's property value: also ':' and ','. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
