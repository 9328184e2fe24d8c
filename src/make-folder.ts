import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * `mkdir -p`, one folder at a time from the nearest one that exists. Node's own recursive mkdir
 * (v20) goes round forever where a folder's parent exists but the folder can never be made
 * (`--out /proc/x`: mkdir says ENOENT, it makes the parent, meets EEXIST and tries again); here
 * that ENOENT is thrown, for the caller to name the folder.
 */
export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    try {
      await mkdir(at);
      break;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Made already: the folders below it are made next (a file in its place fails there, ENOTDIR).
      if (code === 'EEXIST' && (missing.length > 0 || (await stat(at)).isDirectory())) break;
      if (code !== 'ENOENT' || path.dirname(at) === at) throw err;
      missing.push(at);
    }
  }
  for (const folder of missing.reverse()) {
    await mkdir(folder).catch((err: unknown) => {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    });
  }
}
