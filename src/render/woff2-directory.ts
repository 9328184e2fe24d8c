import { brotliDecompressSync } from 'node:zlib';

/** One table of a WOFF2 font, as its directory entry describes it. */
export interface Woff2Table {
  /** The entry's flags byte and, for a tag of its own, those four bytes: copied as they are when the directory is written again. */
  head: Buffer;
  tag: string;
  origLength: number;
  /** Its length in the decompressed stream (transformed glyf and loca differ from origLength). */
  length: number;
  transformed: boolean;
  /** Where it starts in the decompressed stream. */
  offset: number;
}

/** A WOFF2 font's table directory, and where its one brotli stream lies in the file. */
export interface Woff2Directory {
  tables: Woff2Table[];
  streamStart: number;
  compressedSize: number;
}

/** Reads a WOFF2 file's table directory (its header checked); throws on a file that is not one. */
export function readWoff2Directory(data: Buffer): Woff2Directory {
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
  const tables: Woff2Table[] = [];
  let offset = 0;
  for (let i = 0; i < numTables; i++) {
    const start = at;
    const flags = data[at++];
    const known = flags & 0x3f;
    let tag = KNOWN_TAGS[known];
    if (known === 63) {
      tag = data.toString('latin1', at, at + 4);
      at += 4;
    }
    const head = data.subarray(start, at);
    const version = flags >> 6;
    const origLength = readBase128();
    // glyf and loca are transformed at version 0; every other table at any version but 0.
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    const length = transformed ? readBase128() : origLength;
    tables.push({ head, tag, origLength, length, transformed, offset });
    offset += length;
  }
  return { tables, streamStart: at, compressedSize };
}

/** The font's tables, decompressed, one after another as the directory's offsets give them. */
export function woff2Stream(data: Buffer, directory: Woff2Directory): Buffer {
  return brotliDecompressSync(data.subarray(directory.streamStart, directory.streamStart + directory.compressedSize));
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
