import { remembersParses } from './markdown.js';

/**
 * Answers of pure reads of a deck's text (which language a section is in), kept by the text they
 * were read from while the parser's thread remembers its parses (watch mode): a save changes one
 * question, and the other sections and questions are read again at the cost of a lookup. Outside
 * watch mode every read runs, as a build parses each deck once.
 */
const kept = new Map<string, unknown>();
/** Entries kept before starting over (as the parser's own memory does). */
const KEPT_ENTRIES = 20_000;

/** `read()`'s answer, from memory when the same `key` was read before in watch mode. */
export function remembered<T>(key: string, read: () => T): T {
  if (!remembersParses()) return read();
  if (kept.has(key)) return kept.get(key) as T;
  const value = read();
  if (kept.size >= KEPT_ENTRIES) kept.clear();
  kept.set(key, value);
  return value;
}
