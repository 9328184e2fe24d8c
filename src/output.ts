import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { StudyguideError } from './errors.js';
import { onInterrupt } from './interrupt.js';

/** out/<slug>/<name>, refusing anything that would leave the output folder. */
export function outputPath(outDir: string, slug: string, name: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, slug, name);
  if (!target.startsWith(root + path.sep)) {
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
 * file is removed on failure and on SIGINT/SIGTERM.
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  track(tmp);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
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

/** Writes several outputs, each atomically; the set is only started once every buffer exists. */
export async function writeOutputs(files: { path: string; data: string | Uint8Array }[]): Promise<void> {
  for (const dir of new Set(files.map((f) => path.dirname(f.path)))) await removeStaleTemps(dir);
  for (const f of files) await writeAtomic(f.path, f.data);
}
