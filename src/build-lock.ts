import { readFileSync, rmSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StudyguideError } from './errors.js';
import { onInterrupt } from './interrupt.js';
import { outFolderError } from './write-failure.js';
import { makeFolder } from './make-folder.js';

/** The lock file in the output folder: the build writing to it now. */
export const LOCK_FILE = '.studyguide-lock';

interface Holder {
  pid: number;
  started: string;
}

/**
 * Serializes builds into one output folder: two builds writing (and recording the cache of) the
 * same files at once would each take the other's outputs for its own. A second build waits for
 * the first (told once through onWait, with the holder named); a lock whose process is gone is
 * taken over. Resolves with the function that releases the lock.
 */
export async function lockOutputFolder(outDir: string, onWait: (message: string) => void, maxWaitMs = 15 * 60_000): Promise<() => Promise<void>> {
  const root = path.resolve(outDir);
  // Almost surely a slip (`--out /`): the decks' folders and index.html would land among the system's.
  if (path.dirname(root) === root)
    throw new StudyguideError('the output folder is the root of the file system', { file: root, hint: 'choose a folder for the outputs, e.g. --out out' });
  const file = path.join(root, LOCK_FILE);
  await makeFolder(root).catch((err: unknown) => {
    throw outFolderError(outDir, err);
  });
  const me: Holder = { pid: process.pid, started: new Date().toISOString() };
  const waitedSince = Date.now();
  let told = false;
  for (;;) {
    try {
      await writeFile(file, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        // Created but not written (a full disk): no empty lock is left behind.
        await rm(file, { force: true }).catch(() => undefined);
        throw outFolderError(outDir, err);
      }
    }
    const holder = await readHolder(file);
    if (!holder || !isRunning(holder.pid)) {
      await rm(file, { force: true }); // left by a build that was killed
      continue;
    }
    const who = `another build (pid ${holder.pid}, started ${holder.started}) is writing to ${path.dirname(file)}`;
    if (Date.now() - waitedSince > maxWaitMs) {
      throw new StudyguideError(`${who} and did not finish in ${Math.round(maxWaitMs / 60_000)} minutes`, {
        kind: 'environment',
        file,
        hint: 'wait for it, or remove the lock file if no build is running',
      });
    }
    if (!told) onWait(`${who}; waiting for it to finish`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const release = () => {
    // Only our own lock: never one a later build took over.
    try {
      if ((JSON.parse(readFileSync(file, 'utf8')) as Holder).pid === process.pid) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
  const unregister = onInterrupt(release);
  return async () => {
    unregister();
    release();
  };
}

async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as Holder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined; // half-written or garbage: treated as stale
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
