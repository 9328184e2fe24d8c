import path from 'node:path';

// A notes app's flashcard plugin writes its settings (`DECK INFO`, `TARGET DECK: …`) into every note of a
// folder; each is left out with a warning (note-banners.ts, start-end-cards.ts). A folder of forty notes said
// the same thing forty times, burying the warnings that differ: it is said once per folder, with where.

// The warning's own words: the settings' names in brackets (a note's banners), or the first one quoted (its cards).
const SAID = /^the flashcard plugin's settings? (?:of this note \(([^)]*)\)|"([^":]+):[^"]*")/;

/** Most places named in the folded warning; the rest are counted. */
const MAX_PLACES = 8;

/**
 * Warnings with each folder's plugin-settings warnings of two files or more as one, where the first of them
 * was, naming the settings and every file:line (the others kept as they are, in their order).
 */
export function foldPluginSettings<T extends { file: string; line: number; message: string }>(items: T[]): T[] {
  const byFolder = new Map<string, T[]>();
  for (const item of items) if (SAID.test(item.message)) byFolder.set(path.dirname(item.file), [...(byFolder.get(path.dirname(item.file)) ?? []), item]);
  const folded = new Map<T, T | undefined>();
  for (const [folder, said] of byFolder) {
    if (new Set(said.map((s) => s.file)).size < 2) continue;
    const names = [...new Set(said.flatMap((s) => SAID.exec(s.message)!.slice(1).find(Boolean)!.split(', ')))];
    const places = said.slice(0, MAX_PLACES).map((s) => `${path.basename(s.file)}:${s.line}`);
    const more = said.length > MAX_PLACES ? ` and ${said.length - MAX_PLACES} more` : '';
    const message = `the flashcard plugin's settings of ${said.length} notes in ${path.basename(path.resolve(folder))}/ (${names.join(', ')}) left out — they are the notes app's, not the bank's: ${places.join(', ')}${more}`;
    said.forEach((s, i) => folded.set(s, i === 0 ? { ...s, message } : undefined));
  }
  return items.flatMap((item) => (folded.has(item) ? (folded.get(item) ?? []) : [item]));
}
