import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './model/deck.js';

/** A folder as the system names it (links resolved), or as given when it is not there yet. */
const realFolder = (folder: string) => realpath(folder).catch(() => path.resolve(folder));

/** The part of a glob before its first pattern character (`content/*.md` → `content`). */
function globBase(pattern: string): string {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const at = parts.findIndex((p) => /[*?[\]{}()!]/.test(p));
  return parts.slice(0, at < 0 ? parts.length : at).join('/') || '.';
}

/**
 * A warning when the output folder is one the decks are read from by listing it (a folder
 * named as decks, one below it with --recursive, a glob's folder): every build writes
 * index.html and a folder per deck there, among the decks, where the next build lists them
 * again and an editor's search meets them. They are never read as decks (no output is a .md
 * file). A deck file named by itself, written beside its outputs, is a layout of its own and
 * passes without a word: the next build reads only that file.
 */
export async function outAmongDecks(outDir: string, paths: string[], recursive: boolean | undefined): Promise<Diagnostic | undefined> {
  const out = await realFolder(outDir);
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (info && !info.isDirectory()) continue;
    const deep = info ? !!recursive : p.includes('**');
    const folder = await realFolder(info ? p : globBase(p));
    const inside = path.relative(folder, out);
    if (inside === '' || (deep && !inside.startsWith('..') && !path.isAbsolute(inside)))
      return {
        file: outDir,
        line: 0,
        severity: 'warning',
        code: 'out-among-decks',
        message:
          'the outputs (index.html, a folder per deck) are written among the decks read from this folder — choose a folder that holds no decks, e.g. --out out',
      };
  }
  return undefined;
}
