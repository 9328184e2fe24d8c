// Which encoding a deck file is saved in, without the parser: the cache's fast path reads links with it.

import { StudyguideError } from '../errors.js';

/** UTF-16 by its byte-order mark (what Windows editors save as "Unicode" text); undefined for any other file. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** A deck's text as well as it decodes (bad bytes become U+FFFD): for scanning it, never for parsing. */
export function looseDeckText(bytes: Uint8Array): string {
  return new TextDecoder(utf16Encoding(bytes) ?? 'utf-8').decode(bytes);
}

/** The 1-based line of byte `offset`. */
export function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** The line of the first byte that is not UTF-8 (a Latin-1 `é`, a UTF-16 byte-order mark); undefined when all of it is. */
export function invalidUtf8Line(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(bytes);
    return undefined;
  } catch {
    // The shortest prefix that fails to decode, by halves.
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      try {
        decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
        decoder.decode();
        lo = mid + 1;
      } catch {
        hi = mid;
      }
    }
    return lineAt(bytes, lo);
  }
}

/**
 * A file's text when it is UTF-8, its byte-order mark dropped; any other encoding is an error at
 * the line of the first bad byte (read loosely, each became U+FFFD and printed as a box).
 * `what` names the file in the message: "config file", "stylesheet".
 */
export function utf8FileText(bytes: Uint8Array, shown: string, what: string): string {
  if (utf16Encoding(bytes)) throw new StudyguideError(`${what} is saved as UTF-16 text`, { file: shown, line: 1, hint: 'save it as UTF-8' });
  const bad = invalidUtf8Line(bytes);
  if (bad) throw new StudyguideError(`${what} is not valid UTF-8 text`, { file: shown, line: bad, hint: 'save it as UTF-8' });
  return new TextDecoder('utf-8').decode(bytes);
}
