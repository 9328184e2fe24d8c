import { readWoff2Directory, woff2Stream } from './woff2-directory.js';

/**
 * The code points a WOFF2 font maps to a glyph (its cmap), read with Node's own brotli: a few
 * milliseconds per file, where a general font library takes some 80 ms to open each one.
 * Only what the cmap needs is read: the table directory and the one decompressed stream.
 */
export function woff2CodePoints(file: Uint8Array): Set<number> {
  const data = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const directory = readWoff2Directory(data);
  const cmap = directory.tables.find((t) => t.tag === 'cmap');
  if (!cmap) return new Set();
  const tables = woff2Stream(data, directory);
  return cmapCodePoints(tables.subarray(cmap.offset, cmap.offset + cmap.length));
}

/** Code points of a cmap table: its format 12 subtable when it has one, else format 4. */
function cmapCodePoints(cmap: Buffer): Set<number> {
  const count = cmap.readUInt16BE(2);
  const subtables = Array.from({ length: count }, (_, i) => cmap.readUInt32BE(4 + i * 8 + 4));
  const formatAt = (o: number) => cmap.readUInt16BE(o);
  const full = subtables.find((o) => formatAt(o) === 12);
  if (full !== undefined) return format12(cmap, full);
  const bmp = subtables.find((o) => formatAt(o) === 4);
  return bmp === undefined ? new Set() : format4(cmap, bmp);
}

function format12(t: Buffer, o: number): Set<number> {
  const points = new Set<number>();
  const groups = t.readUInt32BE(o + 12);
  for (let g = 0; g < groups; g++) {
    const start = t.readUInt32BE(o + 16 + g * 12);
    const end = t.readUInt32BE(o + 20 + g * 12);
    for (let c = start; c <= end; c++) points.add(c);
  }
  return points;
}

function format4(t: Buffer, o: number): Set<number> {
  const points = new Set<number>();
  const segs = t.readUInt16BE(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const rangeOffsets = deltas + segs * 2;
  for (let s = 0; s < segs; s++) {
    const end = t.readUInt16BE(ends + s * 2);
    const start = t.readUInt16BE(starts + s * 2);
    const delta = t.readInt16BE(deltas + s * 2);
    const rangeAt = rangeOffsets + s * 2;
    const range = t.readUInt16BE(rangeAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (range === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = t.readUInt16BE(rangeAt + range + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(c);
    }
  }
  return points;
}
