// Columns and rows of the terminal, updated on resize so the layout switches between side by side and stacked.
import { useStdout } from 'ink'
import { useEffect, useState } from 'react'

export interface TerminalSize {
  readonly columns: number
  readonly rows: number
}

export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout()
  // A stream that is not a terminal has no size (ink-testing-library's has 100 columns and no rows).
  const read = (): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 })
  const [size, setSize] = useState(read)
  useEffect(() => {
    const update = () => setSize(read())
    stdout.on('resize', update)
    return () => {
      stdout.off('resize', update)
    }
  }, [stdout])
  return size
}
