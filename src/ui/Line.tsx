// Sentence text of one display line: plain runs, and flagged runs coloured by severity. Under NO_COLOR the
// colour props are left off entirely (Ink's chalk does not read NO_COLOR); the marks in the text remain.
import { Text } from 'ink'
import { SEVERITY_COLOR } from './format.js'
import type { DisplayLine, Segment } from './model/side-lines.js'

// A search match is drawn on a yellow background (bold and underlined without colour, beside its «/:» mark);
// the current finding is inverse; a finding's text takes its severity's colour.
function style(segment: Segment, color: boolean) {
  const current = segment.current ? { inverse: true } : {}
  const match = segment.match ? (color ? { backgroundColor: 'yellow', color: 'black', bold: true } : { bold: true, underline: true }) : {}
  if (!segment.severity) return { ...current, ...match }
  if (!color) return { ...current, ...match, underline: true }
  return { ...current, underline: true, bold: segment.severity === 'critical', color: SEVERITY_COLOR[segment.severity], ...match }
}

/** The runs of a line, to be nested inside a line's Text. */
export function Segments({ line, color }: { line: DisplayLine; color: boolean }) {
  return (
    <>
      {line.map((segment, i) =>
        segment.severity || segment.current || segment.match ? (
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
