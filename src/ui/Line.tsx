// One display line of sentence text: plain runs, and flagged runs coloured by severity. Under NO_COLOR the
// colour props are left off entirely (Ink's chalk does not read NO_COLOR); the marks in the text remain.
import { Text } from 'ink'
import { SEVERITY_COLOR } from './format.js'
import type { DisplayLine, Segment } from './model/side-lines.js'

function style(segment: Segment, color: boolean) {
  const current = segment.current ? { inverse: true } : {}
  if (!segment.severity) return current
  if (!color) return { ...current, underline: true }
  return { ...current, underline: true, bold: segment.severity === 'critical', color: SEVERITY_COLOR[segment.severity] }
}

export function Line({ line, color }: { line: DisplayLine; color: boolean }) {
  if (line.length === 0) return <Text> </Text>
  return (
    <Text wrap="truncate">
      {line.map((segment, i) => (
        <Text key={i} {...style(segment, color)}>
          {segment.text}
        </Text>
      ))}
    </Text>
  )
}
