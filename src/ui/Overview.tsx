// The first screen: the bundle, then every variant as a row, worst first:
//   › 41 ████░░░░░░ FAIL 004-mt-french   French site…   fr    1  3  8  2   64%   0/14
import { Box, Text } from 'ink'
import type { AuditResult } from '../types.js'
import { percent, scoreBar, SEVERITY_COLOR } from './format.js'
import { fitParts, type Part } from './model/fit.js'
import type { OverviewRow } from './model/overview-rows.js'
import { scrollTop } from './model/scroll-window.js'
import { SEVERITIES } from '../types.js'

interface Props {
  readonly result: AuditResult
  readonly rows: readonly OverviewRow[]
  readonly selected: number
  readonly columns: number
  readonly height: number
  readonly color: boolean
}

function Cell({ width, children, bold, color }: { width: number; children: string; bold?: boolean; color?: string }) {
  return (
    <Box width={width} flexShrink={0} marginRight={1}>
      <Text wrap="truncate" bold={bold} {...(color ? { color } : {})}>
        {children}
      </Text>
    </Box>
  )
}

// At 80 columns the first line drops `mtaudit review` and cuts the reference's name before losing the bundle.
function BundleLine({ result, columns }: { result: AuditResult; columns: number }) {
  const variants = result.bundles.reduce((n, b) => n + b.variants.length, 0)
  const failed = result.bundles.reduce((n, b) => n + b.variants.filter((v) => v.verdict === 'fail').length, 0)
  const only = result.bundles.length === 1 ? result.bundles[0] : undefined
  const reference = only?.reference
    ? `reference ${only.reference.doc.id} (${only.reference.sentences.length} sentences)`
    : only
      ? 'no reference: reference-free checks only'
      : null
  const title: Part = { text: 'mtaudit review', keep: 1 }
  const parts: Part[] = [title, { text: only ? `bundle ${only.id}` : `${result.bundles.length} bundles`, keep: 0 }]
  if (reference) parts.push({ text: reference, keep: 2, shrink: true })
  const line = fitParts(parts, columns)
  const [head, rest] = line.startsWith(title.text) ? [title.text, line.slice(title.text.length)] : ['', line]
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">
        <Text bold>{head}</Text>
        {rest}
      </Text>
      <Text wrap="truncate">{`${variants} variants · ${failed} fail · gate: score ≥ ${result.config.minScore}${result.config.failOn ? `, no ${result.config.failOn} finding` : ''}`}</Text>
    </Box>
  )
}

export function Overview({ result, rows, selected, columns, height, color }: Props) {
  const wide = columns >= 100
  const several = result.bundles.length > 1
  const name = wide ? 24 : 18
  const feed = Math.max(6, columns - 92)
  const list = Math.max(1, height - 4)
  const top = scrollTop(0, selected, () => 1, list)
  const counts = SEVERITIES.slice().reverse()
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <BundleLine result={result} columns={columns} />
      <Text> </Text>
      <Box>
        <Cell width={2}>{''}</Cell>
        <Cell width={wide ? 16 : 10}>score</Cell>
        <Cell width={7}>verdict</Cell>
        <Cell width={name}>variant</Cell>
        {wide ? <Cell width={feed}>feed</Cell> : null}
        <Cell width={4}>src</Cell>
        {counts.map((s) => (
          <Cell key={s} width={3}>{s === 'neutral' ? 'n' : s === 'minor' ? 'm' : s === 'major' ? 'M' : 'C'}</Cell>
        ))}
        <Cell width={6}>cover</Cell>
        <Cell width={7}>triaged</Cell>
      </Box>
      {rows.length === 0 ? <Text>  no variant has findings under this filter (f to change it)</Text> : null}
      {rows.slice(top, top + list).map((row, i) => {
        const isSelected = top + i === selected
        const verdictColor = color ? (row.verdict === 'fail' ? 'red' : 'green') : undefined
        const doc = row.variant.analyzed.doc
        return (
          <Box key={row.key}>
            <Cell width={2} bold>{isSelected ? '›' : ' '}</Cell>
            <Cell width={wide ? 16 : 10} color={verdictColor}>
              {`${String(Math.round(row.score)).padStart(3)} ${scoreBar(row.score, wide ? 10 : 5)}`}
            </Cell>
            <Cell width={7} bold color={verdictColor}>{row.verdict.toUpperCase()}</Cell>
            <Cell width={name} bold={isSelected}>{several ? row.key : doc.id}</Cell>
            {wide ? <Cell width={feed}>{doc.feed ?? '—'}</Cell> : null}
            <Cell width={4}>{doc.sourceLang ?? row.variant.analyzed.lang}</Cell>
            {counts.map((s) => (
              <Cell key={s} width={3} color={color && row.counts[s] > 0 ? SEVERITY_COLOR[s] : undefined}>
                {String(row.counts[s]).padStart(2)}
              </Cell>
            ))}
            <Cell width={6}>{percent(row.variant.coverage).padStart(5)}</Cell>
            <Cell width={7}>{`${row.decided}/${row.total}`}</Cell>
          </Box>
        )
      })}
    </Box>
  )
}
