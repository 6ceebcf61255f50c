// argv → command. commander parses; each action returns the exit code. Nothing here decides audit results.
import { Command, CommanderError, Option } from 'commander'
import { InputError } from '../errors.js'
import { VERSION } from '../version.js'
import type { ConfigFlags } from './options.js'

export interface Io {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly isTTY: boolean
}

interface InputFlags extends ConfigFlags {
  readonly reference?: string
  readonly verbose?: boolean
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
      .option('--config <file>', 'a JSON config file (minScore, failOn, only, disable, aliases)')
      .option('--min-score <n>', 'a variant fails under this score (0–100; default 80)')
      .option('--fail-on <severity>', 'a variant fails on a finding of this severity or worse: minor|major|critical|none (default critical)')
      .option('--verbose', 'list neutral findings (boilerplate) too')

  withInputs(program.command('review', { isDefault: true }).description('interactive review on a terminal; without one, the text report'))
    .action(async (inputs: string[], flags: InputFlags) => {
      const { audit, buildConfig, gateExitCode, readBundles, readDecisions, REPORTERS, reviewFileFor, scoreVariant, serializeReviewFile, withDismissed, writeFileAtomic } = await import('./commands.js')
      const spec = { inputs, ...flags }
      const bundles = readBundles(spec)
      const reviewFile = reviewFileFor(spec, bundles)
      const decisions = readDecisions(reviewFile)
      const config = buildConfig(flags)
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
      const { audit, buildConfig, gateExitCode, parseFormat, readBundles, readDecisions, REPORTERS, reviewFileFor, withDismissed, writeFileAtomic } = await import('./commands.js')
      const format = parseFormat(flags.format)
      const spec = { inputs, ...flags }
      const bundles = readBundles(spec)
      // findings an editor dismissed in `mtaudit review` stay out of the gate
      const result = audit(bundles, withDismissed(buildConfig(flags), readDecisions(reviewFileFor(spec, bundles))))
      const report = REPORTERS[format](result, { verbose: flags.verbose ?? false })
      if (flags.output !== undefined) writeFileAtomic(flags.output, report)
      else io.stdout(report)
      code = gateExitCode(result)
    })

  program
    .command('checks')
    .argument('[id]', 'a check id: explain that check')
    .description('list the checks, or explain one')
    .action(async (id: string | undefined) => {
      const { CHECKS, describeChecks } = await import('./commands.js')
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
