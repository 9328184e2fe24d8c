import { StudyguideError } from './errors.js';

// What a failed write means to the user, by its error code: one table for the deck sets
// (output.ts) and the output folder itself (build-lock.ts).

const HINTS: Record<string, string> = {
  ENOSPC: 'the disk is full: free some space and build again (the earlier outputs were kept)',
  EDQUOT: 'the disk quota is used up: free some space and build again (the earlier outputs were kept)',
  EROFS: 'the output folder is on a read-only file system: choose another with --out',
  EACCES: 'the output folder is not writable for you: fix its permissions or choose another with --out',
  EPERM: 'the output folder is not writable for you: fix its permissions or choose another with --out',
};

/** The hint for a write that failed with this error, when its code is one the user can act on; `choose` names the flag that picks another place. */
export function writeHint(err: unknown, choose = '--out'): string | undefined {
  const code = (err as NodeJS.ErrnoException)?.code;
  return code ? HINTS[code]?.replace('--out', choose) : undefined;
}

/** The output folder (`--out`) could not be made or written at all: the build stops before any deck. */
export function outFolderError(outDir: string, err: unknown): StudyguideError {
  const code = (err as NodeJS.ErrnoException)?.code;
  // mkdir meets a file where a folder of the path should be.
  if (code === 'EEXIST' || code === 'ENOTDIR') {
    return new StudyguideError('the output folder is a file, or lies under one', { kind: 'input', file: outDir, hint: 'choose a folder with --out' });
  }
  const hint = writeHint(err);
  const reason = code ?? (err instanceof Error ? err.message : String(err));
  return new StudyguideError(`cannot write to the output folder (${reason})`, {
    kind: hint ? 'environment' : 'input',
    file: outDir,
    hint: hint ?? 'check the output folder, or choose another with --out',
  });
}

/** A single file (the index page, a cache record, a deck given ids) that could not be written: the file named, with what to do. */
export function fileWriteError(file: string, err: unknown, choose?: string): StudyguideError {
  const code = (err as NodeJS.ErrnoException)?.code;
  const hint = writeHint(err, choose);
  const reason = code ?? (err instanceof Error ? err.message : String(err));
  return new StudyguideError(`could not write this file (${reason})`, {
    kind: hint ? 'environment' : 'input',
    file,
    hint: hint ?? 'check its folder, then run again (the file was left as it was)',
  });
}
