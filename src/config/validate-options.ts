// Option values from a config file, front matter, flags or an API call, checked against the one
// option schema (model/option-schema.ts). Each problem becomes one message naming the key, the
// allowed values and, when known, the line.
import { StudyguideError } from '../errors.js';
import { boundedEditDistance } from '../check/similar-text.js';
import { choiceNamed, configKeys, configSchema, LABEL_FIELDS, optionEntries, splitList, type OptionEntry, type OptionValues } from '../model/option-schema.js';
import { stockOptions } from '../model/card-stocks.js';

export type { OptionValues } from '../model/option-schema.js';

/** The build options by key: flag, value kind and help. */
export const entryByKey: ReadonlyMap<string, OptionEntry> = new Map(optionEntries().map((e) => [e.key, e]));

/** Where values come from, so a message can name the file, line and key as the user wrote it. */
export interface Where {
  file: string;
  /** Finds the line of a key in the source text. */
  lineOf: (key: string) => number | undefined;
  /** How a key is written in this source (`"cardSize"` in config, `--card-size` for flags). */
  name: (key: string) => string;
}

/** Validates values with the schema; the first problem becomes one error naming the key and the allowed values. */
export function validateOptions(raw: Record<string, unknown>, where: Where): OptionValues {
  // Lists may be written `a, b`; split them first so a message can point at the bad entry.
  // Choices are read whatever their capitals (`paper: A4`), as on the command line.
  const values = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, folded(entryByKey.get(k), entryByKey.get(k)?.kind === 'list' && typeof v === 'string' ? splitList(v) : v)]),
  );
  const result = configSchema.safeParse(values);
  if (result.success) return withStock(onlyGiven(result.data, values));
  const issue = result.error.issues[0];
  const key = String(issue.path[0] ?? '');
  if (issue.code === 'unrecognized_keys') {
    const bad = issue.keys[0];
    const inner = issue.path.join('.');
    const allowed = inner === 'labels' ? [...LABEL_FIELDS, 'levels'] : inner ? ['easy', 'medium', 'hard'] : configKeys();
    throw new StudyguideError(`unknown key ${where.name(inner ? `${inner}.${bad}` : bad)}`, {
      file: where.file,
      line: where.lineOf(bad),
      hint: `${suggest(bad, allowed)}allowed keys: ${allowed.join(', ')}`,
    });
  }
  const entry = entryByKey.get(key);
  const value = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k as string], values);
  const what = entry ? entry.expects : key === 'labels' ? `must be text (labels: ${LABEL_FIELDS.join(', ')}, levels.easy|medium|hard)` : issue.message;
  // `--outputs ""` or `--outputs ,` read as `(got [])`.
  const got =
    entry?.kind === 'list' && issue.path.length > 1
      ? ` (got ${JSON.stringify(value)} in the list)`
      : Array.isArray(value) && !value.length
        ? ' (got an empty list)'
        : ` (got ${JSON.stringify(value)})`;
  // A list's bad entry is named by the list's key ("level", not "level.0"): the message quotes the entry.
  const named = entry?.kind === 'list' ? key : issue.path.join('.');
  throw new StudyguideError(`${where.name(named)} ${what}${got}`, {
    file: where.file,
    line: where.lineOf(key),
    hint: `fix the value of ${where.name(key)}`,
  });
}

/** A value (or a list's entries) naming one of its option's choices, written as the choice is. */
function folded(entry: OptionEntry | undefined, value: unknown): unknown {
  const choices = entry?.choices;
  if (!choices) return value;
  const one = (v: unknown): unknown => (typeof v === 'string' ? (choiceNamed(choices, v) ?? v) : v);
  return Array.isArray(value) ? value.map(one) : one(value);
}

/** The parsed values of the keys a source gave: the schema fills in defaults, which belong to no source. */
function onlyGiven(parsed: OptionValues, given: Record<string, unknown>): OptionValues {
  const picked: OptionValues = {};
  for (const [key, value] of Object.entries(parsed)) if (key in given) Object.assign(picked, { [key]: value });
  return picked;
}

/**
 * A card stock named in a source stands for its card size, paper and sheet layout, as if that
 * source had given them; the source's own values for those keys win (so do later sources).
 */
function withStock(values: OptionValues): OptionValues {
  if (!values.cardStock) return values;
  return { ...stockOptions(values.cardStock), ...values };
}

/** "did you mean" for a mistyped key: the known key at most two edits away (case and dashes aside). */
export function suggest(bad: string, keys: string[]): string {
  const norm = (k: string) => k.toLowerCase().replace(/[-_]/g, '');
  const hit = keys.find((k) => boundedEditDistance(norm(k), norm(bad), 2) <= 2);
  return hit ? `did you mean "${hit}"? ` : '';
}
