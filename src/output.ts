import { access, constants, copyFile, cp, link, lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { StudyguideError } from './errors.js';
import { onInterrupt } from './interrupt.js';
import { fileWriteError, writeHint } from './write-failure.js';
import { makeFolder } from './make-folder.js';

/** out/<slug>/<name>, refusing anything that would leave the output folder. */
export function outputPath(outDir: string, slug: string, name: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, slug, name);
  // Relative, not a prefix test: out at the file system's root ends in a separator already.
  const inside = path.relative(root, target);
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) {
    throw new StudyguideError(`output path escapes the output folder: ${slug}/${name}`, { hint: 'rename the deck file' });
  }
  return target;
}

/** Temporary files are `.<name>.<pid>.<random>.tmp` next to their target. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Temporary files being written right now; removed if the process is interrupted. */
const pending = new Set<string>();
let unregister: (() => void) | undefined;

function track(tmp: string): void {
  pending.add(tmp);
  unregister ??= onInterrupt(() => {
    for (const f of pending) rmSync(f, { force: true });
  });
}

function untrack(tmp: string): void {
  pending.delete(tmp);
  if (pending.size === 0) {
    unregister?.();
    unregister = undefined;
  }
}

/**
 * Writes a file atomically: a temporary file in the same folder, then a rename, so readers
 * and later builds see either the old file or the new one, never a partial one. The temporary
 * file is removed on failure and on SIGINT/SIGTERM. A failure is an error naming the file.
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await makeFolder(path.dirname(file));
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  track(tmp);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    // A full disk while writing the index page gave only "ENOSPC: no space left on device, write".
    throw fileWriteError(file, err);
  } finally {
    untrack(tmp);
  }
}

/**
 * Removes temporary files left in a folder by a build whose process no longer runs (killed
 * with SIGKILL, power loss): nothing else can clean those up.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || isRunning(Number(m[1]))) continue;
    await rm(path.join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Where a deck's new set is written before it replaces the old one, and where the old one goes aside. */
const STAGING_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.(staging|old)$/;

/** What writeOutputs may be given instead of the file system's own writeFile (tests inject faults). */
export interface WriteHooks {
  writeFile?: (file: string, data: string | Uint8Array) => Promise<void>;
  /** Called after each file of the set is written (tests pause here to interrupt mid-set). */
  afterFile?: (file: string) => Promise<void>;
}

/**
 * Writes one deck's outputs as a set: every file goes into a staging folder next to the deck's
 * folder (with the earlier files this build does not replace linked in), then the two folders
 * swap by rename. An interrupt, a crash or a full disk leaves the old set or the new one, never a
 * mix. Staging folders of builds that no longer run are removed first, and an old set a killed
 * build left aside is put back. Errors name the deck and the file, with a hint.
 */
export async function writeOutputs(files: { path: string; data: string | Uint8Array }[], hooks: WriteHooks = {}): Promise<void> {
  for (const dir of new Set(files.map((f) => path.dirname(f.path)))) {
    const own = files.filter((f) => path.dirname(f.path) === dir);
    await writeDeckSet(dir, own, hooks);
  }
}

async function writeDeckSet(dir: string, files: { path: string; data: string | Uint8Array }[], hooks: WriteHooks): Promise<void> {
  const parent = path.dirname(dir);
  const slug = path.basename(dir);
  await makeFolder(parent).catch((err) => {
    throw writeError(slug, parent, err);
  });
  await recoverStaleSets(parent);
  await refuseClashes(dir, slug, files);
  await refuseLocked(dir, slug);
  await removeStaleTemps(dir);
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const stage = path.join(parent, `.${slug}.${tag}.staging`);
  const aside = path.join(parent, `.${slug}.${tag}.old`);
  let swapped = false;
  // On Ctrl-C: before the swap the old set is still in place and the stage goes; the swap itself
  // is two synchronous renames, which no signal handler can come between.
  const unregister = onInterrupt(() => {
    if (!swapped) rmSync(stage, { recursive: true, force: true });
  });
  const write = hooks.writeFile ?? ((file: string, data: string | Uint8Array) => writeFile(file, data));
  try {
    await mkdir(stage);
    for (const f of files) {
      const target = path.join(stage, path.basename(f.path));
      await write(target, f.data).catch((err) => {
        throw writeError(slug, f.path, err);
      });
      await (hooks.afterFile ?? pauseForTests)(f.path);
    }
    const names = new Set(files.map((f) => path.basename(f.path)));
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (names.has(entry.name) || TEMP_NAME.test(entry.name)) continue;
      // Earlier files this build does not write (another output, the cache record) stay.
      const from = path.join(dir, entry.name);
      const to = path.join(stage, entry.name);
      if (entry.isDirectory()) await cp(from, to, { recursive: true });
      else await link(from, to).catch(() => copyFile(from, to));
    }
    const hadOld = existsSync(dir);
    if (hadOld) renameSync(dir, aside);
    try {
      renameSync(stage, dir);
    } catch (err) {
      if (hadOld) renameSync(aside, dir);
      throw err;
    }
    swapped = true;
  } catch (err) {
    await rm(stage, { recursive: true, force: true });
    if (err instanceof StudyguideError) throw err;
    throw writeError(slug, dir, err);
  } finally {
    unregister();
  }
  await rm(aside, { recursive: true, force: true }).catch((err: unknown) => {
    throw leftOver(aside, err, `the new outputs of deck "${slug}" are in place, and this folder holds the earlier ones: remove it`);
  });
}

/**
 * The earlier set goes once the new one is in place: a folder in it this user cannot write, or a
 * file that is immutable, would stop that halfway, after the swap. Found first, nothing moves.
 */
async function refuseLocked(dir: string, slug: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => undefined);
  if (!entries) return;
  const paths = [{ file: dir, folder: true }, ...entries.map((e) => ({ file: path.join(e.parentPath, e.name), folder: e.isDirectory() }))];
  for (const { file, folder } of paths) {
    const err = await access(file, constants.W_OK).then(
      () => undefined,
      (e: unknown) => e as NodeJS.ErrnoException,
    );
    // A read-only file in a writable folder can still be removed; an immutable one (EPERM) cannot.
    if (err && (folder || err.code === 'EPERM')) throw writeError(slug, file, err);
  }
}

/** A folder an earlier build left (or this one set aside) that cannot be removed: named, with what to do. */
function leftOver(folder: string, err: unknown, hint: string): StudyguideError {
  const code = (err as NodeJS.ErrnoException)?.code ?? (err instanceof Error ? err.message : String(err));
  return new StudyguideError(`could not remove this folder of earlier outputs (${code})`, { kind: 'environment', file: folder, hint });
}

/**
 * What stands where an output goes and is not one: a file named as the deck's folder, a folder
 * named as an output file. The swap would delete it with the old set, so the build stops instead.
 */
async function refuseClashes(dir: string, slug: string, files: { path: string }[]): Promise<void> {
  const info = await lstat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) {
    const what = info.isSymbolicLink() ? 'a symbolic link' : 'a file';
    throw new StudyguideError(`is ${what} where the folder of deck "${slug}" goes`, {
      file: dir,
      hint: `move or rename that ${info.isSymbolicLink() ? 'link' : 'file'}, or choose another --out`,
    });
  }
  if (!info) return;
  for (const f of files) {
    const entry = await lstat(path.join(dir, path.basename(f.path))).catch(() => undefined);
    if (entry?.isDirectory()) {
      throw new StudyguideError(`is a folder where the deck's output file ${path.basename(f.path)} goes`, {
        file: f.path,
        hint: 'move or rename that folder, then build again (the earlier outputs were kept)',
      });
    }
  }
}

/** Staging folders and set-aside old sets of builds that no longer run: removed, or put back. */
async function recoverStaleSets(parent: string): Promise<void> {
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const m = STAGING_NAME.exec(name);
    if (!m || isRunning(Number(m[2]))) continue;
    const full = path.join(parent, name);
    const live = path.join(parent, m[1]);
    // A build killed between the two renames of a swap left the old set aside and none in place.
    if (m[3] === 'old' && !existsSync(live)) await rename(full, live).catch(() => undefined);
    else {
      // It said only "EACCES: permission denied, unlink '…/.deck.123.old/…'", and stopped every later build the same way.
      await rm(full, { recursive: true, force: true }).catch((err: unknown) => {
        throw leftOver(full, err, 'an earlier build left it here: remove it (or fix its permissions), then build again (the outputs in place were kept)');
      });
    }
  }
}

/** STUDYGUIDE_WRITE_PAUSE_MS: a pause after each file of a set, so tests can interrupt a build mid-set. */
async function pauseForTests(): Promise<void> {
  const ms = Number(process.env.STUDYGUIDE_WRITE_PAUSE_MS);
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

/** A write failure as the user should read it: which deck, which file, what to do. */
function writeError(slug: string, file: string, err: unknown): StudyguideError {
  const code = (err as NodeJS.ErrnoException)?.code;
  const hint = writeHint(err);
  const reason = code ?? (err instanceof Error ? err.message : String(err));
  return new StudyguideError(`could not write the outputs of deck "${slug}" (${reason})`, {
    kind: hint ? 'environment' : 'input',
    file,
    hint: hint ?? 'check the output folder, then build again (the earlier outputs were kept)',
  });
}
