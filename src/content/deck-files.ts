import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { StudyguideError } from '../errors.js';
import { withoutPairedAnswers } from './answers-sibling.js';

// Kept free of the markdown pipeline: a no-op rebuild (cache.ts) lists decks without loading it.

/** How paths are read: `recursive` goes into sub-folders all the way down. */
export interface DeckSearch {
  recursive?: boolean;
}

/** True for a deck file name: `.md`, not hidden. */
const isDeckName = (name: string) => name.toLowerCase().endsWith('.md') && !path.basename(name).startsWith('.');

/**
 * Expands files, folders and globs into the deck files to build: a folder gives its `*.md`
 * (all the way down with `recursive`), a glob (`*`, `**` for any depth, `{a,b}`) the .md files
 * it matches, sorted. Globs are expanded here, so they work quoted and in shells that leave them alone.
 */
export async function findDeckFiles(paths: string[], search: DeckSearch = {}): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let failed: NodeJS.ErrnoException | undefined;
    const info = await stat(p).catch((err: NodeJS.ErrnoException) => void (failed = err));
    if (!info) {
      const unreadable = await unreadablePath(p, failed);
      if (unreadable) throw unreadable;
      const { glob, isDynamicPattern } = await import('tinyglobby');
      // Patterns use forward slashes; a Windows user may type either.
      const pattern = path.sep === '\\' ? p.replace(/\\/g, '/') : p;
      if (!isDynamicPattern(pattern)) throw missingPath(p);
      // Matches are given as the pattern was: absolute for an absolute pattern, else relative.
      const found = await glob(pattern, { onlyFiles: true, expandDirectories: false, absolute: path.isAbsolute(pattern) });
      const matches = found.filter((f) => isDeckName(f) && (pattern.includes('node_modules') || !inNodeModules(f))).sort();
      if (matches.length === 0) throw new StudyguideError('no .md deck files match this pattern', { file: p, hint: 'check the pattern, e.g. "decks/**/*.md" (quoted)' });
      files.push(...matches.map(path.normalize));
    } else if (info.isDirectory()) {
      const names = search.recursive
        ? await decksBelow(p)
        : (
            await readdir(p).catch((err: NodeJS.ErrnoException) => {
              throw (err.code === 'EACCES' || err.code === 'EPERM' ? noPermission(p) : err);
            })
          )
            .filter(isDeckName)
            .sort();
      if (names.length === 0) throw new StudyguideError(`folder has no .md decks${search.recursive ? ' at any depth' : ''}`, { file: p, hint: search.recursive ? 'add a deck file such as my-deck.md' : 'add a deck file such as my-deck.md, or pass --recursive to read its sub-folders' });
      files.push(...names.map((n) => path.join(p, n)));
    } else files.push(p);
  }
  // An answers file is read with its questions file (answers-sibling.ts), not as a deck of its own.
  // One file named twice (`deck.md ./deck.md`, a folder and a deck in it, a link beside the deck it points at)
  // is one deck: named as first given, or by the file itself over a link to it.
  const real = await Promise.all(files.map((f) => realpath(f).catch(() => path.resolve(f))));
  const chosen = new Map<string, string>();
  files.forEach((f, i) => {
    const had = chosen.get(real[i]);
    if (had === undefined || (path.resolve(had) !== real[i] && path.resolve(f) === real[i])) chosen.set(real[i], f);
  });
  const picked = new Set(chosen.values());
  const unique = withoutPairedAnswers(files.filter((f) => picked.delete(f)));
  checkOutputFolders(unique);
  return unique;
}

/** A path that is there but cannot be followed (a link that loops or points at nothing, no permission): said as such, not as missing. */
async function unreadablePath(p: string, failed: NodeJS.ErrnoException | undefined): Promise<StudyguideError | undefined> {
  if (failed?.code === 'ELOOP') return new StudyguideError('is a symbolic link that loops back on itself', { file: p, hint: 'point the link at a deck file, or pass the file itself' });
  if (failed?.code === 'EACCES' || failed?.code === 'EPERM') return noPermission(p);
  const link = await lstat(p).catch(() => undefined);
  if (link?.isSymbolicLink()) {
    const target = await readlink(p).catch(() => '?');
    return new StudyguideError(`is a symbolic link to ${target}, which does not exist`, { file: p, hint: 'point the link at a deck file, or pass the file itself' });
  }
  return undefined;
}

/**
 * A path that is not there. `content`, the folder built when no path is given (DEFAULT_CONTENT,
 * not imported: the option schema loads zod, which a no-op rebuild does without), gets a hint of
 * its own: "run without paths to build content/" was the advice to someone who had just done that.
 */
const missingPath = (p: string) =>
  new StudyguideError('no such file or folder', {
    file: p,
    hint: path.normalize(p) === 'content' ? 'name a deck (studyguide build my-deck.md), or run studyguide init to start a content/ folder' : 'check the path, or run without paths to build content/',
  });

const noPermission = (p: string) => new StudyguideError('cannot be read: no permission', { file: p, hint: 'fix its permissions (chmod +r), or build as a user who may read it' });

/** Two decks with one output folder would overwrite each other's files without a word: an error names both. */
export function checkOutputFolders(decks: string[]): void {
  const bySlug = new Map<string, string>();
  for (const file of decks) {
    const other = bySlug.get(slugFromFile(file));
    if (other) {
      // The same file name in two folders (`networking/deck.md`, `storage/deck.md`): the folders are what tell them apart.
      const folder = path.dirname(file);
      const sameName = path.basename(file).toLowerCase() === path.basename(other).toLowerCase() && path.resolve(folder) !== path.resolve(path.dirname(other));
      const named = `${path.basename(path.resolve(folder))}.md`;
      // `café.md` typed on macOS (é as e + accent) beside one typed elsewhere: the two names print alike.
      const lookAlike = !sameName && file !== other && file.normalize('NFC') === other.normalize('NFC');
      // `a<U+200B>.md` (a zero-width space in it) beside `a.md`: they print alike too, whatever the terminal.
      const hidden = [...new Set([...`${file}${other}`].filter((ch) => INVISIBLE.test(ch)))];
      const invisible = !sameName && !lookAlike && hidden.length > 0 && file.replace(INVISIBLES, '') === other.replace(INVISIBLES, '');
      const codes = hidden.map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
      const hint = invisible
        ? `delete or rename one of the two files: one name holds an invisible character (${codes}), so the two print alike`
        : sameName
        ? `name each after its folder (${path.join(folder, named)}), or call each README.md: a deck so named takes its folder's name`
        : lookAlike
          ? 'delete or rename one of the two files: their names look the same but spell an accented letter two ways (as one letter, and as a letter plus an accent mark)'
          : 'rename one of the two files';
      throw new StudyguideError(`both this deck and ${other} would be written to the output folder "${slugFromFile(file)}"`, { file, hint });
    }
    bySlug.set(slugFromFile(file), file);
  }
}

/** Format characters (zero-width spaces and joiners, bidirectional controls, the byte-order mark): they print as nothing. */
const INVISIBLE = /^\p{Cf}$/u;
const INVISIBLES = /\p{Cf}/gu;

/** True for a path inside a node_modules folder (packages' READMEs are no decks). */
const inNodeModules = (file: string) => file.split(/[\\/]/).includes('node_modules');

/**
 * Every deck file under a folder at any depth (relative to it, sorted), leaving out hidden folders and node_modules.
 * Walked here rather than globbed: a glob library skips a sub-folder it may not read without a word, and its decks
 * would be missing from the build; here that folder is an error that names it. Linked folders are followed once.
 */
async function decksBelow(dir: string): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = async (rel: string): Promise<void> => {
    const abs = path.join(dir, rel);
    const real = await realpath(abs);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await readdir(abs, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
      throw err.code === 'EACCES' || err.code === 'EPERM' ? noPermission(abs) : err;
    });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = path.join(rel, entry.name);
      const info = entry.isSymbolicLink() ? await stat(path.join(dir, child)).catch(() => undefined) : entry;
      if (info?.isDirectory()) await walk(child);
      // A deck name that is no regular file (a link that loops or points nowhere, a named pipe) is
      // listed as one level down lists it: reading it fails at its name, where skipping it said nothing.
      else if (isDeckName(entry.name)) found.push(child);
    }
  };
  await walk('');
  return found.sort();
}

/** File names that stand for their folder. */
const FOLDER_DECK_NAME = /^(?:readme|index)\.md$/i;

/**
 * Output folder name from the file name only (a read-me or index: its folder's name): lowercase letters of any script, digits and
 * dashes (`Вопросы.md` → `вопросы`, `café-résumé.md` → `café-résumé`), in NFC so the same name
 * typed on any system gives the same folder.
 */
export function slugFromFile(file: string): string {
  // A folder's read-me or index that holds a deck is named after its folder (`basic/README.md` →
  // `basic`): a bank kept as one README a folder would give every deck the same name.
  const base = FOLDER_DECK_NAME.test(path.basename(file)) ? path.basename(path.dirname(path.resolve(file))) : path.basename(file).replace(/\.[^.]*$/, '');
  const words = base.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}\p{M}]+/gu, '-').replace(/^-+|-+$/g, '');
  // At most 80 characters, cut between characters (never inside one) and without a trailing dash.
  const slug = Array.from(words).slice(0, 80).join('').replace(/-+$/, '').normalize('NFC');
  return slug || 'deck';
}
