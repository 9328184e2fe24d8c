import { isMap, isNode, isScalar, parseDocument, visit, YAMLError, type Document } from 'yaml';
import { contentError, StudyguideError } from '../errors.js';
import { LEVELS, type Diagnostic, type Level } from '../model/deck.js';
import { levelLine } from './level-names.js';
import { shapeOf } from './value-shape.js';

/** Front matter keys the deck format itself uses. */
export const DECK_KEYS = ['title', 'subtitle', 'author', 'tags', 'date', 'lang', 'description', 'source', 'difficulty', 'category'] as const;

/**
 * Parses the YAML front matter. Alias expansion is capped (a "billion laughs" document is an
 * error, not a hang), a tag YAML does not know (`!!js/function`, `!!python/object`) is an error
 * at its line (the library would print a multi-line Node warning and read it as text), and
 * anything but a mapping is rejected.
 */
export function parseFrontMatter(yaml: string, file: string, line: number): Record<string, unknown> {
  let data: unknown;
  try {
    const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, logLevel: 'silent' });
    if (doc.errors[0]) throw doc.errors[0];
    const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (tag) {
      const at = line + 1 + (yaml.slice(0, tag.pos[0]).match(/\n/g)?.length ?? 0);
      throw contentError(file, at, `front matter uses the YAML tag ${yaml.slice(tag.pos[0], tag.pos[1])}, which studyguide does not read`, 'remove the tag: front matter holds plain text, numbers and lists');
    }
    keepWrittenNumbers(doc);
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    if (err instanceof StudyguideError) throw err;
    // `line` is the opening ---; the YAML starts on the next line. Errors found at the very end
    // (an unclosed bracket or quote) are reported on the last YAML line, not the closing ---.
    const offset = err instanceof YAMLError ? Math.min(err.pos[0], yaml.trimEnd().length) : -1;
    const at = offset >= 0 ? line + 1 + (yaml.slice(0, offset).match(/\n/g)?.length ?? 0) : line;
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw contentError(file, at, `malformed front matter: ${reason}`, 'fix the YAML between the --- lines (key: value per line)');
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw contentError(file, line, 'front matter is not a list of key: value pairs', 'write it as `title: My deck` lines between --- lines');
  }
  return data as Record<string, unknown>;
}

/** Keys whose values are text: a number in them is kept as written. */
const TEXT_KEYS = new Set<string>(DECK_KEYS.filter((key) => key !== 'difficulty'));

/**
 * YAML reads `1.10`, `0x1F` and `007` as numbers: a version in a title or a tag came out as 1.1,
 * 31 or 7. Under the deck's text keys, a number keeps its source text; options stay numbers.
 */
function keepWrittenNumbers(doc: Document): void {
  if (!isMap(doc.contents)) return;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !TEXT_KEYS.has(String(pair.key.value)) || !isNode(pair.value)) continue;
    visit(pair.value, {
      Scalar(_, node) {
        if (typeof node.value === 'number' && node.source !== undefined) node.value = node.source;
      },
    });
  }
}

/** A front matter value as a trimmed string, or undefined; anything else is an error naming the key. */
export function stringField(data: Record<string, unknown>, key: string, file: string, line: number): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  throw contentError(file, line, `front matter "${key}" must be text`, `write it as \`${key}: some text\``);
}

/**
 * The cover's date from front matter `date`: text as written, except a YYYY-MM-DD day no calendar
 * has (`2026-13-45`, `2025-02-29`), which printed as written without a word: left out with a
 * warning at `line`, so the cover shows the build date.
 */
export function dateField(data: Record<string, unknown>, file: string, line: number, diagnostics: Diagnostic[]): string | undefined {
  const date = stringField(data, 'date', file, line);
  const day = date && /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/.exec(date);
  if (!day) return date;
  const [year, month, dayOfMonth] = day.slice(1).map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === dayOfMonth) return date;
  ignored(diagnostics, file, line, `front matter "date: ${date}" is no day of the calendar; ignored, the cover shows the build date — write the day as YYYY-MM-DD, as \`date: ${year}-01-31\``);
  return undefined;
}

/** Tags from a YAML list or a comma-separated string. */
export function tagsField(data: Record<string, unknown>, file: string, line: number): string[] {
  const value = data.tags;
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return splitTags(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.map((v) => String(v).trim()).filter(Boolean);
  }
  throw contentError(file, line, 'front matter "tags" must be a list of words', 'write `tags: [one, two]` or `tags: one, two`');
}

/** Splits "a, b" style tag text; empty entries are dropped here (`check` reports them). */
export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim().replace(/^#/, '').trim())
    .filter(Boolean);
}

/** The file line of a top-level front matter key (its `key:` line), else the opening `---`. */
export function keyLine(yaml: string, key: string, line: number): number {
  const index = yaml.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return index >= 0 ? line + 1 + index : line;
}

/** A front matter value the deck can do without, of a shape its key does not take: said at its line, read as absent. */
function ignored(diagnostics: Diagnostic[], file: string, line: number, message: string): void {
  diagnostics.push({ file, line, severity: 'warning', code: 'unknown-front-matter', message });
}

/**
 * A page's `category:` as docs sites and notes apps file a bank (`category: Containers`, or a list
 * of them): its names, never an error, since the key is theirs before it is ours. Entries that are
 * no name (a mapping, a nested list) are left out with a warning at `line`.
 */
export function categoryField(data: Record<string, unknown>, file: string, line: number, diagnostics: Diagnostic[]): string[] {
  const value = data.category;
  const values = Array.isArray(value) ? value : [value];
  const hint = 'write `category: Containers` or `category: [Containers, Networking]`';
  const odd = values.find((v) => v !== null && v !== undefined && typeof v !== 'string' && typeof v !== 'number');
  if (odd !== undefined) ignored(diagnostics, file, line, `front matter "category" ${Array.isArray(value) ? 'holds' : 'is'} ${shapeOf(odd)}, not a name; ignored — ${hint}`);
  return values.flatMap((v) => (typeof v === 'string' || typeof v === 'number' ? [String(v).trim()] : [])).filter(Boolean);
}

/** The level a front matter `difficulty:` names (`junior`, `hard`, `3`); any other value is left out with a warning at `line`. */
export function difficultyField(data: Record<string, unknown>, file: string, line: number, diagnostics: Diagnostic[]): Level | undefined {
  const value = data.difficulty;
  if (value === undefined || value === null) return undefined;
  const level = typeof value === 'string' || typeof value === 'number' ? levelLine(`level: ${value}`) : undefined;
  const hint = `write one of ${LEVELS.join(', ')}, as \`difficulty: easy\``;
  if (level) return level;
  if (typeof value === 'string' || typeof value === 'number') ignored(diagnostics, file, line, `front matter "difficulty: ${value}" names no level; ignored — ${hint}`);
  else ignored(diagnostics, file, line, `front matter "difficulty" is ${shapeOf(value)}, not a level; ignored — ${hint}`);
  return undefined;
}
