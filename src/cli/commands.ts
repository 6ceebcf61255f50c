// Everything the audit commands need, in one module that program.ts imports inside their actions: commander
// parses `mtaudit --version` or `--help` without loading the aligner, the checks, zod or franc's models (a
// static import of these made `--version` cost several times a bare node start). The Ink review is loaded
// later still, by the review command on a terminal only.
export { audit } from '../audit.js'
export { CHECKS } from '../checks/index.js'
export { REPORTERS } from '../report/index.js'
export { gateExitCode } from '../report/summary.js'
export { serializeReviewFile } from '../review/review-file.js'
export { scoreVariant } from '../score/index.js'
export { describeChecks } from './describe-checks.js'
export { buildConfig, parseFormat } from './options.js'
export { readBundles } from './read-input.js'
export { readDecisions, reviewFileFor, withDismissed } from './review-file-io.js'
export { writeFileAtomic } from './write-output.js'
