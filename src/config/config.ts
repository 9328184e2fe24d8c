import { isLayoutChoice } from '../content/front-matter-layout.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BuildOptions } from '../model/build-options.js';
import type { Deck } from '../model/deck.js';
import { escapeRegExp } from '../model/escape-reg-exp.js';
import { pathToFileURL } from 'node:url';
import { StudyguideError } from '../errors.js';
import { CONFIG_FILE, CONFIG_FILES, FOLDER_KEYS, projectRoot } from './config-files.js';
import { defaultOptions, deckOptionKeys } from '../model/option-schema.js';
import { entryByKey, validateOptions, type OptionValues, type Where } from './validate-options.js';
import { lineAfter, syntaxErrorLine } from './module-syntax-line.js';
import { configEntry } from './config-entry.js';
import { refuseDuplicateKeys } from './duplicate-keys.js';
import { utf8FileText } from '../content/deck-encoding.js';

/** 1-based line of the first `"key"` (JSON) or `key:` (YAML) in a text. */
export function findKeyLine(text: string, key: string, yaml = false): number | undefined {
  const lines = text.split('\n');
  // A key is the user's text (`"(": 1` in a config file): matched as written, never as a pattern.
  const name = escapeRegExp(key);
  const pattern = yaml ? new RegExp(`^\\s*["']?${name}["']?\\s*:`) : new RegExp(`"${name}"\\s*:`);
  const index = lines.findIndex((l) => pattern.test(l));
  return index >= 0 ? index + 1 : undefined;
}

/** 1-based line of the first `key:` (or `"key":`) in a JavaScript config file's object. */
const moduleKeyLine = (text: string, key: string): number | undefined => {
  const pattern = new RegExp(`(?:^|[\\s{,])["']?${escapeRegExp(key)}["']?\\s*:`);
  const index = text.split('\n').findIndex((l) => pattern.test(l));
  return index >= 0 ? index + 1 : undefined;
};

/** Where a config file came from and what it sets. */
export interface LoadedConfig {
  /** The file, as shown to the user (relative to the working folder); absent when none was used. */
  file?: string;
  values: OptionValues;
}

/**
 * The config in effect: `file` when given (`--config`), else the first of CONFIG_FILES found
 * from `cwd` up to the project root, else none. `search: false` (`--no-config`) reads none.
 */
export async function readConfigFile(file?: string, cwd = process.cwd(), search = true): Promise<LoadedConfig> {
  let target = file ? path.resolve(cwd, file) : undefined;
  if (file && !existsSync(target!))
    throw new StudyguideError(`config file not found: ${file}`, {
      hint: `check the path given to --config, or create ${CONFIG_FILE} (studyguide init writes one)`,
    });
  if (!target) {
    if (!search) return { values: {} };
    const found = searchConfigFile(cwd);
    if (!found) return { values: {} };
    target = found;
  }
  const shown = path.relative(cwd, target) || target;
  const { data, text, yaml, module } = await readConfigData(target, shown);
  const lineOf = (key: string) => (!text ? undefined : module ? moduleKeyLine(text, key) : findKeyLine(text, key, yaml));
  let values: OptionValues;
  try {
    values = checkedOptions(data, module, { file: shown, lineOf, name: (k) => `"${k}"` });
  } catch (err) {
    // A module's getter or Proxy runs while its options are read: its throw said only "error: boom".
    if (!module || err instanceof StudyguideError) throw err;
    throw new StudyguideError(`config file threw while its options were read (${String((err as Error)?.message ?? err).split('\n')[0]})`, {
      file: shown,
      line: moduleLine(err, target) ?? 1,
      hint: 'give the options as plain values, not getters or a Proxy: export default { paper: "letter" }',
    });
  }
  // Paths in a config file are relative to the file, wherever the command runs from.
  if (values.outDir) values.outDir = path.resolve(path.dirname(target), values.outDir);
  for (const key of FOLDER_KEYS) {
    if (!values[key]) continue;
    values[key] = path.resolve(path.dirname(target), values[key]);
    // Checked here too, where the key's line is known (resolveOptions checks the folder in effect, a flag's too).
    checkFolder(key, values[key], shown, lineOf(key));
  }
  if (values.onlyIds) values.onlyIds = path.resolve(path.dirname(target), values.onlyIds);
  if (values.browserPath) values.browserPath = path.resolve(path.dirname(target), values.browserPath);
  return { file: shown, values };
}

/** The options a config file's data holds, validated; `where` names the file and finds a key's line. */
function checkedOptions(data: unknown, module: boolean | undefined, where: Where): OptionValues {
  const shown = where.file;
  // A module's default export that is a promise (or a Map, a class instance) had no own keys we read: it was taken for no options at all.
  if (module && typeof (data as { then?: unknown } | null)?.then === 'function')
    throw new StudyguideError("config file's default export is a promise, not the options object", {
      file: shown,
      line: 1,
      hint: 'await it in the module: export default await loadOptions()',
    });
  if (!isPlainObject(data)) {
    throw new StudyguideError('config file must hold one object of options', {
      file: shown,
      line: 1,
      hint: 'write it as { "paper": "letter", "cardSize": "a6" }',
    });
  }
  // `$schema` points editors at the JSON Schema (schema/studyguide.schema.json); it is no option.
  const { $schema: _schema, ...options } = data;
  return validateOptions(options, where);
}

/** The config module's line in an error's stack, if it names one. */
function moduleLine(err: unknown, target: string): number | undefined {
  const stack = String((err as Error)?.stack);
  return lineAfter(stack, pathToFileURL(target).href) ?? lineAfter(stack, target);
}

/**
 * The first of CONFIG_FILES in `cwd`, then in each folder up to the project root; package.json
 * counts only with a "studyguide" key. Only a regular file is ever read: anything else by those
 * names is found as it is and refused by readConfigData (a FIFO was read, and hung the build).
 */
function searchConfigFile(cwd: string): string | undefined {
  const stop = projectRoot(cwd);
  const shown = (file: string) => path.relative(cwd, file) || file;
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const files = CONFIG_FILES.map((name) => path.join(dir, name));
    const at = files.findIndex((file) => isConfigFile(file, shown(file)));
    // Two dedicated files in one folder: the second on the list was never read, without a word (a YAML file added beside
    // init's JSON). package.json's "studyguide" key gives way to a dedicated file, as documented.
    const second = at < 0 ? undefined : files.slice(at + 1).find((file) => path.basename(file) !== 'package.json' && isConfigFile(file, shown(file)));
    if (second)
      throw new StudyguideError(`config file left unread: ${path.basename(files[at])} beside it is read first`, {
        file: shown(second),
        line: 1,
        hint: 'keep one of the two, or name one with --config',
      });
    if (at >= 0) return files[at];
    if (dir === stop || path.dirname(dir) === dir) return undefined;
  }
}

/** Whether a config file stands at `file`: anything by a config file's name, package.json only with a "studyguide" key. */
function isConfigFile(file: string, shown: string): boolean {
  const info = configEntry(file, shown);
  if (!info) return false;
  if (path.basename(file) !== 'package.json' || !info.isFile()) return true;
  const pkg = parseJson(readFileSync(file, 'utf8'), shown);
  return !!pkg && typeof pkg === 'object' && (pkg as Record<string, unknown>).studyguide !== undefined;
}

/** A JSON config file's (or package.json's) value; a syntax error names the file and its line. */
function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const pos = /position (\d+)/.exec(String(err))?.[1];
    const line = pos ? text.slice(0, Number(pos)).split('\n').length : undefined;
    throw new StudyguideError(`config file is not valid JSON (${(err as Error).message.split('\n')[0]})`, {
      file: shown,
      line,
      hint: 'write one JSON object: { "paper": "letter" }',
    });
  }
}

/** An object literal (or one made with no prototype), not an array, a Map or a class instance. */
function isPlainObject(data: unknown): data is Record<string, unknown> {
  if (!data || typeof data !== 'object') return false;
  const proto = Object.getPrototypeOf(data) as unknown;
  return proto === null || proto === Object.prototype;
}

/** The options object of a config file: JSON, YAML, a module's default export, or package.json's "studyguide" key. */
async function readConfigData(target: string, shown: string): Promise<{ data: unknown; text?: string; yaml?: boolean; module?: boolean }> {
  // Never opened unless a regular file: a FIFO named like a config file hung the build, a folder said EISDIR.
  const info = configEntry(target, shown);
  if (info && !info.isFile()) {
    const what = info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a named pipe (FIFO)' : 'a device or socket';
    throw new StudyguideError(`config file is ${what}, not a regular file`, {
      file: shown,
      hint: 'give a config file with --config, or --no-config to read none',
    });
  }
  const ext = path.extname(target).toLowerCase();
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') {
    try {
      const mod = (await import(pathToFileURL(target).href)) as { default?: unknown };
      // Its text too, read only to name the line of a bad value.
      return { data: mod.default, text: readFileSync(target, 'utf8'), module: true };
    } catch (err) {
      // A throw while it runs names the file's line in the stack; a syntax error, in this Node, does not: node --check finds it.
      const at = moduleLine(err, target);
      throw new StudyguideError(`config file could not be loaded (${(err as Error).message.split('\n')[0]})`, {
        file: shown,
        line: at ?? (err instanceof SyntaxError ? syntaxErrorLine(target) : undefined),
        hint: 'export the options object as the default export: export default { paper: "letter" }',
      });
    }
  }
  const text = utf8FileText(readFileSync(target), shown, 'config file');
  if (!text.trim())
    throw new StudyguideError('config file is empty', {
      file: shown,
      line: 1,
      hint: 'write one object of options, e.g. { "paper": "letter" }, or delete the file',
    });
  if (ext === '.yaml' || ext === '.yml') {
    const { parseDocument } = await import('yaml');
    // Silent: a tag the library does not know is reported here, not as a Node warning on stderr.
    const doc = parseDocument(text, { logLevel: 'silent' });
    const bad = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (bad) {
      const tag = bad.code === 'TAG_RESOLVE_FAILED' ? text.slice(bad.pos[0], bad.pos[1]) : undefined;
      throw new StudyguideError(
        tag
          ? `config file uses the YAML tag ${tag}, which studyguide does not read`
          : `config file is not valid YAML (${bad.message.split('\n')[0].replace(/:$/, '')})`,
        {
          file: shown,
          line: bad.linePos?.[0]?.line,
          hint: tag ? 'remove the tag: options are plain text, numbers, lists and true/false' : 'write one key per line: paper: letter',
        },
      );
    }
    try {
      return { data: doc.toJS({ maxAliasCount: 100 }), text, yaml: true };
    } catch (err) {
      // An alias bomb ("billion laughs") stops at the cap instead of filling the memory.
      throw new StudyguideError(`config file is not valid YAML (${(err as Error).message.split('\n')[0]})`, {
        file: shown,
        line: 1,
        hint: 'write one key per line: paper: letter',
      });
    }
  }
  const data = parseJson(text, shown);
  if (path.basename(target) === 'package.json') {
    const section = (data as Record<string, unknown> | null)?.studyguide;
    if (section === undefined)
      throw new StudyguideError('package.json has no "studyguide" key', {
        file: shown,
        hint: 'add "studyguide": { "paper": "letter" } to it, or pass another --config file',
      });
    return { data: section, text };
  }
  refuseDuplicateKeys(text, shown);
  return { data, text };
}

/** Command-line values (only flags actually given), converted and validated; `--seed x` names the flag. */
export function flagValues(given: Record<string, unknown>): OptionValues {
  const converted: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(given)) {
    const entry = entryByKey.get(key);
    if (!entry || raw === undefined) continue;
    converted[key] = entry.kind === 'integer' && typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
  }
  const flagOf = (k: string) =>
    entryByKey
      .get(k.split('.')[0])
      ?.flag.split(/[ ,]+/)
      .find((f) => f.startsWith('--')) ?? k;
  return validateOptions(converted, { file: '', lineOf: () => undefined, name: flagOf });
}

/** defaults < config file < flags; front matter comes in per deck (optionsForDeck). */
export function resolveOptions(paths: string[], config: OptionValues, flags: OptionValues): BuildOptions {
  for (const key of FOLDER_KEYS) {
    const dir = flags[key] ?? config[key];
    if (dir) checkFolder(key, dir);
  }
  return { ...defaultOptions(), ...dropUndefined(config), ...dropUndefined(flags), paths, flagKeys: Object.keys(dropUndefined(flags)) };
}

/** A theme, templates or styles folder that is not there, or is a file, is an error at `line` of `file` when a config file named it. */
function checkFolder(key: (typeof FOLDER_KEYS)[number], dir: string, file?: string, line?: number): void {
  if (!existsSync(dir))
    throw new StudyguideError(`${key} folder not found: ${dir}`, {
      file,
      line,
      hint: `check the path given as ${key} (a theme folder holds templates/ and styles/)`,
    });
  // A file given as the folder was taken, and every template and style silently came from ours.
  if (!statSync(dir).isDirectory())
    throw new StudyguideError(`${key} must be a folder, and ${dir} is a file`, {
      file,
      line,
      hint: `give the folder holding your ${key === 'theme' ? 'templates/ and styles/' : key}`,
    });
}

/** A deck's own options: its front matter overrides the config, but never a flag that was given. */
export function optionsForDeck(opts: BuildOptions, deck: Deck, text?: string): BuildOptions {
  const fm = deck.frontMatter;
  const picked: Record<string, unknown> = {};
  const deckKeys = deckOptionKeys();
  for (const key of Object.keys(fm)) if (deckKeys.includes(key)) picked[key] = fm[key];
  // A blog post's `layout: post` names its site generator's page layout, not ours (the parser warned).
  if (!isLayoutChoice(picked.layout)) delete picked.layout;
  if (Object.keys(picked).length === 0) return opts;
  const source = () => text ?? readFileSync(deck.file, 'utf8');
  const values = validateOptions(picked, { file: deck.file, lineOf: (k) => findKeyLine(source(), k, true), name: (k) => `front matter "${k}"` });
  const merged: BuildOptions = { ...opts };
  for (const [key, value] of Object.entries(values)) {
    if (key === 'labels' || opts.flagKeys?.includes(key)) continue;
    Object.assign(merged, { [key]: value });
  }
  if (values.labels) merged.labels = { ...opts.labels, ...values.labels, levels: { ...opts.labels?.levels, ...values.labels.levels } };
  return merged;
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Whether an output step runs: all but the quiz by default, else those `outputs` names (`--quiz` adds the quiz). */
export function wantsOutput(name: string, opts: Pick<BuildOptions, 'outputs' | 'quiz'>): boolean {
  // The quiz is made only when asked for (`--quiz`, or `outputs` naming it), never by default.
  if (name === 'quiz') return !!opts.quiz || !!opts.outputs?.includes('quiz');
  return !opts.outputs?.length || opts.outputs.includes(name);
}
