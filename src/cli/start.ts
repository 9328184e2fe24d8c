// The command's entry (bin/studyguide.js). A build command line run before, with nothing its
// options came from changed (command-record.ts), builds at once with the options it resolved
// to: commander and zod, most of a no-op rebuild's start-up, are never loaded. Every other line
// goes through cli.ts. Both print the same and exit with the same codes.
import { recalledCommand, type CommandRecord } from '../cache/command-record.js';
import { StudyguideError } from '../errors.js';
import { createBuildReporter, formatError } from './terminal.js';
import { packageVersion } from '../package-version.js';
import { mark } from '../timeline.js';

/** Runs the command line and returns the exit code (0 ok, 1 bad input, 2 broken environment). */
export async function start(argv: string[]): Promise<number> {
  mark('cli start');
  const args = argv.slice(2);
  // What commander prints for these, without loading it.
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  // A record that cannot be read is no answer: the full command line says what is wrong.
  const command = await recalledCommand(args).catch(() => undefined);
  if (!command) return (await import('./cli.js')).main(argv);
  return buildRecalled(command);
}

/** What cli.ts's build command does once its options are resolved. */
async function buildRecalled(command: CommandRecord): Promise<number> {
  try {
    const reporter = createBuildReporter({ out: process.stdout, err: process.stderr }, command.verbosity, { debug: command.debug });
    for (const line of command.details) reporter.detail(line);
    const { buildResolved } = await import('../api.js');
    const result = await buildResolved(command.opts, { onEvent: (e) => reporter.event(e), config: command.config, command });
    reporter.summary(result);
    return result.failed.length ? 1 : 0;
  } catch (error) {
    process.stderr.write(`${formatError(error, command.args.includes('--debug'))}\n`);
    return error instanceof StudyguideError ? error.exitCode : 1;
  }
}
