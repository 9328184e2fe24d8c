import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Deck } from '../content/model.js';
import { writeAtomic } from '../output.js';
import type { AssetDirs } from '../render/assets.js';
import { renderIndex, type IndexFile } from '../render/render-index.js';

/**
 * Writes out/index.html for the decks of this build, listing what is really in each deck's
 * folder (so an HTML-only watch build links no missing PDFs). Returns its path and size.
 */
export async function writeIndexPage(outDir: string, decks: Deck[], dirs: AssetDirs): Promise<{ path: string; bytes: number }> {
  const entries = [];
  for (const deck of decks) entries.push({ deck, files: await listOutputs(path.join(outDir, deck.slug)) });
  const file = path.join(path.resolve(outDir), 'index.html');
  const html = renderIndex(entries, dirs);
  await writeAtomic(file, html);
  return { path: file, bytes: Buffer.byteLength(html) };
}

async function listOutputs(folder: string): Promise<IndexFile[]> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => !n.startsWith('.')).sort();
  const files: IndexFile[] = [];
  for (const name of names) {
    const info = await stat(path.join(folder, name));
    if (info.isFile()) files.push({ name, bytes: info.size });
  }
  return files;
}
