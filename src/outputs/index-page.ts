import { lstat, open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { allQuestions, countByLevel, type Deck, type Diagnostic } from '../model/deck.js';
import { writeAtomic } from '../output.js';
import type { AssetDirs } from '../render/assets.js';
import { renderIndex, type DeckSummary, type IndexFile } from '../render/render-index.js';

/** A deck of this build: its model when it was built now, else its file (its outputs were fresh). */
export interface IndexEntry {
  slug: string;
  deck?: Deck;
  file?: string;
}

/** Kept in each deck folder, so a deck whose outputs were fresh is listed without parsing it. */
const SUMMARY_FILE = '.studyguide-summary.json';

/**
 * Writes out/index.html for the decks of this build and every deck an earlier build left in
 * out/ (building one deck must not drop the others from the index), listing what is really in
 * each deck's folder (so an HTML-only watch build links no missing PDFs). A deck to be read again
 * is read with `parse` (the build's parser, under its limits). Returns its path and size.
 */
export async function writeIndexPage(
  outDir: string,
  entries: IndexEntry[],
  dirs: AssetDirs,
  // The build passes its limited parser; the parser itself loads only when nothing is passed.
  parse: (file: string) => Promise<Deck> = async (file) => (await import('../content/load-deck.js')).loadDeck(file),
): Promise<{ path: string; bytes: number; kept?: Diagnostic }> {
  const file = path.join(path.resolve(outDir), 'index.html');
  const kept = await notOurs(file);
  if (kept) return { path: file, bytes: 0, kept };
  const listed = [];
  for (const entry of [...entries, ...(await earlierDecks(outDir, entries))]) {
    const folder = path.join(outDir, entry.slug);
    listed.push({ deck: await summaryOf(entry, folder, parse), files: await listOutputs(folder) });
  }
  const html = renderIndex(listed, dirs);
  await writeAtomic(file, html);
  return { path: file, bytes: Buffer.byteLength(html) };
}

/** What marks an index.html as ours (templates/index.hbs): any other is the user's. */
const GENERATOR = '<meta name="generator" content="studyguide">';

/**
 * An index.html in out/ that studyguide did not write (`--out .` in a site's folder), or a folder
 * of that name: kept as it is, with a warning, where it was overwritten or the build crashed.
 */
async function notOurs(file: string): Promise<Diagnostic | undefined> {
  const info = await lstat(file).catch(() => undefined);
  if (!info) return undefined;
  const head = info.isFile() ? await readHead(file) : '';
  if (head.includes(GENERATOR)) return undefined;
  return {
    file,
    line: 1,
    severity: 'warning',
    code: 'output-left-out',
    message: `index.html not written: ${info.isFile() ? 'the file there was not written by studyguide' : 'a folder of that name is there'}, and is kept — move it to get the index, or choose another --out`,
  };
}

async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(2048);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Title and counts of a deck: from its model (and saved), else as saved when it was built. */
async function summaryOf(entry: IndexEntry, folder: string, parse: (file: string) => Promise<Deck>): Promise<DeckSummary> {
  if (!entry.deck) {
    const saved = await readFile(path.join(folder, SUMMARY_FILE), 'utf8')
      .then((t) => JSON.parse(t) as DeckSummary)
      .catch(() => undefined);
    if (saved?.slug === entry.slug && typeof saved.title === 'string') return saved;
    if (!entry.file) throw new Error(`no model or summary for deck ${entry.slug}`);
    // A deck whose outputs were fresh but whose summary is gone: parsed like any deck (the build
    // lends its limited parser).
    entry.deck = await parse(entry.file);
  }
  const { deck } = entry;
  const summary: DeckSummary = {
    slug: deck.slug,
    title: deck.title,
    subtitle: deck.subtitle,
    total: allQuestions(deck).length,
    counts: countByLevel(deck),
    lang: deck.lang,
  };
  await writeAtomic(path.join(folder, SUMMARY_FILE), JSON.stringify(summary));
  return summary;
}

/** Deck folders in out/ from earlier builds (they carry a summary) that this build did not list. */
async function earlierDecks(outDir: string, entries: IndexEntry[]): Promise<IndexEntry[]> {
  const listed = new Set(entries.map((e) => e.slug));
  const folders = await readdir(outDir, { withFileTypes: true }).catch(() => []);
  const earlier: IndexEntry[] = [];
  for (const f of folders.filter((d) => d.isDirectory() && !listed.has(d.name)).sort((a, b) => a.name.localeCompare(b.name))) {
    const saved = await readFile(path.join(outDir, f.name, SUMMARY_FILE), 'utf8')
      .then((t) => JSON.parse(t) as DeckSummary)
      .catch(() => undefined);
    if (saved?.slug === f.name && typeof saved.title === 'string') earlier.push({ slug: f.name });
  }
  return earlier;
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
