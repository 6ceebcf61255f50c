// argv → command. commander parses; each action returns the exit code. Nothing here decides audit results.
import { Command, CommanderError, Option } from 'commander'
import { audit } from '../audit.js'
import { CHECKS } from '../checks/index.js'
import { InputError } from '../errors.js'
import { REPORTERS } from '../report/index.js'
import { gateExitCode } from '../report/summary.js'
import { VERSION } from '../signature.js'
import { buildConfig, CONFIG_FILE_NAME, parseFormat, type ConfigFlags } from './options.js'
import { configAsFile } from '../config.js'
import { readBundles, readStdinStream, type ReadStdin } from './read-input.js'
import { writeFileAtomic } from './write-output.js'
import { describeChecks } from './describe-checks.js'
import { readDecisions, reviewFileFor, withDismissed } from './review-file-io.js'
import { serializeReviewFile } from '../review/review-file.js'
import { scoreVariant } from '../score/index.js'

export interface Io {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly isTTY: boolean
  /** stdin's bytes for the input `-`; default: process.stdin read as a stream */
  readonly readStdin?: ReadStdin
}

interface InputFlags extends ConfigFlags {
  readonly reference?: string
  readonly verbose?: boolean
  readonly printConfig?: boolean
}

const INPUT_HELP = 'a bundle folder, a .jsonl file of bundles (- for stdin), or variant files after --reference; none: the bundled story'

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code = 0
  const program = new Command('mtaudit')
    .description('Audits machine-translated news: aligns variants to the reference wire text, finds garble, scores it.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .showHelpAfterError(false)

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

  withInputs(program.command('review', { isDefault: true }).description('interactive review on a terminal; without one, the text report'))
    .action(async (inputs: string[], flags: InputFlags) => {
      if (flags.printConfig) return void (code = printConfig(flags, io))
      const spec = { inputs, ...flags }
      const bundles = await readBundles(spec, io.readStdin ?? readStdinStream)
      const reviewFile = reviewFileFor(spec, bundles)
      const decisions = readDecisions(reviewFile)
      const { config } = buildConfig(flags)
      if (!io.isTTY) {
        // the Ink review needs a terminal: piped or in CI, print the text report and answer with the gate's code
        const result = audit(bundles, withDismissed(config, decisions))
        io.stdout(REPORTERS.text(result, { verbose: flags.verbose ?? false }))
        code = gateExitCode(result)
        return
      }
      if (reviewFile === null) io.stderr('mtaudit: decisions are not saved: review one input to keep them in its review file\n')
      // loaded only here: `check` never pays for React and Ink. React's development build (the default when
      // NODE_ENV is unset) draws a frame several times slower, and nobody debugs React in a review session.
      process.env['NODE_ENV'] ??= 'production'
      const { colorFromEnv, runReview } = await import('../ui/run-review.js')
      // every finding is shown, dismissed ones marked, so a dismissal can be undone; scores leave them out
      await runReview(audit(bundles, config), {
        decisions,
        saveDecisions: (next) => {
          if (reviewFile !== null) writeFileAtomic(reviewFile, serializeReviewFile(next))
        },
        color: colorFromEnv(process.env),
        rescore: (variant, kept) => scoreVariant(variant.analyzed, kept, config, { fidelityPenalties: variant.fidelityPenalties }),
      })
    })

  withInputs(program.command('check').description('the CI gate: report and exit 1 when a variant fails'))
    .addOption(new Option('--format <format>', 'text|json|junit|sarif|github').default('text'))
    .option('--output <file>', 'write the report to a file (replaced atomically) instead of stdout')
    .option('--baseline <report.json>', 'a previous JSON report: fail only on new findings and on scores that fell')
    .action(async (inputs: string[], flags: InputFlags & { format: string; output?: string }) => {
      const format = parseFormat(flags.format)
      if (flags.printConfig) return void (code = printConfig(flags, io))
      const spec = { inputs, ...flags }
      const bundles = await readBundles(spec, io.readStdin ?? readStdinStream)
      // findings an editor dismissed in `mtaudit review` stay out of the gate
      const result = audit(bundles, withDismissed(buildConfig(flags).config, readDecisions(reviewFileFor(spec, bundles))))
      const report = REPORTERS[format](result, { verbose: flags.verbose ?? false })
      if (flags.output !== undefined) writeFileAtomic(flags.output, report)
      else io.stdout(report)
      code = gateExitCode(result)
    })

  program
    .command('checks')
    .argument('[id]', 'a check id: explain that check')
    .description('list the checks, or explain one')
    .action((id: string | undefined) => {
      io.stdout(describeChecks(CHECKS, id))
    })

  try {
    await program.parseAsync(argv, { from: 'user' })
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, successfully
      if (error.exitCode === 0) return 0
      io.stderr(`mtaudit: ${error.message.replace(/^error: /, '')} (see mtaudit --help)\n`)
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
function printConfig(flags: ConfigFlags, io: Io): number {
  const { config, file } = buildConfig(flags)
  io.stdout(`${JSON.stringify(configAsFile(config), null, 2)}\n`)
  io.stderr(`mtaudit: config: ${file ?? `none (defaults; no ${CONFIG_FILE_NAME} here or above)`}\n`)
  return 0
}
