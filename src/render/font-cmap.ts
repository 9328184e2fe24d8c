import { brotliDecompressSync } from 'node:zlib';

/**
 * The code points a WOFF2 font maps to a glyph (its cmap), read with Node's own brotli: a few
 * milliseconds per file, where a general font library takes some 80 ms to open each one.
 * Only what the cmap needs is read: the table directory and the one decompressed stream.
 */
export function woff2CodePoints(file: Uint8Array): Set<number> {
  const data = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (data.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 font');
  const numTables = data.readUInt16BE(12);
  const compressedSize = data.readUInt32BE(20);
  let at = 48;
  const readBase128 = (): number => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = data[at++];
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new Error('bad WOFF2 number');
  };
  let cmap: { offset: number; length: number } | undefined;
  let offset = 0;
  for (let i = 0; i < numTables; i++) {
    const flags = data[at++];
    const known = flags & 0x3f;
    let tag = KNOWN_TAGS[known];
    if (known === 63) {
      tag = data.toString('latin1', at, at + 4);
      at += 4;
    }
    const version = flags >> 6;
    const origLength = readBase128();
    // glyf and loca are transformed at version 0; every other table at any version but 0.
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    const length = transformed ? readBase128() : origLength;
    if (tag === 'cmap') cmap = { offset, length };
    offset += length;
  }
  if (!cmap) return new Set();
  const tables = brotliDecompressSync(data.subarray(at, at + compressedSize));
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

/** WOFF2's known table tags, by their index in the flags byte. */
const KNOWN_TAGS = [
  'cmap',
  'head',
  'hhea',
  'hmtx',
  'maxp',
  'name',
  'OS/2',
  'post',
  'cvt ',
  'fpgm',
  'glyf',
  'loca',
  'prep',
  'CFF ',
  'VORG',
  'EBDT',
  'EBLC',
  'gasp',
  'hdmx',
  'kern',
  'LTSH',
  'PCLT',
  'VDMX',
  'vhea',
  'vmtx',
  'BASE',
  'GDEF',
  'GPOS',
  'GSUB',
  'EBSC',
  'JSTF',
  'MATH',
  'CBDT',
  'CBLC',
  'COLR',
  'CPAL',
  'SVG ',
  'sbix',
  'acnt',
  'avar',
  'bdat',
  'bloc',
  'bsln',
  'cvar',
  'fdsc',
  'feat',
  'fmtx',
  'fvar',
  'gvar',
  'hsty',
  'just',
  'lcar',
  'mort',
  'morx',
  'opbd',
  'prop',
  'trak',
  'Zapf',
  'Silf',
  'Glat',
  'Gloc',
  'Feat',
  'Sill',
];
