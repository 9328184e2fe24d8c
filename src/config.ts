import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildOptions } from './model/build-options.js';
import type { Deck } from './model/deck.js';
import { StudyguideError } from './errors.js';
import { BUILD_OPTION_SPECS, defaultOptions } from './options.js';
import { specByKey, validateOptions, type OptionValues } from './option-schema.js';

/** The config file looked for in the current folder when `--config` is not given. */
export const CONFIG_FILE = 'studyguide.config.json';

/** Options a deck's front matter may not set: they concern the whole build, not one deck. */
// Folders are build-wide too: a deck someone mails you must not pick templates off your disk.
// Printer offsets belong to your printer, not to a deck.
const BUILD_WIDE_KEYS = ['outDir', 'outputs', 'theme', 'templates', 'styles', 'offset', 'backOffset', 'onlyIds'];
/** Options naming folders: relative to the config file, and they must exist. */
const FOLDER_KEYS = ['theme', 'templates', 'styles'] as const;

/** 1-based line of the first `"key"` (JSON) or `key:` (YAML) in a text. */
export function findKeyLine(text: string, key: string, yaml = false): number | undefined {
  const lines = text.split('\n');
  const pattern = yaml ? new RegExp(`^\\s*${key}\\s*:`) : new RegExp(`"${key}"\\s*:`);
  const index = lines.findIndex((l) => pattern.test(l));
  return index >= 0 ? index + 1 : undefined;
}

/** The config file's values: `--config FILE`, else ./studyguide.config.json when present, else none. */
export function readConfigFile(file?: string, cwd = process.cwd()): { file?: string; values: OptionValues } {
  const target = file ?? path.join(cwd, CONFIG_FILE);
  if (!existsSync(target)) {
    if (file) throw new StudyguideError(`config file not found: ${file}`, { hint: `check the path given to --config, or create ${CONFIG_FILE} (studyguide init writes one)` });
    return { values: {} };
  }
  const shown = path.relative(cwd, target) || target;
  const text = readFileSync(target, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const pos = /position (\d+)/.exec(String(err))?.[1];
    const line = pos ? text.slice(0, Number(pos)).split('\n').length : undefined;
    throw new StudyguideError(`config file is not valid JSON (${(err as Error).message.split('\n')[0]})`, { file: shown, line, hint: 'write one JSON object: { "paper": "letter" }' });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new StudyguideError('config file must hold one JSON object', { file: shown, line: 1, hint: 'write it as { "paper": "letter", "cardSize": "a6" }' });
  }
  const values = validateOptions(data as Record<string, unknown>, { file: shown, lineOf: (k) => findKeyLine(text, k), name: (k) => `"${k}"` });
  // Paths in a config file are relative to the file, wherever the command runs from.
  if (values.outDir) values.outDir = path.resolve(path.dirname(target), values.outDir);
  for (const key of FOLDER_KEYS) if (values[key]) values[key] = path.resolve(path.dirname(target), values[key]);
  if (values.onlyIds) values.onlyIds = path.resolve(path.dirname(target), values.onlyIds);
  return { file: shown, values };
}

/** Command-line values (only flags actually given), converted and validated; `--seed x` names the flag. */
export function flagValues(given: Record<string, unknown>): OptionValues {
  const converted: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(given)) {
    const spec = specByKey.get(key);
    if (!spec || raw === undefined) continue;
    converted[key] = spec.kind === 'integer' && typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
  }
  const flagOf = (k: string) => specByKey.get(k.split('.')[0])?.flag.split(/[ ,]+/).find((f) => f.startsWith('--')) ?? k;
  return validateOptions(converted, { file: '', lineOf: () => undefined, name: flagOf });
}

/** defaults < config file < flags; front matter comes in per deck (optionsForDeck). */
export function resolveOptions(paths: string[], config: OptionValues, flags: OptionValues): BuildOptions {
  for (const key of FOLDER_KEYS) {
    const dir = flags[key] ?? config[key];
    if (dir && !existsSync(dir)) throw new StudyguideError(`${key} folder not found: ${dir}`, { hint: `check the path given as ${key} (a theme folder holds templates/ and styles/)` });
  }
  return { ...defaultOptions(), ...dropUndefined(config), ...dropUndefined(flags), paths, flagKeys: Object.keys(dropUndefined(flags)) } as BuildOptions;
}

/** A deck's own options: its front matter overrides the config, but never a flag that was given. */
export function optionsForDeck(opts: BuildOptions, deck: Deck, text?: string): BuildOptions {
  const fm = deck.frontMatter;
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(fm)) if ((specByKey.has(key) && !BUILD_WIDE_KEYS.includes(key)) || key === 'labels') picked[key] = fm[key];
  if (Object.keys(picked).length === 0) return opts;
  const source = () => text ?? readFileSync(deck.file, 'utf8');
  const values = validateOptions(picked, { file: deck.file, lineOf: (k) => findKeyLine(source(), k, true), name: (k) => `front matter "${k}"` });
  const merged: BuildOptions = { ...opts };
  for (const [key, value] of Object.entries(values)) {
    if (key === 'labels' || opts.flagKeys?.includes(key)) continue;
    (merged as unknown as Record<string, unknown>)[key] = value;
  }
  if (values.labels) merged.labels = { ...opts.labels, ...values.labels, levels: { ...opts.labels?.levels, ...values.labels.levels } };
  return merged;
}

/** Front matter keys that are options (so `check` does not call them unknown). */
export function deckOptionKeys(): string[] {
  return [...BUILD_OPTION_SPECS.map((s) => s.key).filter((k) => !BUILD_WIDE_KEYS.includes(k)), 'labels'];
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Whether an output step runs: all by default, else those `outputs` names (`--quiz` adds the quiz). */
export function wantsOutput(name: string, opts: Pick<BuildOptions, 'outputs' | 'quiz'>): boolean {
  return !opts.outputs?.length || opts.outputs.includes(name) || (name === 'quiz' && !!opts.quiz);
}

/** An `outputs` entry that names no output step is an error listing the real ones. */
export function checkOutputNames(outputs: string[] | undefined, names: string[]): void {
  const bad = outputs?.find((o) => !names.includes(o));
  if (bad) throw new StudyguideError(`unknown output "${bad}" in outputs`, { hint: `use some of: ${names.join(', ')}` });
}
