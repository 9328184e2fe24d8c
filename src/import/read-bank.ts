import { contentError } from '../errors.js';
import { InputRefused, MAX_DECK_BYTES, readInput } from '../content/read-input.js';

/**
 * A bank's bytes (or its answers file's), read as a deck is: a FIFO hung `import` for good and a
 * link to /dev/zero read without end. Not confined to its folder: the user names the file.
 */
export async function readBankBytes(file: string): Promise<Buffer> {
  try {
    return await readInput(file, { maxBytes: MAX_DECK_BYTES, what: 'deck' });
  } catch (err) {
    if (err instanceof InputRefused) throw contentError(file, 1, `cannot read this bank: ${err.reason}`, err.hint);
    throw err;
  }
}
