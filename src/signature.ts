// Every report carries a signature, as sacreBLEU's do, so two scores are compared only when made the same way:
//   mtaudit@0.1.0|checks:4|align:dice-bigram@1|lang:franc@6.2.0|weights:minor=1,major=5,critical=25,punct=0.1|gate:80,critical
import { createRequire } from 'node:module'
import { ALIGNER_ID } from './align/index.js'
import { FIDELITY_WEIGHT } from './score/fidelity.js'
import { HALF_SCORE_PENALTY_PER_100_WORDS, MINOR_PUNCTUATION_WEIGHT, SEVERITY_WEIGHTS } from './score/index.js'
import type { AuditConfig, Check } from './types.js'
import { VERSION } from './version.js'

export { VERSION }

const require = createRequire(import.meta.url)
const FRANC_VERSION: string = (require('franc/package.json') as { version: string }).version

export function signature(config: AuditConfig, registry: readonly Check[]): string {
  const checks = registry.filter((c) => (config.only.length === 0 || config.only.includes(c.id)) && !config.disable.includes(c.id))
  const w = SEVERITY_WEIGHTS
  const severities = Object.entries(config.severities ?? {})
    .map(([id, severity]) => `${id}=${severity}`)
    .sort()
  return [
    `mtaudit@${VERSION}`,
    `checks:${checks.length}`,
    `align:${ALIGNER_ID}`,
    `lang:franc@${FRANC_VERSION}`,
    `weights:minor=${w.minor},major=${w.major},critical=${w.critical},punct=${MINOR_PUNCTUATION_WEIGHT},half=${HALF_SCORE_PENALTY_PER_100_WORDS.rewrite}/${HALF_SCORE_PENALTY_PER_100_WORDS.parallel}`,
    `fidelity:${config.fidelity},${FIDELITY_WEIGHT}`,
    `gate:${config.minScore},${config.failOn ?? 'none'}`,
    // only when the config changes a check's severity: scores made so are not comparable with the defaults'
    ...(severities.length > 0 ? [`severity:${severities.join(',')}`] : []),
  ].join('|')
}
