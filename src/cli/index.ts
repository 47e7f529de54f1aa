// yargs wiring: commands are modules collected in one array; errors become one line and an
// exit code (src/errors.ts), anything unexpected prints its stack as a bug.
import yargs from 'yargs';
import { EXIT, isKnownError } from '../errors.js';
import { commands } from './commands/index.js';
import { STDIN } from './source.js';

export async function run(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
  try {
    // yargs reads a lone '-' as an empty flag; pass standard input through as a token it keeps.
    const parser = yargs(argv.map((a) => (a === '-' ? STDIN : a)))
      .scriptName('soundbite')
      .usage('$0 [command]\n\nTurn interview and briefing transcripts into quote cards and fact cards.\nWith no command, makes cards from the bundled example transcript.')
      .command(commands as never)
      .option('debug', { type: 'boolean', describe: 'Print stack traces for every error', global: true })
      .strict()
      .recommendCommands()
      .help()
      .alias('h', 'help')
      .version()
      .wrap(Math.min(100, process.stdout.columns || 100))
      .exitProcess(false)
      .fail((message, error) => {
        throw error ?? new UsageError(message);
      });
    const parsed = await parser.parseAsync();
    exitCode = typeof parsed.exitCode === 'number' ? parsed.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`soundbite: ${e.message}\nRun 'soundbite --help' for usage.\n`);
      return EXIT.fatal;
    }
    if (isKnownError(e) && !debug) {
      process.stderr.write(`soundbite: ${e.message}\n`);
      return typeof e.exitCode === 'number' ? e.exitCode : EXIT.fatal;
    }
    process.stderr.write(`soundbite: unexpected error (a bug — please report it):\n${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.fatal;
  }
  return exitCode;
}

class UsageError extends Error {}
