import path from 'node:path';
import { existsSync } from 'node:fs';
import { Command, Option, CommanderError, InvalidArgumentError } from 'commander';
// Commands load their implementation when run: a no-op build must start in well under a second.
import type { BuildOptions } from '../model/build-options.js';
import { buildResolved, resolveBuildOptions, runCheck } from '../api.js';
import { StudyguideError } from '../errors.js';
import { choiceNamed, DEFAULT_CONTENT, optionEntries, watchOptionsSchema, type OptionEntry } from '../model/option-schema.js';
import { flagValues, type LoadedConfig } from '../config/config.js';
import { entryByKey } from '../config/validate-options.js';
import { packageVersion } from '../package-version.js';
import { nameStdin, nameStdinError, nameStdinResult, saveStdinDeck, STDIN_PATH } from '../content/stdin-deck.js';
import { createBuildReporter, formatCheckReport, formatError, printable } from './terminal.js';
import type { Verbosity } from '../model/verbosity.js';
import { initDeckFolder, nextStep } from './init.js';
import { refuseRepeatedValues } from './repeated-flags.js';
import { createWatchReporter } from '../watch/watch-report.js';
import { commandInputs, commandRecord } from '../cache/command-record.js';

/** A commander option from its one declaration in model/option-schema.ts. */
function toCommanderOption(entry: OptionEntry): Option {
  // List flags take `a,b`: their entries are checked against the choices by the option schema.
  const listChoices = entry.kind === 'list' && entry.choices ? ` (any of: ${entry.choices.join(', ')})` : '';
  const option = new Option(entry.flag, entry.description + listChoices);
  // Read whatever the capitals (`--paper A4`): the choices are listed for help, checked here.
  const { choices } = entry;
  if (choices && entry.kind !== 'list')
    option.choices(choices).argParser((value: string) => {
      const named = choiceNamed(choices, value);
      if (named === undefined) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
      return named;
    });
  // Numbers are shown as typed on the command line, where they arrive as text.
  if (entry.default !== undefined && entry.default !== false) option.default(entry.kind === 'integer' ? String(entry.default) : entry.default);
  return option;
}

/** A build option's commander option, by key (for commands that take only some). */
function commanderOption(key: string): Option {
  const entry = entryByKey.get(key);
  if (!entry) throw new Error(`no build option "${key}"`);
  return toCommanderOption(entry);
}

/**
 * Builds the command-line program; option lists and help come from the same definitions.
 * `args`, the arguments it is about to parse, are recorded with a build so the same line can
 * start faster next time (start.ts); without them nothing is recorded.
 */
export function createProgram(setExit: (code: number) => void, args: string[] = []): Command {
  const program = new Command('studyguide')
    .description('Turn markdown interview-question decks into a printable study guide and cheat cards (HTML + PDF).')
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--config <file>', 'config file (default: studyguide.config.{json,yaml,yml,mjs,js} or package.json "studyguide", searched up to the project root)')
    .option('--no-config', 'read no config file')
    .option('-q, --quiet', 'print only errors')
    .option('-v, --verbose', 'also print the config file, the options in effect and warning codes')
    .option('--debug', 'print stack traces for unexpected errors')
    // Set before the commands are added, which inherit it.
    .configureOutput({ outputError: (text, write) => write(oneLineError(text)) })
    .exitOverride();

  const buildCommand = program
    .command('build')
    .description('build the guide and cards of each deck into the output folder')
    .argument('[paths...]', 'deck files, folders of decks or globs ("decks/**/*.md"); - reads one deck from standard input', [DEFAULT_CONTENT])
    .option('--name <slug>', 'output folder name of the deck read from standard input (default: its title)');
  for (const entry of optionEntries()) buildCommand.addOption(toCommanderOption(entry));
  buildCommand.action(async (paths: string[], o: Record<string, unknown>, cmd: Command) => {
    const globals = cmd.optsWithGlobals();
    const stdin = paths.includes(STDIN_PATH) ? await saveStdinDeck(process.stdin, o.name as string | undefined) : undefined;
    try {
      const deckPaths = paths.map((p) => (p === STDIN_PATH && stdin ? stdin.file : p));
      const inputs = commandInputs(configChoice(globals));
      const { opts, config } = await optionsFromCommand(cmd, deckPaths);
      const reporter = createBuildReporter({ out: process.stdout, err: process.stderr }, verbosity(globals), { debug: !!globals.debug });
      const details = [`config: ${config.file ?? 'none (defaults)'}`, `options: ${describeOptions(opts)}`];
      for (const line of details) reporter.detail(line);
      // The same line run again starts from this record, without commander and zod (start.ts).
      const command =
        stdin || !args.length
          ? undefined
          : commandRecord({ args, opts, config: config.file, verbosity: verbosity(globals), debug: !!globals.debug, details }, inputs);
      const result = await buildResolved(opts, { onEvent: (e) => reporter.event(stdin ? nameStdin(e, stdin.file) : e), config: config.file, command }).catch(
        (err: unknown) => {
          throw stdin ? nameStdinError(err, stdin.file) : err;
        },
      );
      reporter.summary(result);
      if (result.failed.length) setExit(1);
    } finally {
      await stdin?.remove();
    }
  });

  const watchCommand = program
    .command('watch')
    .description("serve each deck's guide on 127.0.0.1 with live reload on save; PDFs rebuild once edits pause")
    .argument('[paths...]', 'deck files or folders of decks', [DEFAULT_CONTENT]);
  for (const entry of [...optionEntries(), ...optionEntries(watchOptionsSchema)]) watchCommand.addOption(toCommanderOption(entry));
  watchCommand.action(async (paths: string[], o: Record<string, unknown>, cmd: Command) => {
    const globals = cmd.optsWithGlobals();
    const { opts, config } = await optionsFromCommand(cmd, paths);
    const report = createWatchReporter({ out: process.stdout, err: process.stderr }, verbosity(globals), { debug: !!globals.debug });
    const { watch } = await import('../watch/watch.js');
    // Saving the config file mid-watch applies it (the flags still win); a broken one is said and the last good stays.
    const reload = async () => (await optionsFromCommand(cmd, paths)).opts;
    const watched = config.file ? { file: path.resolve(config.file), reload } : undefined;
    const session = await watch({ build: opts, port: parsePort(o.port), pdf: o.pdf !== false, config: watched }, report);
    await session.closed;
  });

  program
    .command('check')
    .description('lint decks without a browser: duplicates, missing card answers, long cards, broken links, unknown keys')
    .argument('[paths...]', 'deck files, folders of decks or globs; - reads one deck from standard input', [DEFAULT_CONTENT])
    .option('--json', 'print the findings as JSON')
    .addOption(commanderOption('cardSize'))
    .addOption(commanderOption('recursive'))
    .addOption(commanderOption('layout'))
    .action(async (paths: string[], o: Record<string, unknown>, cmd: Command) => {
      const globals = cmd.optsWithGlobals();
      const given: Record<string, unknown> = {};
      for (const key of ['cardSize', 'recursive', 'layout']) if (cmd.getOptionValueSource(key) === 'cli') given[key] = o[key];
      const stdin = paths.includes(STDIN_PATH) ? await saveStdinDeck(process.stdin) : undefined;
      let result;
      try {
        const deckPaths = paths.map((p) => (p === STDIN_PATH && stdin ? stdin.file : p));
        result = await runCheck({ paths: deckPaths, config: configChoice(globals) }, flagValues(given));
      } finally {
        await stdin?.remove();
      }
      if (stdin) result = nameStdinResult(result, stdin.file);
      if (o.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else process.stdout.write(formatCheckReport(result, verbosity(globals), process.stdout));
      if (result.errors > 0) setExit(1);
    });

  program
    .command('ids')
    .description('add an "Id:" line to every question that lacks one (its current note id), so flashcard apps keep its history when it is reworded')
    .argument('<paths...>', 'deck files or folders of decks')
    .action(async (paths: string[], _o: unknown, cmd: Command) => {
      const { addIdsToFile } = await import('../content/add-ids.js');
      const { findDeckFiles } = await import('../content/deck-files.js');
      const globals = cmd.optsWithGlobals();
      // Each deck on its own: one that fails is reported and the others still get their ids (it stopped at the first).
      for (const file of await findDeckFiles(paths)) {
        const done = await addIdsToFile(file).catch((err: unknown) => {
          process.stderr.write(`${formatError(err, !!globals.debug)}\n`);
          setExit(err instanceof StudyguideError ? err.exitCode : 1);
        });
        if (done && verbosity(globals) !== 'quiet')
          process.stdout.write(
            `  ${printable(file)}: ${done.added ? `${done.added} Id line${done.added === 1 ? '' : 's'} added` : 'every question has an Id'}\n`,
          );
      }
    });

  program
    .command('import')
    .description('write question banks (any layout build reads, CSV/TSV, Anki notes export) as decks in our format')
    .argument('<files...>', 'bank files to import')
    .option('-o, --out <deck.md>', 'the deck file to write (one input file)')
    .option('--out-dir <dir>', 'folder to write one deck per input file into')
    .option('--force', 'write over a deck file that is already there')
    .addOption(commanderOption('layout'))
    .action(async (files: string[], o: Record<string, unknown>, cmd: Command) => {
      const { runImport } = await import('../import/run-import.js');
      // `--layout` given beats a bank's front matter `layout:`; its default (auto) does not.
      const layout = cmd.getOptionValueSource('layout') === 'cli' ? (o.layout as string) : undefined;
      const done = await runImport(files, { out: o.out as string | undefined, outDir: o.outDir as string | undefined, layout, force: o.force === true });
      const quiet = verbosity(cmd.optsWithGlobals()) === 'quiet';
      for (const { imported, written } of done) {
        // A bank's cells and file names are its author's text: written out where they hold controls (terminal.ts).
        if (!quiet) for (const d of imported.diagnostics) process.stderr.write(`${printable(`${d.file}:${d.line}`)}: warning: ${printable(d.message)}\n`);
        if (!quiet) process.stdout.write(`${printable(imported.file)} → ${printable(written)}: ${printable(imported.summary)}\n`);
      }
    });

  program
    .command('init')
    .description('start a deck folder: an example deck showing every feature, a config file and a README (never overwrites)')
    .argument('[dir]', 'folder to create or fill', '.')
    .action(async (dir: string, _o: unknown, cmd: Command) => {
      const { written, kept } = await initDeckFolder(dir);
      if (verbosity(cmd.optsWithGlobals()) === 'quiet') return;
      for (const f of written) process.stdout.write(`  created ${f}\n`);
      for (const f of kept) process.stdout.write(`  kept    ${f} (exists; not overwritten)\n`);
      process.stdout.write(`next: ${nextStep(dir)}\n`);
    });
  refuseRepeatedValues(program);
  return program;
}

/** `--port N`: a whole number from 0 (any free port) to 65535. */
function parsePort(value: unknown): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new StudyguideError(`--port must be a whole number from 0 to 65535, not "${String(value)}"`, {
      hint: 'for example --port 4000, or --port 0 for any free port',
    });
  return port;
}

/** defaults < config file < flags actually typed: commander's defaults never override the config. */
export async function optionsFromCommand(cmd: Command, paths: string[]): Promise<{ opts: BuildOptions; config: LoadedConfig }> {
  const o = cmd.opts();
  const given: Record<string, unknown> = {};
  for (const entry of optionEntries()) {
    const name = cmd.options.find((opt) => opt.flags === entry.flag)?.attributeName();
    if (name && cmd.getOptionValueSource(name) === 'cli') given[entry.key] = o[name];
  }
  const { options, config } = await resolveBuildOptions({ paths, config: configChoice(cmd.optsWithGlobals()) }, flagValues(given));
  return { opts: options, config };
}

/** `--config FILE`, `--no-config` (false), or neither (search). */
function configChoice(globals: Record<string, unknown>): string | false | undefined {
  return globals.config === false ? false : typeof globals.config === 'string' ? globals.config : undefined;
}

/** --quiet / --verbose from the parsed global flags. */
export function verbosity(globals: Record<string, unknown>): Verbosity {
  return globals.quiet ? 'quiet' : globals.verbose ? 'verbose' : 'normal';
}

function describeOptions(opts: object): string {
  return Object.entries(opts)
    .filter(([k, v]) => v !== undefined && k !== 'paths' && k !== 'flagKeys')
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
}

/**
 * Commander's own errors as one line: it puts its suggestion on a second one
 * ("error: unknown option '--ouputs'⏎(Did you mean --outputs?)").
 */
function oneLineError(text: string): string {
  // A deck file whose name starts with a dash reads as a flag: say how to pass it as a file.
  const flag = /^error: unknown option '(-[^']*)'\s*$/.exec(text.trim())?.[1];
  if (flag && existsSync(flag))
    return `error: unknown option '${printable(flag)}' — to read the file of that name, write ./${printable(flag)} (or put -- before it)\n`;
  return `${text
    .trimEnd()
    .replace(/\s*\n\(Did you mean (.+?)\?\)$/, ' — did you mean $1?')
    .replace(/\s*\n\s*/g, ' ')}\n`;
}

/** Runs the command line through commander (start.ts, the entry, comes here for all but a recalled build); returns the exit code (0 ok, 1 bad input, 2 broken environment). */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = createProgram((c) => (code = Math.max(code, c)), argv.slice(2));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    process.stderr.write(`${formatError(error, argv.includes('--debug'))}\n`);
    return error instanceof StudyguideError ? error.exitCode : 1;
  }
}
