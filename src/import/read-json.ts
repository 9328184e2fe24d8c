import type { Origin } from './bank-lines.js';
import { contentError } from '../errors.js';
import type { Diagnostic } from '../model/deck.js';
import { recordsToDeck } from './records-deck.js';
import { recordsOf } from '../content/record-fields.js';
import { jsonEntryLines } from './json-entry-lines.js';
import { findKeyLine } from '../config/config.js';
import { loneSurrogateWarnings, wellFormedData } from '../content/lone-surrogates.js';

// A bank kept as JSON, as apps and scripts export it (content/record-fields.ts reads its records).

/**
 * A JSON bank → a deck in our format, and a warning for each entry it could not read as a
 * question (named by its place in the list, at the line the entry starts on).
 */
export function jsonToDeck(source: string, file: string): { markdown: string; origins: Origin[]; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    const line = at === undefined ? 1 : source.slice(0, Number(at)).split('\n').length;
    throw contentError(
      file,
      line,
      `not readable JSON (${(err as Error).message.split('\n')[0]})`,
      'fix the JSON, or export the bank as CSV: question, answer[, level, tags]',
    );
  }
  try {
    const whole = wellFormedData(data);
    const lines = entryLines(whole.data, source);
    const deck = recordsToDeck(
      whole.data,
      file,
      'JSON',
      (i) => lines[i] ?? 1,
      (key) => findKeyLine(source, key),
    );
    return whole.mended ? { ...deck, diagnostics: [...loneSurrogateWarnings(source, file, 1), ...deck.diagnostics] } : deck;
  } catch (err) {
    // JSON.parse reads any depth; walking the records recursively overflowed the stack on arrays nested 100,000 deep.
    if (!(err instanceof RangeError)) throw err;
    throw contentError(file, 1, 'not a bank: its JSON is nested too deep to read', 'write the bank as a list of records: [{"question": "…", "answer": "…"}]');
  }
}

/** The line each of the bank's entries starts on, in the order recordsOf reads them. */
function entryLines(data: unknown, source: string): number[] {
  const lists = jsonEntryLines(source);
  if (Array.isArray(data)) return lists.get('') ?? [];
  const { path } = recordsOf(data);
  if (typeof path[0] === 'string') return lists.get(path[0]) ?? [];
  // Grouped by category: each array's entries in turn, as recordsOf takes them.
  return Object.entries(data ?? {}).flatMap(([key, value]) => (Array.isArray(value) ? (lists.get(key) ?? []) : []));
}
