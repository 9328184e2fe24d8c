import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { environmentError } from './errors.js';

// The system's temporary folder is the machine's, not the deck's: one that cannot hold a folder
// (TMPDIR naming a folder that is gone, a file, a read-only or full disk) is a broken environment,
// said once with the variable that chose it, instead of an ENOENT blamed on the first deck.

const REASONS: Record<string, string> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'it is not a folder',
  EACCES: 'it is not writable for you',
  EPERM: 'it is not writable for you',
  EROFS: 'it is on a read-only file system',
  ENOSPC: 'its disk is full',
  EDQUOT: 'your disk quota is used up',
};

/** A new folder `<prefix>XXXXXX` in the system's temporary folder; an environment error (exit 2) naming that folder when it cannot be made. */
export async function makeTempFolder(prefix: string, purpose: string): Promise<string> {
  const base = tmpdir();
  try {
    return await mkdtemp(path.join(base, prefix));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    // os.tmpdir() reads these, first set first (TEMP and TMP on Windows).
    const variable = ['TMPDIR', 'TMP', 'TEMP'].find((name) => process.env[name]);
    const where = variable ? `${variable} (${base})` : `the temporary folder ${base}`;
    const hint = variable
      ? `point ${variable} at a folder you can write to, or unset it`
      : `make ${base} writable, or point TMPDIR at a folder you can write to`;
    throw environmentError(`cannot make ${purpose} in ${where}: ${REASONS[code] ?? code ?? String(err)}`, hint, 'temp-folder');
  }
}
