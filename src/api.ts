// The programmatic API (exported by src/index.ts) and the layer the CLI stands on: options are
// filled and validated here, the work is done by build-memo.ts / build.ts and check/, and
// nothing here prints or exits. Heavy modules load on first call, so the CLI starts fast; the
// option schema (zod) too, so a repeated command (command-record.ts) builds without it.
import path from 'node:path';
import type { BuildEvent, BuildOptions as ResolvedOptions } from './model/build-options.js';
import type { CheckResult } from './check/check-deck.js';
import type { Diagnostic, Deck } from './model/deck.js';
import type { LoadedConfig } from './config/config.js';
import type { OptionValues } from './config/validate-options.js';
import type { CommandRecord } from './cache/command-record.js';
import { abortedError, StudyguideError } from './errors.js';

/** Where a build or check finds its config file. */
export interface ConfigChoice {
  /**
   * A config file to read, or `false` for none. By default the first of studyguide.config.json,
   * .yaml, .yml, .mjs, .js or package.json's "studyguide" key is used, searched from the working
   * folder up to the project root (the nearest folder with package.json or .git).
   */
  config?: string | false;
}

/** `build()`'s options: any build option (defaults filled in), the paths, and how to follow along. */
export interface BuildOptions extends Partial<Omit<ResolvedOptions, 'paths' | 'flagKeys'>>, ConfigChoice {
  /** Deck files, folders and globs (`decks/**\/*.md`); default: `content`. */
  paths?: string[];
  /** Called with every event as the build goes: decks found, each output written, warnings, failed decks. */
  onEvent?: (event: BuildEvent) => void;
  /** Aborting stops the build between steps, closes the browser and rejects with code `aborted`. */
  signal?: AbortSignal;
}

/** One file a build wrote (or found up to date). */
export interface BuiltFile {
  /** The deck's slug (its output folder); empty for files of no single deck (index.html). */
  deck: string;
  path: string;
  /** Pages, for PDFs. */
  pages?: number;
  bytes: number;
  /** Time spent making it; 0 when it was up to date. */
  ms: number;
  /** True when the file was up to date and not made again. */
  cached: boolean;
  /** What the file's reader should know that its size does not say, e.g. a cheat sheet's "needs 3 pages: …". */
  note?: string;
}

/** What `build()` resolves with. A deck that fails does not stop the others: it is in `failed`. */
export interface BuildResult {
  /** The deck files the paths expanded to. */
  decks: string[];
  /** Slugs of the decks built (or up to date). */
  built: string[];
  failed: { file: string; error: StudyguideError | Error }[];
  outputs: BuiltFile[];
  warnings: Diagnostic[];
  /** The config file used, if any. */
  config?: string;
  ms: number;
}

/** Keys of BuildOptions that are not build options. */
const CALL_KEYS = ['paths', 'config', 'onEvent', 'signal'] as const;

/** Reads the config file as `build()` and `check()` would: `config` names one, `false` reads none. */
export async function loadConfig(choice: ConfigChoice & { cwd?: string } = {}): Promise<LoadedConfig> {
  const { config, cwd = process.cwd() } = choice;
  const { readConfigFile } = await import('./config/config.js');
  return readConfigFile(typeof config === 'string' ? config : undefined, cwd, config !== false);
}

/**
 * The options a build runs with: defaults < config file < the options given (which, like
 * command-line flags, a deck's front matter does not override). Given options are validated
 * with the one option schema; a bad one throws a StudyguideError naming it.
 */
export async function resolveBuildOptions(options: BuildOptions = {}, given?: OptionValues): Promise<{ options: ResolvedOptions; config: LoadedConfig }> {
  const config = await loadConfig(options);
  const values = given ?? (await optionValues(options));
  const { DEFAULT_CONTENT } = await import('./model/option-schema.js');
  const { resolveOptions } = await import('./config/config.js');
  const paths = options.paths?.length ? options.paths : [DEFAULT_CONTENT];
  return { options: resolveOptions(paths, config.values, values), config };
}

/** The build options among an API call's options, validated (`option "cardSize" must be one of …`). */
async function optionValues(options: BuildOptions): Promise<OptionValues> {
  const { validateOptions } = await import('./config/validate-options.js');
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) if (value !== undefined && !(CALL_KEYS as readonly string[]).includes(key)) raw[key] = value;
  return validateOptions(raw, { file: '', lineOf: () => undefined, name: (k) => `"${k}"` });
}

/**
 * Builds the guide, cards and other outputs of every deck. Never prints and never exits: progress
 * goes to `onEvent`, the outcome is the result. Rejects with a StudyguideError (code, file,
 * line, hint) when the build cannot run at all: a bad option or config, a missing path, no
 * browser (code `no-browser`), or an abort (code `aborted`).
 */
export function build(options: BuildOptions = {}): Promise<BuildResult> {
  return runBuild(options);
}

/** build(), with option values the caller already validated (the CLI's flags, named as flags in messages). */
export async function runBuild(options: BuildOptions, given?: OptionValues): Promise<BuildResult> {
  const started = Date.now();
  if (options.signal?.aborted) throw abortedError();
  const { options: opts, config } = await resolveBuildOptions(options, given);
  return buildResolved(opts, { onEvent: options.onEvent, signal: options.signal, config: config.file, started });
}

/** Builds with options already resolved (the CLI prints them first); collects the result from the events. */
export async function buildResolved(
  opts: ResolvedOptions,
  {
    onEvent,
    signal,
    config,
    started = Date.now(),
    command,
  }: { onEvent?: (e: BuildEvent) => void; signal?: AbortSignal; config?: string; started?: number; command?: CommandRecord },
): Promise<BuildResult> {
  const result: BuildResult = { decks: [], built: [], failed: [], outputs: [], warnings: [], config, ms: 0 };
  const collect = (e: BuildEvent) => {
    if (e.type === 'decks') result.decks = e.files;
    else if (e.type === 'output')
      result.outputs.push({ deck: e.deck, path: e.file, pages: e.pages, bytes: e.bytes, ms: e.ms, cached: !!e.cached, ...(e.note ? { note: e.note } : {}) });
    else if (e.type === 'warning') result.warnings.push(e.diagnostic);
    onEvent?.(e);
  };
  const { buildUnlessFresh } = await import('./cache/build-memo.js');
  // The command's one browser: it starts only when a deck prints, and closes however the build ends.
  const { BrowserSession } = await import('./print/browser-session.js');
  const session = new BrowserSession({ browserPath: opts.browserPath });
  // Without the cache every deck prints: start the browser now, while the build's modules load.
  if (opts.cache === false && (await import('./outputs/steps.js')).printsAnything(opts)) session.warm();
  const done = await buildUnlessFresh(opts, collect, { session, signal }, command).finally(() => session.dispose());
  if (signal?.aborted) throw abortedError();
  result.built = done.built;
  result.failed = done.failed.map((f) => ({ file: f.file, error: f.error instanceof Error ? f.error : new Error(String(f.error)) }));
  result.ms = Date.now() - started;
  return result;
}

/** `check()`'s options: the paths, the card size long cards are measured against, and the config. */
export interface CheckOptions extends ConfigChoice {
  paths?: string[];
  cardSize?: ResolvedOptions['cardSize'];
  recursive?: boolean;
}

/** Lints decks without a browser: every finding (file, line, level, code, message), sorted. */
export async function check(options: CheckOptions = {}): Promise<CheckResult> {
  const { paths: _paths, config: _config, ...rest } = options;
  return runCheck(options, await optionValues(rest));
}

/** check(), with option values the caller already validated. */
export async function runCheck(options: CheckOptions, given: OptionValues): Promise<CheckResult> {
  const { options: opts } = await resolveBuildOptions(options, given);
  const { checkDecks } = await import('./check/check-deck.js');
  return checkDecks(opts.paths, opts);
}

/**
 * Parses deck markdown into the Deck model (sections, questions, levels, tags, card answers).
 * `file` names the deck in messages and gives its slug; relative images resolve from its folder.
 * Throws a StudyguideError at the line of the first problem.
 */
export async function parseDeck(markdown: string, options: { file?: string } = {}): Promise<Deck> {
  const file = options.file ?? 'deck.md';
  const { decodeDeckText, slugFromFile } = await import('./content/load-deck.js');
  const { parseDeck: parse } = await import('./content/parse-deck.js');
  const { refuseCostlyMarkup } = await import('./content/costly-markup.js');
  const { highlightCode } = await import('./content/highlight-code.js');
  const text = decodeDeckText(Buffer.from(markdown, 'utf8'), file);
  refuseCostlyMarkup(text, file);
  return parse(text, { file, slug: slugFromFile(file), plugins: [highlightCode], baseDir: path.dirname(path.resolve(file)) });
}
