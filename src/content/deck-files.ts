import { stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { StudyguideError } from '../errors.js';

// Kept free of the markdown pipeline: a no-op rebuild (cache.ts) lists decks without loading it.

/** Expands files and folders into the deck files to build (folders: their `*.md`, sorted). */
export async function findDeckFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) throw new StudyguideError('no such file or folder', { file: p, hint: 'check the path, or run without paths to build content/' });
    if (info.isDirectory()) {
      const names = (await readdir(p)).filter((n) => n.toLowerCase().endsWith('.md') && !n.startsWith('.')).sort();
      if (names.length === 0) throw new StudyguideError('folder has no .md decks', { file: p, hint: 'add a deck file such as my-deck.md' });
      files.push(...names.map((n) => path.join(p, n)));
    } else files.push(p);
  }
  const unique = [...new Set(files)];
  // Two decks with one output folder would overwrite each other's files without a word.
  const bySlug = new Map<string, string>();
  for (const file of unique) {
    const other = bySlug.get(slugFromFile(file));
    if (other) {
      throw new StudyguideError(`both this deck and ${other} would be written to the output folder "${slugFromFile(file)}"`, { file, hint: 'rename one of the two files' });
    }
    bySlug.set(slugFromFile(file), file);
  }
  return unique;
}

/**
 * Output folder name from the file name only: lowercase letters of any script, digits and
 * dashes (`Вопросы.md` → `вопросы`, `café-résumé.md` → `café-résumé`), in NFC so the same name
 * typed on any system gives the same folder.
 */
export function slugFromFile(file: string): string {
  const base = path.basename(file).replace(/\.[^.]*$/, '');
  const words = base.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}\p{M}]+/gu, '-').replace(/^-+|-+$/g, '');
  // At most 80 characters, cut between characters (never inside one) and without a trailing dash.
  const slug = Array.from(words).slice(0, 80).join('').replace(/-+$/, '').normalize('NFC');
  return slug || 'deck';
}
