// Which encoding a deck file is saved in, without the parser: the cache's fast path reads links with it.

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
