import { mkdir, rename, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { StudyguideError } from './errors.js';

/** out/<slug>/<name>, refusing anything that would leave the output folder. */
export function outputPath(outDir: string, slug: string, name: string): string {
  const root = path.resolve(outDir);
  const target = path.resolve(root, slug, name);
  if (!target.startsWith(root + path.sep)) {
    throw new StudyguideError(`output path escapes the output folder: ${slug}/${name}`, { hint: 'rename the deck file' });
  }
  return target;
}

/**
 * Writes a file atomically: a temporary file in the same folder, then a rename, so readers
 * and later builds see either the old file or the new one, never a partial one.
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Writes several outputs, each atomically; the set is only started once every buffer exists. */
export async function writeOutputs(files: { path: string; data: string | Uint8Array }[]): Promise<void> {
  for (const f of files) await writeAtomic(f.path, f.data);
}
