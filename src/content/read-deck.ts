import { contentError } from '../errors.js';
import { deckLimits, InputRefused, readInput } from './read-input.js';

// Reading a deck needs no parser: the build reads here and parses on the parser's thread
// (parse-off-thread.ts), so the markdown stack is loaded there alone.

/**
 * Reads a deck file's bytes safely: a regular file (no FIFO, device or socket), inside its own
 * folder once symlinks are followed, and never more than MAX_DECK_BYTES read.
 */
export async function readDeckBytes(file: string): Promise<Buffer> {
  try {
    return await readInput(file, deckLimits(file));
  } catch (err) {
    if (err instanceof InputRefused) throw contentError(file, 1, `cannot read this deck: ${err.reason}`, err.hint);
    throw err;
  }
}

/**
 * A deck file's text for a first look (is it a folder's outline?), or undefined when it cannot be
 * read safely: a FIFO or a link to /dev/zero must not stall the look; the deck's own read says why.
 */
export async function peekDeckText(file: string): Promise<string | undefined> {
  return readDeckBytes(file).then(
    (bytes) => bytes.toString('utf8'),
    () => undefined,
  );
}
