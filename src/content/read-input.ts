import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';

// Decks and images arrive as zips and tarballs: a "file" may be a FIFO (an open that never
// returns), a link to /dev/zero (a read that never ends), or a link out of the folder. Every
// input file is read through here: symlinks resolved and confined, then opened without
// blocking, checked to be a regular file of bounded size, and read no further than the limit.

/** Decks larger than this are refused up front rather than fed to a browser. */
export const MAX_DECK_BYTES = 4 * 1024 * 1024;
/** Images bigger than this are left out rather than inlined into every HTML and PDF. */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/** Largest `--only-ids` file: an id a line, so this is millions of questions. */
export const MAX_ID_LIST_BYTES = 16 * 1024 * 1024;

/** How a deck file is read: bounded, and confined to its own folder. */
export const deckLimits = (file: string): InputLimits => ({ maxBytes: MAX_DECK_BYTES, confineTo: path.dirname(path.resolve(file)), what: 'deck' });

/** Why an input file was refused: a sentence for the user and what to do about it. */
export class InputRefused extends Error {
  constructor(
    readonly code: 'missing' | 'outside' | 'not-regular' | 'too-large' | 'unreadable',
    readonly reason: string,
    readonly hint: string,
  ) {
    super(reason);
    this.name = 'InputRefused';
  }
}

/** How one input file may be read. */
export interface InputLimits {
  /** Refuse files larger than this (checked before reading, and while reading). */
  maxBytes: number;
  /** When set, the file's real path (symlinks followed) must lie inside this folder's. */
  confineTo?: string;
  /** Names the kind of file in messages: "deck", "image". */
  what: string;
}

// O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer.
// O_NOCTTY: a terminal device never becomes our controlling terminal.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Reads an input file safely (see above); throws InputRefused with a reason and a hint. */
export async function readInput(file: string, limits: InputLimits): Promise<Buffer> {
  const root = limits.confineTo === undefined ? undefined : await realpath(limits.confineTo).catch(() => path.resolve(limits.confineTo!));
  const real = confine(await realpath(file).catch((err: unknown) => cannotResolve(err, file)), limits, root);
  const handle = await open(real, OPEN_FLAGS).catch(cannotOpen(limits));
  try {
    const size = checkStats(await handle.stat(), limits);
    // One byte more than allowed tells a file that grew after fstat from one that fits.
    const buffer = Buffer.alloc(Math.min(size, limits.maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bounded(buffer, filled, limits);
  } finally {
    await handle.close();
  }
}

/** readInput for synchronous callers (the image inliner runs inside a rehype transform). */
export function readInputSync(file: string, limits: InputLimits): Buffer {
  let real: string;
  try {
    real = realpathSync(file);
  } catch (err) {
    return cannotResolve(err, file);
  }
  let root: string | undefined;
  if (limits.confineTo) {
    try {
      root = realpathSync(limits.confineTo);
    } catch {
      root = path.resolve(limits.confineTo);
    }
  }
  real = confine(real, limits, root);
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (err) {
    return cannotOpen(limits)(err);
  }
  try {
    const size = checkStats(fstatSync(fd), limits);
    const buffer = Buffer.alloc(Math.min(size, limits.maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return bounded(buffer, filled, limits);
  } finally {
    closeSync(fd);
  }
}

/** True when `target` lies inside `root` (both absolute, already resolved). */
export function isInside(target: string, root: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

function confine(real: string, limits: InputLimits, root: string | undefined): string {
  if (root && !isInside(real, root)) {
    const shown = real.length > 80 ? `…${real.slice(-79)}` : real;
    throw new InputRefused('outside', `it is a link to ${shown}, outside the deck's folder`, `copy the file into the folder instead of linking to it`);
  }
  return real;
}

function checkStats(info: Stats, limits: InputLimits): number {
  if (!info.isFile()) {
    const kind = info.isFIFO() ? 'a named pipe (FIFO)' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : info.isDirectory() ? 'a folder' : 'not a regular file';
    throw new InputRefused('not-regular', `it is ${kind}, not a regular file`, `give a plain ${limits.what} file`);
  }
  if (info.size > limits.maxBytes) throw tooLarge(info.size, limits);
  return info.size;
}

function bounded(buffer: Buffer, filled: number, limits: InputLimits): Buffer {
  if (filled > limits.maxBytes) throw tooLarge(filled, limits);
  return buffer.subarray(0, filled);
}

function tooLarge(bytes: number, limits: InputLimits): InputRefused {
  const mb = (n: number) => `${Number((n / 1048576).toFixed(n < 1048576 ? 2 : 1))} MB`;
  const hint = limits.what === 'deck' ? 'split it into several decks' : `shrink or compress the ${limits.what}`;
  return new InputRefused('too-large', `the ${limits.what} file is ${mb(bytes)}, over the ${mb(limits.maxBytes)} limit`, hint);
}

function cannotResolve(err: unknown, file: string): never {
  const code = (err as NodeJS.ErrnoException).code;
  // A name listed from a folder with bytes that are not UTF-8 (Latin-1, as old zips keep names)
  // comes with U+FFFD in their place, and no file has that name: said so, not as a missing file.
  if (code === 'ENOENT' && path.basename(file).includes('\uFFFD')) {
    throw new InputRefused(
      'unreadable',
      "its file name is not UTF-8 (a name from another system's encoding, as old zip files keep them)",
      'rename it (convmv -f latin1 -t utf8 --notest -r . renames every such file under a folder)',
    );
  }
  if (code === 'ENOENT') throw new InputRefused('missing', 'no such file (or a link to a missing file)', 'check the file name');
  if (code === 'ELOOP') throw new InputRefused('unreadable', 'its symbolic links loop', 'replace the link with the file itself');
  throw new InputRefused('unreadable', `cannot read it (${code ?? (err as Error).message})`, 'check the path and permissions');
}

function cannotOpen(limits: InputLimits): (err: unknown) => never {
  return (err) => {
    const code = (err as NodeJS.ErrnoException).code;
    // A UNIX socket cannot be opened as a file at all.
    if (code === 'ENXIO') throw new InputRefused('not-regular', 'it is a socket or a device without a reader, not a regular file', `give a plain ${limits.what} file`);
    if (code === 'EISDIR') throw new InputRefused('not-regular', 'it is a folder, not a regular file', `give a plain ${limits.what} file`);
    throw new InputRefused('unreadable', `cannot read it (${code ?? (err as Error).message})`, 'check the path and permissions');
  };
}
