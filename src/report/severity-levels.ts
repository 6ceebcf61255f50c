import type { Finding, Severity } from '../types.js'

/** How each MQM severity shows in CI tools: a major or critical error fails a check run, a minor one warns. */
export const CI_LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  critical: 'error',
  major: 'error',
  minor: 'warning',
  neutral: 'note',
}

/** Findings a CI report lists: neutral ones (boilerplate set aside) only when asked for. */
export function reportedFindings(findings: readonly Finding[], verbose: boolean): Finding[] {
  return findings.filter((f) => verbose || f.severity !== 'neutral')
}
