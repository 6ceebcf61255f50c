// What the commands use of the audit, in one module that program.ts imports only once a command runs: `mtaudit
// --help` or a mistyped flag then loads commander and nothing else (no zod, franc, sentence-splitter, checks).
export { audit } from '../audit.js'
export { CHECKS } from '../checks/index.js'
export { configAsFile } from '../config.js'
export { REPORTERS } from '../report/index.js'
export { gateExitCode } from '../report/summary.js'
export { evidenceOf, scoreVariant } from '../score/index.js'
export { describeChecks } from './describe-checks.js'
export { buildConfig, parseFormat } from './options.js'
export { readInputs, readStdinStream } from './read-input.js'
export { decisionsSaver, readDecisions, reviewFilesFor, withDismissed } from './review-file-io.js'
export { assertWritable, writeFileAtomic } from './write-output.js'
export { runCheck, stdinChunks } from './check.js'
