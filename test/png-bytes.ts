// PNG files built byte by byte for tests of what the browser draws: whole ones of each colour
// type and depth, interlaced ones, and ones whose pixel data is damaged or cut short.
import { deflateSync } from 'node:zlib';
import { crc32 } from '../src/crc32.js';

/** One chunk: length, type, data and its CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export interface PngShape {
  width: number;
  height: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
  colorType?: number;
  bitDepth?: number;
  interlaced?: boolean;
}

// The tables of the PNG specification, written here again rather than taken from png-pixels.ts:
// files built with the checker's own tables could not show a mistake in them.
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

/** The filtered scanlines of an image of this shape: every row filter 0 (None), grey pixels. */
export function pngRows({ width, height, colorType = 2, bitDepth = 8, interlaced = false }: PngShape): Buffer {
  const rowBytes = (w: number) => Math.ceil((w * CHANNELS[colorType] * bitDepth) / 8);
  const passes = interlaced ? ADAM7 : [[0, 0, 1, 1]];
  const rows: Buffer[] = [];
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w <= 0 || h <= 0) continue;
    for (let y = 0; y < h; y++) rows.push(Buffer.concat([Buffer.from([0]), Buffer.alloc(rowBytes(w), y % 2 ? 0x40 : 0x00)]));
  }
  return Buffer.concat(rows);
}

/** A PNG of this shape holding `idat` (default: its rows, deflated) as one IDAT chunk. */
export function makePng(shape: PngShape, idat: Buffer = deflateSync(pngRows(shape)), options: { end?: boolean } = {}): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(shape.width, 0);
  header.writeUInt32BE(shape.height, 4);
  header[8] = shape.bitDepth ?? 8;
  header[9] = shape.colorType ?? 2;
  header[12] = shape.interlaced ? 1 : 0;
  const palette = shape.colorType === 3 ? [pngChunk('PLTE', Buffer.from([0, 0, 0, 255, 255, 255]))] : [];
  const end = options.end === false ? [] : [pngChunk('IEND', Buffer.alloc(0))];
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), ...palette, pngChunk('IDAT', idat), ...end]);
}
