// The one schema of every option (config file, front matter and flags), built from options.ts,
// and the messages it gives: each names the key, the allowed values and, when known, the line.
import { z } from 'zod';
import type { BuildOptions } from './model/build-options.js';
import { StudyguideError } from './errors.js';
import { boundedEditDistance } from './check/similar-text.js';
import { BUILD_OPTION_SPECS, type OptionSpec } from './options.js';
import { LABELS, type LabelOverrides } from './model/labels.js';
import { parseLength, parseOffset } from './model/lengths.js';
import { stockOptions, type CardStockName } from './model/card-stocks.js';

/** Largest gutter and offset accepted: anything more is a typo, not a printer's error. */
const MAX_LENGTH_PT = 72;

/** Option values from one source (config file, front matter or flags), already validated. */
export type OptionValues = Partial<Omit<BuildOptions, 'paths' | 'flagKeys'>>;

/** Keys a config file accepts that are not build options (objects, no flag). */
const CONFIG_ONLY_KEYS = ['labels'] as const;

/** The option table by key. */
export const specByKey = new Map(BUILD_OPTION_SPECS.map((s) => [s.key, s]));

/** True when the flag takes no value (`--shuffle`). */
const isSwitch = (spec: OptionSpec) => !/[<[]/.test(spec.flag);

/** Splits `easy, medium` into its entries. */
export const splitList = (text: string): string[] => text.split(',').map((t) => t.trim()).filter(Boolean);

/** The zod type of one option, from its row in the option table. */
function optionType(spec: OptionSpec): z.ZodType {
  if (isSwitch(spec)) return z.boolean();
  if (spec.kind === 'integer') return z.number().int();
  if (spec.kind === 'length') {
    return z.union([z.string(), z.number()]).transform((v, ctx) => {
      const pt = parseLength(v);
      if (pt === undefined || pt < 0 || pt > MAX_LENGTH_PT) return invalid(ctx);
      return pt;
    });
  }
  if (spec.kind === 'offset') {
    return z.union([z.string(), z.array(z.union([z.string(), z.number()]))]).transform((v, ctx) => {
      const o = parseOffset(v);
      if (!o || Math.abs(o.x) > MAX_LENGTH_PT || Math.abs(o.y) > MAX_LENGTH_PT) return invalid(ctx);
      return o;
    });
  }
  const item = spec.choices ? z.enum(spec.choices as [string, ...string[]]) : z.string().trim().min(1);
  if (spec.kind === 'list') return z.preprocess((v) => (typeof v === 'string' ? splitList(v) : v), z.array(item).min(1));
  return item;
}

/** Marks a value the schema could not read; the message comes from describeSpec. */
function invalid(ctx: z.RefinementCtx): never {
  ctx.addIssue({ code: 'custom', message: 'invalid' });
  return z.NEVER;
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
  if (spec.kind === 'length') return 'must be a length from 0 to 1in, e.g. 3mm, 0.125in or 0 (millimetres when no unit is given; units mm, cm, in, pt)';
  if (spec.kind === 'offset') return 'must be two lengths X,Y, each within ±1in, e.g. 1.5,-1 or 1.5mm,-0.04in (millimetres when no unit is given; + is right/down)';
  if (spec.kind === 'list') return spec.choices ? `must be a list of ${spec.choices.join(', ')}` : 'must be a list of words';
  return spec.choices ? `must be one of ${spec.choices.join(', ')}` : 'must be text';
}

/** Where values come from, so a message can name the file, line and key as the user wrote it. */
export interface Where {
  file: string;
  /** Finds the line of a key in the source text. */
  lineOf: (key: string) => number | undefined;
  /** How a key is written in this source (`"cardSize"` in config, `--card-size` for flags). */
  name: (key: string) => string;
}

/** Validates values with the schema; the first problem becomes one error naming the key and the allowed values. */
export function validateOptions(raw: Record<string, unknown>, where: Where): OptionValues & { labels?: LabelOverrides } {
  // Lists may be written `a, b`; split them first so a message can point at the bad entry.
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, specByKey.get(k)?.kind === 'list' && typeof v === 'string' ? splitList(v) : v]));
  const result = configSchema().safeParse(values);
  if (result.success) return withStock(result.data as OptionValues);
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

/**
 * A card stock named in a source stands for its card size, paper and sheet layout, as if that
 * source had given them; the source's own values for those keys win (so do later sources).
 */
function withStock(values: OptionValues): OptionValues {
  if (!values.cardStock) return values;
  return { ...stockOptions(values.cardStock as CardStockName), ...values };
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
