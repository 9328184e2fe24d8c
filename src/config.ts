import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BuildOptions } from './build.js';
import type { Deck } from './content/model.js';
import { StudyguideError } from './errors.js';
import { boundedEditDistance } from './check/similar-text.js';
import { BUILD_OPTION_SPECS, defaultOptions, type OptionSpec } from './options.js';
import { LABELS, type LabelOverrides } from './render/labels.js';

/** The config file looked for in the current folder when `--config` is not given. */
export const CONFIG_FILE = 'studyguide.config.json';

/** Option values from one source (config file, front matter or flags), already validated. */
export type OptionValues = Partial<Omit<BuildOptions, 'paths' | 'flagKeys'>>;

/** Keys a config file accepts that are not build options (objects, no flag). */
const CONFIG_ONLY_KEYS = ['labels'] as const;
/** Options a deck's front matter may not set: they concern the whole build, not one deck. */
// Folders are build-wide too: a deck someone mails you must not pick templates off your disk.
const BUILD_WIDE_KEYS = ['outDir', 'outputs', 'theme', 'templates', 'styles'];
/** Options naming folders: relative to the config file, and they must exist. */
const FOLDER_KEYS = ['theme', 'templates', 'styles'] as const;

const specByKey = new Map(BUILD_OPTION_SPECS.map((s) => [s.key, s]));

/** True when the flag takes no value (`--shuffle`). */
const isSwitch = (spec: OptionSpec) => !/[<[]/.test(spec.flag);

/** Splits `easy, medium` into its entries. */
export const splitList = (text: string): string[] => text.split(',').map((t) => t.trim()).filter(Boolean);

/** The zod type of one option, from its row in the option table. */
function optionType(spec: OptionSpec): z.ZodType {
  if (isSwitch(spec)) return z.boolean();
  if (spec.kind === 'integer') return z.number().int();
  const item = spec.choices ? z.enum(spec.choices as [string, ...string[]]) : z.string().trim().min(1);
  if (spec.kind === 'list') return z.preprocess((v) => (typeof v === 'string' ? splitList(v) : v), z.array(item).min(1));
  return item;
}

const levelNames = z.strictObject({ easy: z.string(), medium: z.string(), hard: z.string() }).partial();
const labelFields = Object.keys(LABELS.en).filter((k) => k !== 'levels');
const labelsType = z.strictObject({ ...Object.fromEntries(labelFields.map((k) => [k, z.string()])), levels: levelNames }).partial();

/** The one schema of studyguide.config.json: every option of the table plus `labels`. */
export function configSchema() {
  const shape: Record<string, z.ZodType> = { labels: labelsType };
  for (const spec of BUILD_OPTION_SPECS) shape[spec.key] = optionType(spec);
  return z.strictObject(shape).partial();
}

/** What a value must look like, for messages (`must be one of a4, letter`). */
export function describeSpec(spec: OptionSpec): string {
  if (isSwitch(spec)) return 'must be true or false';
  if (spec.kind === 'integer') return 'must be a whole number';
  if (spec.kind === 'list') return spec.choices ? `must be a list of ${spec.choices.join(', ')}` : 'must be a list of words';
  return spec.choices ? `must be one of ${spec.choices.join(', ')}` : 'must be text';
}

interface Where {
  file: string;
  /** Finds the line of a key in the source text. */
  lineOf: (key: string) => number | undefined;
  /** How a key is written in this source (`"cardSize"` in config, `--card-size` for flags). */
  name: (key: string) => string;
}

/** Validates values with the schema; the first problem becomes one error naming the key and the allowed values. */
function validate(raw: Record<string, unknown>, where: Where): OptionValues & { labels?: LabelOverrides } {
  // Lists may be written `a, b`; split them first so a message can point at the bad entry.
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, specByKey.get(k)?.kind === 'list' && typeof v === 'string' ? splitList(v) : v]));
  const result = configSchema().safeParse(values);
  if (result.success) return result.data as OptionValues;
  const issue = result.error.issues[0];
  const key = String(issue.path[0] ?? '');
  if (issue.code === 'unrecognized_keys') {
    const bad = issue.keys[0];
    const inner = issue.path.join('.');
    const allowed = inner === 'labels' ? [...labelFields, 'levels'] : inner ? ['easy', 'medium', 'hard'] : allowedKeys();
    throw new StudyguideError(`unknown key ${where.name(inner ? `${inner}.${bad}` : bad)}`, {
      file: where.file,
      line: where.lineOf(bad),
      hint: `${suggest(bad, allowed)}allowed keys: ${allowed.join(', ')}`,
    });
  }
  const spec = specByKey.get(key);
  const value = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], values);
  const what = spec ? describeSpec(spec) : key === 'labels' ? `must be text (labels: ${labelFields.join(', ')}, levels.easy|medium|hard)` : issue.message;
  const got = spec?.kind === 'list' && issue.path.length > 1 ? ` (got ${JSON.stringify(value)} in the list)` : ` (got ${JSON.stringify(value)})`;
  throw new StudyguideError(`${where.name(issue.path.join('.'))} ${what}${got}`, { file: where.file, line: where.lineOf(key), hint: `fix the value of ${where.name(key)}` });
}

/** Every key the config file accepts. */
export function allowedKeys(): string[] {
  return [...BUILD_OPTION_SPECS.map((s) => s.key), ...CONFIG_ONLY_KEYS];
}

/** "did you mean" for a mistyped key: the known key at most two edits away (case and dashes aside). */
export function suggest(bad: string, keys: string[]): string {
  const norm = (k: string) => k.toLowerCase().replace(/[-_]/g, '');
  const hit = keys.find((k) => boundedEditDistance(norm(k), norm(bad), 2) <= 2);
  return hit ? `did you mean "${hit}"? ` : '';
}

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
  const values = validate(data as Record<string, unknown>, { file: shown, lineOf: (k) => findKeyLine(text, k), name: (k) => `"${k}"` });
  // Paths in a config file are relative to the file, wherever the command runs from.
  if (values.outDir) values.outDir = path.resolve(path.dirname(target), values.outDir);
  for (const key of FOLDER_KEYS) if (values[key]) values[key] = path.resolve(path.dirname(target), values[key]);
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
  return validate(converted, { file: '', lineOf: () => undefined, name: flagOf });
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
  const values = validate(picked, { file: deck.file, lineOf: (k) => findKeyLine(source(), k, true), name: (k) => `front matter "${k}"` });
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
