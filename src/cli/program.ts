// argv → command. commander parses; each action returns the exit code. Nothing here decides audit results.
import { Command, CommanderError, Option } from 'commander'
import { InputError } from '../errors.js'
import { VERSION } from '../version.js'
import { CONFIG_FILE_NAME } from './config-file-name.js'
import { DEFAULT_MAX_FILE_MB, limits, parseMaxFileSize } from './confine.js'
import type { ConfigFlags } from './options.js'
import type { ReadStdin } from './read-input.js'
import type { ReadDecisions } from './review-file-io.js'
import type { ReportOptions } from '../report/index.js'
import type { AuditConfig, AuditResult, Bundle } from '../types.js'

// the audit is imported by the command that runs it, not here: `--help` and a usage error never pay for it
type Stack = typeof import('./audit-stack.js')
const loadStack = (): Promise<Stack> => import('./audit-stack.js')

export interface Io {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly isTTY: boolean
  /** stdout and stderr are terminals: colour in the text report, the progress line (default: neither) */
  readonly terminal?: { readonly stdout: boolean; readonly stderr: boolean }
  /** the environment, for NO_COLOR (default: process.env) */
  readonly env?: NodeJS.ProcessEnv
  /** stdin's bytes for the input `-`; default: process.stdin read as a stream */
  readonly readStdin?: ReadStdin
  /** the cores `check` may audit on when neither --jobs nor the config says (the binary: all; default 1) */
  readonly cores?: number
}

interface InputFlags extends ConfigFlags {
  readonly reference?: string
  readonly verbose?: boolean
  readonly printConfig?: boolean
}

// `cat b.jsonl | mtaudit review -`: the keys would come from stdin, which holds the bundles
const STDIN_IS_INPUT =
  'mtaudit: stdin is the input (-), so there is no terminal to read keys from: printing the text report; to review, save the input to a file and pass its path (mtaudit review bundles.jsonl)\n'

const INPUT_HELP = "bundle folders, folders searched for them, quoted globs ('feeds/**/bundle.json'), .jsonl files of bundles (- for stdin), or variant files after --reference; none: the bundled story"

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code = 0
  const program = new Command('mtaudit')
    .description('Audits machine-translated news: aligns variants to the reference wire text, finds garble, scores it.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .showHelpAfterError(false)
    // every run starts from the default cap: main() runs many times in one process in the tests
    .hook('preAction', (_, action) => {
      const mb = (action.opts() as { maxFileSize?: string }).maxFileSize
      limits.maxFileBytes = mb === undefined ? DEFAULT_MAX_FILE_MB * 1e6 : parseMaxFileSize(mb)
    })

  const withInputs = (command: Command) =>
    command
      .argument('[input...]', INPUT_HELP)
      .option('--reference <file>', 'the reference text; the inputs are then variant files')
      .option('--config <file>', `a JSON config file; default: the nearest ${CONFIG_FILE_NAME} in this folder or above`)
      .option('--no-config', `use no config file (do not look for ${CONFIG_FILE_NAME})`)
      .option('--print-config', 'print the effective config as JSON (the config file\'s shape) and exit')
      .option('--min-score <n>', 'a variant fails under this score (0–100; default 80)')
      .option('--fail-on <severity>', 'a variant fails on a finding of this severity or worse: minor|major|critical|none (default critical)')
      .option('--verbose', 'list neutral findings (boilerplate) too')
      .option('--fail-unverified', 'an unverified variant (too little text or alignment to check) fails the gate')
      .option('--min-coverage <share>', 'completeness gate: a variant fails when it renders less of the reference it reaches (0–1; off by default)')
      .option('--fail-on-truncated', 'completeness gate: a variant that is cut off fails (off by default)')
      .option('--quiet', 'report failing variants only (text and github formats)')
      .option('--color', 'colour the text report even when stdout is not a terminal')
      .option('--no-color', 'no colour in the text report (as NO_COLOR=1 does)')
      .option('--max-file-size <MB>', `refuse an input file larger than this (default ${DEFAULT_MAX_FILE_MB} MB)`)

  withInputs(program.command('review', { isDefault: true }).description('interactive review on a terminal; without one, the text report'))
    .action(async (inputs: string[], flags: InputFlags & ReportFlags) => {
      const stack = await loadStack()
      const { audit, buildConfig, decisionsSaver, evidenceOf, readDecisions, readInputs, readStdinStream, REPORTERS, reviewFilesFor, scoreVariant, gateExitCode, textLength, tuneV8ForRun } = stack
      if (flags.printConfig) return void (code = printConfig(stack, flags, io))
      const inputsRead = await readInputs({ inputs, ...flags }, io.readStdin ?? readStdinStream)
      tuneV8ForRun(inputsRead.bundles.reduce((sum, bundle) => sum + textLength(bundle), 0))
      const files = reviewFilesFor(inputsRead)
      const read = readDecisions(files.values())
      const { config } = buildConfig(flags)
      if (!io.isTTY) {
        // the Ink review needs a terminal: piped or in CI, print the text report and answer with the gate's code
        if (inputs.includes('-')) io.stderr(STDIN_IS_INPUT)
        const result = auditWithDecisions(stack, inputsRead.bundles, config, read, io)
        io.stdout(REPORTERS.text(result, reportOptions(flags, io, false)))
        code = gateExitCode(result)
        return
      }
      if ([...files.values()].includes(null)) io.stderr('mtaudit: decisions about stdin\'s bundles are not saved: give a .jsonl file to keep them in its review file\n')
      // loaded only here: `check` never pays for React and Ink. React's development build (the default when
      // NODE_ENV is unset) draws a frame several times slower, and nobody debugs React in a review session.
      process.env['NODE_ENV'] ??= 'production'
      const { colorFromEnv, runReview } = await import('../ui/run-review.js')
      // every finding is shown, dismissed ones marked, so a dismissal can be undone; scores leave them out
      await runReview(audit(inputsRead.bundles, config), {
        decisions: read.decisions,
        saveDecisions: decisionsSaver(files, read),
        color: colorFromEnv(process.env) && flags.color !== false,
        rescore: (variant, kept) => scoreVariant(variant.analyzed, kept, config, evidenceOf(variant)),
      })
    })

  withInputs(program.command('check').description('the CI gate: report and exit 1 when a variant fails'))
    .addOption(new Option('--format <format>', 'text|json|jsonl|junit|sarif|github').default('text'))
    .option('--output <file>', 'write the report to a file (replaced atomically) instead of stdout')
    .option('--baseline <report.json>', 'a previous JSON report: fail only on new findings and on scores that fell')
    .option('--jobs <n>', 'audit in this many worker threads (default: from 4 MB of input, as many as the cores hold; 1: no worker)')
    .action(async (inputs: string[], flags: InputFlags & ReportFlags & { format: string; output?: string }) => {
      const stack = await loadStack()
      const { buildConfig, parseFormat } = stack
      const format = parseFormat(flags.format)
      if (flags.printConfig) return void (code = printConfig(stack, flags, io))
      // where the report goes is settled before any input is read or audited
      if (flags.output !== undefined) stack.assertWritable(flags.output)
      code = await stack.runCheck(
        { inputs, ...(flags.reference !== undefined && { reference: flags.reference }), format, ...(flags.output !== undefined && { output: flags.output }), options: reportOptions(flags, io, flags.output !== undefined) },
        () => {
          const { config } = buildConfig(flags)
          return config
        },
        {
          stdout: io.stdout,
          stderr: io.stderr,
          stdin: stack.stdinChunks(io.readStdin),
          progress: io.terminal?.stderr ?? false,
          cores: io.cores ?? 1,
          debug: Boolean((io.env ?? process.env)['MTAUDIT_DEBUG']),
        },
      )
    })

  program
    .command('checks')
    .argument('[id]', 'a check id: explain that check')
    .description('list the checks, or explain one')
    .action(async (id: string | undefined) => {
      const { CHECKS, describeChecks } = await loadStack()
      io.stdout(describeChecks(CHECKS, id))
    })

  try {
    await program.parseAsync(argv, { from: 'user' })
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, successfully
      if (error.exitCode === 0) return 0
      io.stderr(`mtaudit: ${error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')} (see mtaudit --help)\n`)
      return 2
    }
    if (error instanceof InputError) {
      io.stderr(`mtaudit: ${error.toLine()}\n`)
      return 2
    }
    throw error
  }
}

/** --print-config: the config the run would use, as JSON on stdout; which file it came from on stderr. */
function printConfig({ buildConfig, configAsFile }: Stack, flags: ConfigFlags, io: Io): number {
  const { config, file } = buildConfig(flags)
  io.stdout(`${JSON.stringify(configAsFile(config), null, 2)}\n`)
  io.stderr(`mtaudit: config: ${file ?? `none (defaults; no ${CONFIG_FILE_NAME} here or above)`}\n`)
  return 0
}

interface ReportFlags {
  readonly verbose?: boolean
  readonly quiet?: boolean
  /** true with --color, false with --no-color, undefined: decided by the terminal and NO_COLOR */
  readonly color?: boolean
}

/**
 * Colour when asked (--color), else on a terminal unless --no-color or NO_COLOR (https://no-color.org: present and
 * not empty) says no; never in a file written with --output.
 */
function reportOptions(flags: ReportFlags, io: Io, toFile: boolean): ReportOptions {
  const env = io.env ?? process.env
  const color = !toFile && (flags.color === true || (flags.color !== false && !env['NO_COLOR'] && (io.terminal?.stdout ?? false)))
  return { verbose: flags.verbose ?? false, quiet: flags.quiet ?? false, color }
}

/**
 * audit() with the review files' decisions applied, the result saying which files and how many findings they
 * left out; on a terminal's stderr a progress line, `mtaudit: 12/40 bundles…`, rewritten in place and cleared at the
 * end (never on a pipe or in a CI log).
 */
function auditWithDecisions({ audit, withDismissed }: Stack, bundles: readonly Bundle[], config: AuditConfig, read: ReadDecisions, io: Io): AuditResult {
  const progress =
    io.terminal?.stderr && bundles.length > 1
      ? (done: number, total: number) => io.stderr(done < total ? `\rmtaudit: ${done}/${total} bundles…\u001b[K` : '\r\u001b[K')
      : undefined
  const result = audit(bundles, withDismissed(config, read.decisions), progress)
  if (read.applied.length === 0) return result
  const dismissed = result.bundles.reduce((sum, b) => sum + b.variants.reduce((n, v) => n + (v.dismissed ?? 0), 0), 0)
  return { ...result, review: { files: read.applied, dismissed } }
}
