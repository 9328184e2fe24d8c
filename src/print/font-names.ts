import { brotliCompressSync, constants } from 'node:zlib';
import { readWoff2Directory, woff2Stream } from '../render/woff2-directory.js';

/**
 * The words a static instance's names carry over from its variable source's default instance, with
 * that instance's weight classes: Source Sans 3 and Source Code Pro default to ExtraLight; Noto Sans KR
 * and Noto Sans Hebrew to Thin (its file says 250, the old Windows value for a thin face); Fira Code to Light.
 */
const SOURCE_DEFAULTS = [
  { word: 'ExtraLight', weights: [200] },
  { word: 'Thin', weights: [100, 250] },
  // Fira Code (its box-drawing slice) defaults to Light: after ExtraLight, which holds the word.
  { word: 'Light', weights: [300] },
];

/** Name records that hold the family: family, unique id, full name, PostScript name. */
const FAMILY_IDS = new Set([1, 3, 4, 6]);

/**
 * A bundled WOFF2 face with names that say what it is. Fontsource's WOFF2 files of Source Sans 3
 * and Source Code Pro are instances of the variable fonts and keep their default instance's
 * names ("SourceSans3ExtraLight-Regular" for the 400 weight, whose OS/2 weight class is 400), and
 * Noto Sans KR's those of its thin one ("NotoSansKRThin-Bold" for the 700 weight): Chromium names
 * the PDF's font by them, so `pdffonts` listed an extra-light or thin face the page never used. The word is taken out of the family names of a file whose weight class is not that
 * instance's; every other table is kept byte for byte. A file that is not such a WOFF2 (a
 * collection, one with metadata) is returned as it is.
 */
export function withFaceNames(file: Buffer): Buffer {
  if (file.toString('latin1', 0, 4) !== 'wOF2' || file.toString('latin1', 4, 8) === 'ttcf' || file.readUInt32BE(28) !== 0 || file.readUInt32BE(40) !== 0)
    return file;
  const read = readWoff2Directory(file);
  const entries = read.tables;
  const data = woff2Stream(file, read);
  const tables = new Map(entries.map((e) => [e.tag, data.subarray(e.offset, e.offset + e.length)]));
  const os2 = tables.get('OS/2');
  const name = tables.get('name');
  if (!os2 || !name) return file;
  const weight = os2.readUInt16BE(4);
  // The first default word the family names hold; the file that is that default instance keeps its names.
  const source = SOURCE_DEFAULTS.map((d) => ({ ...d, renamed: renameFamily(name, d.word) })).find((d) => d.renamed);
  if (!source?.renamed || source.weights.includes(weight)) return file;
  const renamed = source.renamed;
  tables.set('name', renamed);

  const directory = Buffer.concat(
    entries.map((e) =>
      e.tag === 'name'
        ? Buffer.concat([e.head, base128(renamed.length)])
        : Buffer.concat([e.head, base128(e.origLength), ...(e.transformed ? [base128(e.length)] : [])]),
    ),
  );
  // Quality 4: a few milliseconds a file; the font is read once per process and never shipped (the PDF embeds a subset).
  const stream = brotliCompressSync(Buffer.concat(entries.map((e) => tables.get(e.tag)!)), { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } });
  const header = Buffer.from(file.subarray(0, 48));
  const body = Buffer.concat([header, directory, stream]);
  const padded = Buffer.concat([body, Buffer.alloc((4 - (body.length % 4)) % 4)]);
  const pad4 = (n: number) => (n + 3) & ~3;
  padded.writeUInt32BE(padded.length, 8);
  padded.writeUInt32BE(file.readUInt32BE(16) - pad4(name.length) + pad4(renamed.length), 16);
  padded.writeUInt32BE(stream.length, 20);
  return padded;
}

/** A WOFF2 UIntBase128 number. */
function base128(value: number): Buffer {
  const bytes = [value & 0x7f];
  for (let v = Math.floor(value / 128); v > 0; v = Math.floor(v / 128)) bytes.unshift((v & 0x7f) | 0x80);
  return Buffer.from(bytes);
}

/** The name table with `word` taken out of its family records (Windows UTF-16 and Mac Roman), or undefined when none has it. */
function renameFamily(table: Buffer, word: string): Buffer | undefined {
  // Format 1 carries language-tag records after the names: left alone.
  if (table.readUInt16BE(0) !== 0) return undefined;
  const count = table.readUInt16BE(2);
  const storage = table.readUInt16BE(4);
  let changed = false;
  const records = Array.from({ length: count }, (_, r) => {
    const o = 6 + r * 12;
    const [platform, encoding, language, id, length, at] = [0, 2, 4, 6, 8, 10].map((k) => table.readUInt16BE(o + k));
    let bytes: Buffer = table.subarray(storage + at, storage + at + length);
    if (FAMILY_IDS.has(id)) {
      const wide = platform !== 1;
      const text = wide ? Buffer.from(bytes).swap16().toString('utf16le') : bytes.toString('latin1');
      const plain = text.replace(new RegExp(` ?${word}(?=[- ;]|$)`, 'g'), '');
      if (plain !== text) {
        changed = true;
        bytes = wide ? Buffer.from(plain, 'utf16le').swap16() : Buffer.from(plain, 'latin1');
      }
    }
    return { platform, encoding, language, id, bytes };
  });
  if (!changed) return undefined;
  const head = Buffer.alloc(6 + count * 12);
  head.writeUInt16BE(0, 0);
  head.writeUInt16BE(count, 2);
  head.writeUInt16BE(6 + count * 12, 4);
  let at = 0;
  records.forEach((r, i) => {
    const o = 6 + i * 12;
    [r.platform, r.encoding, r.language, r.id, r.bytes.length, at].forEach((v, k) => head.writeUInt16BE(v, o + k * 2));
    at += r.bytes.length;
  });
  return Buffer.concat([head, ...records.map((r) => r.bytes)]);
}
