import { existsSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

// Where config files are looked for, kept free of the option schema (zod): the start-up path of
// a repeated command (command-record.ts) reads these without loading it.

/** The config file `init` writes, and the first name searched for. */
export const CONFIG_FILE = 'studyguide.config.json';

/** Config file names searched in each folder, first match wins; package.json counts with a "studyguide" key. */
export const CONFIG_FILES = [CONFIG_FILE, 'studyguide.config.yaml', 'studyguide.config.yml', 'studyguide.config.mjs', 'studyguide.config.js', 'package.json'];

/** Options naming folders: relative to the config file, and they must exist. */
export const FOLDER_KEYS = ['theme', 'templates', 'styles'] as const;

/** A folder holding one of these is a project root. */
const ROOT_MARKERS = ['package.json', '.git'];

/**
 * The project root: the nearest folder, from `cwd` upwards, holding package.json or .git.
 * The config search stops there; without one, only `cwd` itself is searched.
 */
export function projectRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (ROOT_MARKERS.some((m) => existsSync(path.join(dir, m)))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

/**
 * Every path whose presence or content decides which config file a command reads and what it
 * holds: the file given (`--config`), none (`--no-config`), or, for the search, each candidate
 * name and root marker in every folder from `cwd` up to the project root (or to the top, when
 * there is none: a marker made above would move the root).
 */
export function configInputs(cwd: string, choice: string | false | undefined): string[] {
  if (choice === false) return [];
  if (typeof choice === 'string') return [path.resolve(cwd, choice)];
  const paths: string[] = [];
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    paths.push(...[...CONFIG_FILES, ...ROOT_MARKERS].map((name) => path.join(dir, name)));
    if (ROOT_MARKERS.some((m) => existsSync(path.join(dir, m))) || path.dirname(dir) === dir) return [...new Set(paths)];
  }
}

/**
 * One hash of what those paths are now: missing, a folder, or a regular file's bytes. Nothing
 * else is opened (a FIFO named like a config file must not hang the start-up).
 */
export function pathsState(paths: string[]): string {
  const hash = createHash('sha256');
  for (const p of paths) {
    // A link that loops is hashed as such; reading the config then names it (config-entry.ts).
    const info = (() => {
      try {
        return statSync(p, { throwIfNoEntry: false });
      } catch {
        return null;
      }
    })();
    hash.update(`\0${p}\0`);
    if (info === null) hash.update('unreadable');
    else if (!info) hash.update('missing');
    else if (info.isDirectory()) hash.update('folder');
    else if (info.isFile()) hash.update(`file\0`).update(readFileSync(p));
    else hash.update('other');
  }
  return hash.digest('hex');
}
