import { realpathSync } from 'node:fs';
import path from 'node:path';
import { StudyguideError } from './errors.js';

/** A folder as the system names it (links resolved), or as given when it is not there yet. */
function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}

/**
 * Refuses an output folder that holds decks: one that a deck file lies in, or a folder named as
 * decks to read. `--out content` wrote each deck's folder and index.html among the decks, without
 * a word, where the next build or an editor's search meets them. A folder below or above the
 * decks' own (out/ beside content/, or `--out .` over it) is the usual layout and stays allowed.
 */
export function refuseOutAmongDecks(outDir: string, paths: string[], files: string[]): void {
  const out = realFolder(outDir);
  const folders = [...files.map((f) => path.dirname(f)), ...paths];
  if (!folders.some((folder) => realFolder(folder) === out)) return;
  throw new StudyguideError('--out names a folder that holds decks: the outputs would be written among them', {
    file: path.resolve(outDir),
    hint: 'choose a folder that holds no decks, e.g. --out out',
  });
}
