// argv → command. commander parses; each action returns the exit code. Nothing here decides audit results.
import { Command, CommanderError, Option } from 'commander'
import { audit } from '../audit.js'
import { CHECKS } from '../checks/index.js'
import { InputError } from '../errors.js'
import { REPORTERS } from '../report/index.js'
import { gateExitCode } from '../report/summary.js'
import { VERSION } from '../signature.js'
import { buildConfig, parseFormat, type ConfigFlags } from './options.js'
import { readBundles } from './read-input.js'
import { writeFileAtomic } from './write-output.js'
import { describeChecks } from './describe-checks.js'

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
      const result = audit(readBundles({ inputs, ...flags }), buildConfig(flags))
      // the Ink review needs a terminal: piped or in CI, print the text report and answer with the gate's code
      io.stdout(REPORTERS.text(result, { verbose: flags.verbose ?? false }))
      code = gateExitCode(result)
    })

  withInputs(program.command('check').description('the CI gate: report and exit 1 when a variant fails'))
    .addOption(new Option('--format <format>', 'text|json|junit|sarif|github').default('text'))
    .option('--output <file>', 'write the report to a file (replaced atomically) instead of stdout')
    .option('--baseline <report.json>', 'a previous JSON report: fail only on new findings and on scores that fell')
    .action(async (inputs: string[], flags: InputFlags & { format: string; output?: string }) => {
      const format = parseFormat(flags.format)
      const result = audit(readBundles({ inputs, ...flags }), buildConfig(flags))
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
