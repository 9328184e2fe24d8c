import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deckLimits, isInside, MAX_ID_LIST_BYTES, MAX_IMAGE_BYTES, readInput } from '../content/read-input.js';
import { looseDeckText } from '../content/deck-encoding.js';
import { installedOptionalFaces } from '../render/fonts.js';
import { systemFontsStamp } from './system-fonts-stamp.js';
import { answersSibling } from '../content/answers-sibling.js';
import { localLinks } from '../content/local-links.js';

/** Folder of our compiled code: dist/ at run time (src/ under the test runner), one up from this file's. */
const CODE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What every deck's outputs depend on besides the deck: options (output folder aside),
 * templates and styles (a theme's included), our compiled code and version. Once per build.
 */
export async function buildFingerprint(opts: object, assetDirs: string[]): Promise<string> {
  const hash = createHash('sha256');
  // Where outputs go and whether the cache is used do not change them; nor does typing those as flags.
  const { paths: _paths, outDir: _outDir, cache: _cache, flagKeys, ...rest } = opts as Record<string, unknown>;
  const kept = Array.isArray(flagKeys) ? flagKeys.filter((k) => k !== 'outDir' && k !== 'cache') : flagKeys;
  hash.update(stableJson({ ...rest, flagKeys: kept }));
  // --only-ids names a file: what it lists decides the outputs, not its name.
  // Read as the build reads it (content/id-list.ts): a FIFO named here hung the build before it began.
  if (typeof rest.onlyIds === 'string')
    hash.update('\0only-ids\0').update(await readInput(rest.onlyIds, { maxBytes: MAX_ID_LIST_BYTES, what: '--only-ids file' }).catch(() => 'unreadable'));
  hash.update(codeFingerprint());
  // A Chinese, Japanese or Korean face installed (or upgraded) since prints those scripts anew.
  hash.update(`\0optional-faces\0${installedOptionalFaces().map((f) => `${f.pkg}@${f.version}`)}`);
  // So does a system CJK font installed or removed where the Korean face stands in for it.
  hash.update(`\0system-fonts\0${systemFontsStamp()}`);
  for (const dir of assetDirs) hashFiles(hash, dir, listFiles(dir));
  return hash.digest('hex');
}

let code: string | undefined;

/**
 * Our version and code (the .js files beside this one, or the .ts sources when run from them), once per process (the code
 * running cannot change under it). Each file counts by its name, size and modification time, not
 * its bytes: a compile or an install rewrites what it changes, and a no-op rebuild's start-up
 * does not read 250 files to learn that nothing did. Type declarations change no output and are skipped.
 */
export function codeFingerprint(): string {
  if (code) return code;
  const pkg = (() => {
    try {
      return readFileSync(path.join(CODE_DIR, '..', 'package.json'), 'utf8');
    } catch {
      return '';
    }
  })();
  return (code = compiledCodeFingerprint(CODE_DIR, (/"version"\s*:\s*"([^"]*)"/.exec(pkg) ?? [])[1] ?? ''));
}

/** The fingerprint of the compiled code in `dir` (see codeFingerprint). */
export function compiledCodeFingerprint(dir: string, version: string): string {
  const hash = createHash('sha256').update(`version:${version}`);
  for (const file of listFiles(dir)) {
    if (!/\.[cm]?[jt]s$/.test(file) || /\.d\.[cm]?ts$/.test(file)) continue;
    const { size, mtimeMs } = statSync(path.join(dir, file));
    hash.update(`\0${file}\0${size}\0${mtimeMs}`);
  }
  return hash.digest('hex');
}

/** A deck's cache key and the bytes it was computed from (the build parses those same bytes). */
export interface DeckInput {
  key: string;
  /** Undefined when the deck could not be read safely; the build then reports why. */
  bytes?: Buffer;
}

/**
 * The cache key of one deck: its bytes, the local files it links, and the build fingerprint.
 * Files are read as the build reads them (read-input.ts): a FIFO, device or link out of the
 * folder is never opened or read past its limit here either. Never throws: an unreadable deck
 * gets a key no build records, and its build fails with the reason.
 */
export async function deckInput(file: string, fingerprint: string): Promise<DeckInput> {
  const hash = createHash('sha256').update(fingerprint);
  const folder = path.dirname(path.resolve(file));
  let bytes: Buffer;
  try {
    bytes = await readInput(file, deckLimits(file));
  } catch (err) {
    return { key: hash.update(`unreadable:${(err as Error).message}`).digest('hex') };
  }
  hash.update(bytes);
  await hashLinked(hash, looseDeckText(bytes), folder);
  // The answers file read with a questions file (content/answers-sibling.ts) changes its outputs too, and so do the pictures it shows.
  const answers = answersSibling(file);
  if (answers) {
    hash.update(`\0answers\0${path.basename(answers)}\0`);
    const answersBytes = await readInput(answers, deckLimits(answers)).catch((err: Error) => `unreadable:${err.message}`);
    hash.update(answersBytes);
    if (typeof answersBytes !== 'string') await hashLinked(hash.update('\0answers-links\0'), looseDeckText(answersBytes), path.dirname(path.resolve(answers)));
  }
  return { key: hash.digest('hex'), bytes };
}

/**
 * Adds the local files a markdown text in `folder` links (its images) to the hash; a missing one hashes as such.
 * A linked answer file (content/layouts/linked-answer-files.ts) shows its own pictures, named from its own folder:
 * those count too, one level down, still only inside `root` (the deck's folder).
 */
async function hashLinked(hash: Hash, markdown: string, folder: string, root = folder, depth = 0): Promise<void> {
  // Images next to the deck change the PDF without changing the deck.
  for (const ref of localLinks(markdown)) {
    const target = path.resolve(folder, ref);
    if (!isInside(target, root)) continue; // never read outside the deck's folder
    const bytes = await readInput(target, { maxBytes: MAX_IMAGE_BYTES, confineTo: root, what: 'image' }).catch((err: Error) => `unreadable:${err.message}`);
    hash.update(`\0${ref}\0`).update(bytes);
    if (depth === 0 && /\.md$/i.test(ref) && typeof bytes !== 'string')
      await hashLinked(hash.update('\0linked-answer\0'), looseDeckText(bytes), path.dirname(target), root, depth + 1);
  }
}

/** The cache key of one deck (see deckInput). */
export async function deckKey(file: string, fingerprint: string): Promise<string> {
  return (await deckInput(file, fingerprint)).key;
}

/**
 * Files under a folder (relative, sorted), read synchronously like hashFiles: a few hundred
 * small files read one promise at a time cost a no-op rebuild more than all else it does.
 */
function listFiles(dir: string): string[] {
  try {
    const root = path.resolve(dir);
    const entries = readdirSync(root, { withFileTypes: true, recursive: true });
    // Names relative to `dir` by slicing: path.relative() on each was a third of a no-op's listing.
    const under = (parent: string) => (parent.length > root.length ? `${parent.slice(root.length + 1)}${path.sep}` : '');
    return entries
      .filter((e) => e.isFile())
      .map((e) => under(e.parentPath ?? (e as unknown as { path: string }).path) + e.name)
      .sort();
  } catch {
    return []; // a missing folder hashes as empty
  }
}

/** Adds each file's name and bytes to the hash. */
function hashFiles(hash: Hash, dir: string, files: string[]): void {
  for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(path.join(dir, file)));
}

/** JSON with sorted keys, so the same options always hash the same. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
