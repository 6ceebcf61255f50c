// Sentence text of one display line: plain runs, and flagged runs coloured by severity. Under NO_COLOR the
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

/** The runs of a line, to be nested inside a line's Text. */
export function Segments({ line, color }: { line: DisplayLine; color: boolean }) {
  return (
    <>
      {line.map((segment, i) =>
        segment.severity || segment.current ? (
          <Text key={i} {...style(segment, color)}>
            {segment.text}
          </Text>
        ) : (
          segment.text
        ),
      )}
    </>
  )
}
