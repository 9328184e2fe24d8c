import { lstat, readdir, readFile, readlink, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_ROOT } from '../render/assets.js';
import { StudyguideError } from '../errors.js';
import { shownPath } from '../shown-path.js';
import { CONFIG_FILE } from '../config/config-files.js';
import { SCHEMA_FILE } from '../config/config-json-schema.js';
import { makeFolder } from '../make-folder.js';
import { commandIn, projectCopy } from './installed-copy.js';

/** The files `init` copies: an example deck (with its image), a config file and a README. */
export const STARTER_DIR = path.join(PACKAGE_ROOT, 'templates', 'starter');

/**
 * The starter config with `$schema` first, pointing (relative to the new config file) at the
 * JSON Schema this package ships, so an editor completes and checks its keys. Through the
 * project's node_modules/studyguide when there is one (pnpm's real path names the version).
 */
export function withSchema(configText: string, dir: string, root: string = PACKAGE_ROOT): string {
  const shipped = path.join(projectCopy(dir, root) ?? root, SCHEMA_FILE);
  const schema = path.relative(path.resolve(dir), shipped).split(path.sep).join('/');
  return `${JSON.stringify({ $schema: schema, ...(JSON.parse(configText) as object) }, null, 2)}\n`;
}

/** Lists files under a folder, as paths relative to it. */
async function listFiles(dir: string, sub = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, sub), { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = path.join(sub, e.name);
    if (e.isDirectory()) files.push(...(await listFiles(dir, rel)));
    else files.push(rel);
  }
  return files;
}

/**
 * Fills `dir` with the starter files. A file that already exists is kept as it is: the write
 * uses the exclusive flag, so even a file created a moment ago is never overwritten.
 */
export async function initDeckFolder(dir: string): Promise<{ written: string[]; kept: string[] }> {
  const written: string[] = [];
  const kept: string[] = [];
  for (const rel of await listFiles(STARTER_DIR)) {
    const target = path.join(dir, rel);
    const shown = shownPath(target);
    try {
      await makeFolder(path.dirname(target));
      const data = await readFile(path.join(STARTER_DIR, rel));
      await writeFile(target, rel === CONFIG_FILE ? withSchema(data.toString('utf8'), dir) : data, { flag: 'wx' });
      written.push(shown);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') kept.push(shown);
      else
        throw (
          (await inTheWay(path.dirname(target))) ??
          new StudyguideError(`cannot write ${shown} (${code ?? (err as Error).message})`, { kind: 'input', hint: 'choose a folder you can write to' })
        );
    }
  }
  return { written, kept };
}

/**
 * What stands where init makes a folder: a file (`init notes` over a notes file, or a file named
 * content in the folder), or a link to nothing. Named with what to do; "cannot write
 * notes/content/example.md (ENOTDIR)" left the user to find it.
 */
async function inTheWay(folder: string): Promise<StudyguideError | undefined> {
  for (let at = path.resolve(folder); ; at = path.dirname(at)) {
    const info = await lstat(at).catch(() => undefined);
    if (info?.isSymbolicLink() && !(await stat(at).catch(() => undefined))) {
      const to = path.resolve(path.dirname(at), await readlink(at));
      return new StudyguideError(`is a link to ${shownPath(to)}, which is not there`, {
        kind: 'input',
        file: shownPath(at),
        hint: 'make that folder, or give init another one',
      });
    }
    if (info && !info.isSymbolicLink() && !info.isDirectory())
      return new StudyguideError('is a file where init makes a folder', {
        kind: 'input',
        file: shownPath(at),
        hint: 'give init a folder (new or existing), or move the file',
      });
    if (info || path.dirname(at) === at) return undefined;
  }
}

/**
 * What to run after init: `cd` only into another folder, quoted when the shell would split or
 * expand its name; `command` is how studyguide runs there (installed-copy.ts).
 */
export function nextStep(dir: string, cwd = process.cwd(), command = commandIn(path.resolve(cwd, dir))): string {
  const run = `${command} check && ${command} build`;
  if (path.resolve(cwd, dir) === path.resolve(cwd)) return run;
  const shown = /^[\w./@%+=:,-]+$/.test(dir) ? dir : `'${dir.replace(/'/g, `'\\''`)}'`;
  return `cd ${shown} && ${run}`;
}
