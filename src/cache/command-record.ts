import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BuildOptions } from '../model/build-options.js';
import type { Verbosity } from '../model/verbosity.js';
import { codeFingerprint } from './cache-inputs.js';
import { readRecord } from './cache-record.js';
import { CONFIG_FILES, configInputs, FOLDER_KEYS, pathsState } from '../config/config-files.js';

// A build command line is remembered with the build it ran (build-memo.ts keeps it in out/'s
// record), so that the same line run again can skip the command-line parser and the option
// schema (commander and zod: most of a no-op rebuild's start-up) and build with the options it
// resolved to last time. Those options are only reused when everything they were resolved from
// is as it was: the arguments, the working folder, our code, and every file that decides which
// config file is read and what it says.

/** What a build command line resolved to, and what that depended on. */
export interface CommandRecord {
  /** The arguments after `studyguide`, as typed. */
  args: string[];
  cwd: string;
  /** Our code (cache-inputs.ts): another version may read the same line otherwise. */
  code: string;
  /** The paths that decide the config file and its contents (config-files.ts), and their state. */
  configInputs: string[];
  configState: string;
  /** The config file as the build reported it. */
  config?: string;
  opts: BuildOptions;
  verbosity: Verbosity;
  debug: boolean;
  /** The lines --verbose prints before the build (config file, options in effect). */
  details: string[];
}

/** What a command line's options will be resolved from, taken before they are. */
export type CommandInputs = Pick<CommandRecord, 'cwd' | 'code' | 'configInputs' | 'configState'>;

/** The state of our code and config inputs now: taken before the options are resolved, so an edit made meanwhile is never recorded as their source. */
export function commandInputs(configChoice: string | false | undefined, cwd = process.cwd()): CommandInputs {
  const configInputsNow = configInputs(cwd, configChoice);
  return { cwd, code: codeFingerprint(), configInputs: configInputsNow, configState: pathsState(configInputsNow) };
}

/** The record of a command line that resolved to `fields.opts`; undefined when it may not be reused. */
export function commandRecord(fields: Omit<CommandRecord, keyof CommandInputs>, inputs: CommandInputs): CommandRecord | undefined {
  // A config module is code: what it exports may depend on anything, so its options are never reused.
  if (fields.config && /\.[cm]?js$/i.test(fields.config)) return undefined;
  return { ...fields, ...inputs };
}

/**
 * The record of this very command line, when the build it ran last into its output folder can
 * stand for it: same arguments, folder, code and config inputs, and the folders its options name
 * still there (else the full command reports them). Undefined otherwise; the caller then runs
 * the full command line.
 */
export async function recalledCommand(args: string[], cwd = process.cwd()): Promise<CommandRecord | undefined> {
  if (!args.includes('build') || args.includes('-')) return undefined;
  const outDir = outDirGuess(args, cwd);
  const command = (await readRecord<{ command?: CommandRecord }>(outDir))?.extra?.command;
  if (!command || command.cwd !== cwd || !sameArgs(command.args, args)) return undefined;
  if (path.resolve(cwd, command.opts.outDir) !== outDir) return undefined;
  if (command.code !== codeFingerprint() || command.configState !== pathsState(command.configInputs)) return undefined;
  if (FOLDER_KEYS.some((key) => command.opts[key] && !existsSync(command.opts[key]))) return undefined;
  // The record lies in the output folder, where a file can be planted: options naming a program
  // to run are only ever taken from the command line and config file themselves.
  if (command.opts.browserPath !== undefined) return undefined;
  return command;
}

const sameArgs = (a: unknown, b: string[]) => Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Where the line's output folder is, read without the parser: the last `-o`/`--out`, else a
 * JSON config's `outDir`, else `out`. Only a guess: the record found there must name this very
 * line, and the folder it resolved to must be this one.
 */
function outDirGuess(args: string[], cwd: string): string {
  const out = lastValue(args, ['-o', '--out']);
  if (out !== undefined) return path.resolve(cwd, out);
  const given = lastValue(args, ['--config']);
  const config = args.includes('--no-config') ? undefined : given !== undefined ? path.resolve(cwd, given) : foundConfig(cwd);
  const fromConfig = config && path.extname(config) === '.json' ? jsonOutDir(config) : undefined;
  return fromConfig ? path.resolve(path.dirname(config!), fromConfig) : path.resolve(cwd, 'out');
}

/** The value of the last of these flags (`-o x`, `-ox`, `--out x`, `--out=x`), up to `--`. */
function lastValue(args: string[], flags: string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    const arg = args[i];
    const long = flags.find((f) => f.startsWith('--') && arg.startsWith(`${f}=`));
    if (flags.includes(arg)) value = args[++i];
    else if (long) value = arg.slice(long.length + 1);
    else if (flags.some((f) => !f.startsWith('--') && arg.startsWith(f) && arg.length > f.length)) value = arg.slice(2);
  }
  return value;
}

/** The first config file the search would find (a package.json only with a "studyguide" key). */
function foundConfig(cwd: string): string | undefined {
  for (const file of configInputs(cwd, undefined)) {
    if (!CONFIG_FILES.includes(path.basename(file)) || !existsSync(file)) continue;
    if (path.basename(file) !== 'package.json' || jsonValue(file)?.studyguide !== undefined) return file;
  }
  return undefined;
}

/** A JSON config's `outDir` (package.json's under "studyguide"). */
function jsonOutDir(file: string): string | undefined {
  const data = jsonValue(file);
  const options = path.basename(file) === 'package.json' ? data?.studyguide : data;
  const outDir = (options as Record<string, unknown> | undefined)?.outDir;
  return typeof outDir === 'string' ? outDir : undefined;
}

/** A regular file's JSON object (nothing else is opened: a FIFO must not hang the start-up). */
function jsonValue(file: string): Record<string, unknown> | undefined {
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
