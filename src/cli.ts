import { Command, Option, CommanderError } from 'commander';
import { build, DEFAULT_CONTENT, relative, type BuildEvent, type BuildOptions } from './build.js';
import { StudyguideError } from './errors.js';
import { BUILD_OPTION_SPECS, type OptionSpec } from './options.js';

/** A commander option from its one declaration in options.ts. */
function toCommanderOption(spec: OptionSpec): Option {
  const option = new Option(spec.flag, spec.description);
  if (spec.choices) option.choices(spec.choices);
  if (spec.default !== undefined && spec.default !== false) option.default(spec.default);
  return option;
}

/** Prints one build event as one line. */
function report(e: BuildEvent, out: NodeJS.WriteStream, err: NodeJS.WriteStream): void {
  if (e.type === 'output') {
    const pages = e.pages !== undefined ? `${e.pages} page${e.pages === 1 ? '' : 's'}, ` : '';
    out.write(`  ${relative(e.file)}  ${pages}${formatBytes(e.bytes)}${e.ms ? `, ${(e.ms / 1000).toFixed(1)} s` : ''}\n`);
  } else if (e.type === 'warning') {
    const d = e.diagnostic;
    err.write(`${d.file}:${d.line}: warning: ${d.message}\n`);
  } else {
    err.write(`${formatError(e.error)}\n`);
  }
}

function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1048576).toFixed(1)} MB`;
}

function formatError(error: unknown, debug = false): string {
  if (error instanceof StudyguideError) return `error: ${error.format()}`;
  if (debug && error instanceof Error) return `error: ${error.stack}`;
  return `error: ${error instanceof Error ? error.message : String(error)} — run with --debug for details`;
}

/** Builds the command-line program; option lists and help come from the same definitions. */
export function createProgram(setExit: (code: number) => void): Command {
  const program = new Command('studyguide')
    .description('Turn markdown interview-question decks into a printable study guide and cheat cards (HTML + PDF).')
    .option('--debug', 'print stack traces for unexpected errors')
    .exitOverride();

  const buildCommand = program
    .command('build')
    .description('build the guide and cards of each deck into the output folder')
    .argument('[paths...]', 'deck files or folders of decks', [DEFAULT_CONTENT]);
  const options = BUILD_OPTION_SPECS.map((spec) => ({ spec, option: toCommanderOption(spec) }));
  for (const { option } of options) buildCommand.addOption(option);
  buildCommand.action(async (paths: string[], o: Record<string, unknown>) => {
      const values = Object.fromEntries(options.map(({ spec, option }) => [spec.key, o[option.attributeName()]]));
      const result = await build({ ...(values as Omit<BuildOptions, 'paths'>), paths }, (e) => report(e, process.stdout, process.stderr));
      if (result.failed.length) {
        process.stderr.write(`${result.failed.length} of ${result.failed.length + result.built.length} decks failed; earlier outputs of those decks were left as they were\n`);
        setExit(1);
      }
    });
  return program;
}

/** Entry point: runs the CLI and returns the exit code (0 ok, 1 bad input, 2 broken environment). */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = createProgram((c) => (code = Math.max(code, c)));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    process.stderr.write(`${formatError(error, argv.includes('--debug'))}\n`);
    return error instanceof StudyguideError ? error.exitCode : 1;
  }
}
