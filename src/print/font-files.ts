import { readFile } from 'node:fs/promises';
import { withFaceNames } from './font-names.js';

const cache = new Map<string, Promise<Buffer>>();

/** A bundled font file's bytes, read once per process (every print page asks for the same few), its names set right (font-names.ts). */
export function readFontFile(file: string): Promise<Buffer> {
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = readFile(file).then(withFaceNames);
    cache.set(file, bytes);
    bytes.catch(() => cache.delete(file));
  }
  return bytes;
}
