// Whether a PNG's pixel data decodes, row by row, as Chromium draws it. A picture whose deflate
// stream is damaged, or whose rows name a filter that does not exist, prints blank from that row
// down (all of it when the first row is bad) with no error anywhere, so the deck must hear of it.
// Measured in a printed guide: a wrong IDAT checksum or Adler sum is ignored (it draws whole); a
// stream that ends early draws its rows and leaves the rest blank; a stream cut off before the
// file's IEND draws nothing.
import { constants, inflateRawSync } from 'node:zlib';

/** Samples per pixel of each PNG colour type. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7's seven passes: first column and row, then the steps between them. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];
/** Larger inflated pixel data is not checked (it would take that much memory). */
const MAX_CHECKED_BYTES = 128 * 1024 * 1024;

/**
 * Why a PNG with a whole header (IHDR at byte 8) and its first IDAT chunk at `idatAt` would print
 * blank in whole or in part, or undefined when all its rows decode.
 */
export function pngPixelProblem(b: Buffer, idatAt: number): string | undefined {
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  const channels = CHANNELS[b[25]];
  if (!channels) return undefined;
  const rowBytes = (w: number) => 1 + Math.ceil((w * channels * b[24]) / 8);
  // The scanlines in file order, as [count, bytes each] per pass.
  const passes: [number, number][] = [];
  if (b[28] === 1)
    for (const [x0, y0, dx, dy] of ADAM7) {
      const w = Math.ceil((width - x0) / dx);
      const h = Math.ceil((height - y0) / dy);
      if (w > 0 && h > 0) passes.push([h, rowBytes(w)]);
    }
  else passes.push([height, rowBytes(width)]);
  const expected = passes.reduce((sum, [h, bytes]) => sum + h * bytes, 0);
  if (expected > MAX_CHECKED_BYTES) return undefined;

  const { data, more } = idatData(b, idatAt);
  const none = `none of its ${height} rows can be drawn`;
  if (data.length < 2 || (data[0] & 0x0f) !== 8 || ((data[0] << 8) | data[1]) % 31 !== 0) return `its pixel data is damaged: ${none}`;
  const stream = data.subarray(2);
  let pixels = inflated(stream, stream.length);
  if (pixels === 'too large') return undefined;
  let damaged = false;
  if (!pixels) {
    // The longest start of the stream that inflates: the rows in it are drawn.
    damaged = true;
    let [good, bad] = [0, stream.length];
    while (bad - good > 1) {
      const mid = (good + bad) >> 1;
      if (inflated(stream, mid)) good = mid;
      else bad = mid;
    }
    pixels = (inflated(stream, good) || Buffer.alloc(0)) as Buffer;
  } else if (pixels.length < expected && more && !ended(stream)) return `its pixel data is cut short: ${none}`;

  let rows = 0;
  let at = 0;
  scan: for (const [count, bytes] of passes)
    for (let r = 0; r < count; r++, rows++, at += bytes) {
      if (at + bytes > pixels.length) break scan;
      if (pixels[at] > 4) {
        damaged = true;
        break scan;
      }
    }
  const total = passes.reduce((sum, [h]) => sum + h, 0);
  if (rows === total) return undefined;
  if (rows === 0) return `its pixel data is damaged: ${none}`;
  const what = damaged ? 'is damaged' : 'stops';
  return passes.length > 1 ? `its interlaced pixel data ${what} part way: parts of it print blank` : `its pixel data ${what} after row ${rows} of ${height}: the rows below print blank`;
}

/** The pixel data of the run of IDAT chunks from `at` (cut where the file ends), and whether a chunk follows them. */
function idatData(b: Buffer, at: number): { data: Buffer; more: boolean } {
  const parts: Buffer[] = [];
  while (at + 8 <= b.length && b.toString('latin1', at + 4, at + 8) === 'IDAT') {
    const length = b.readUInt32BE(at);
    parts.push(b.subarray(at + 8, Math.min(b.length, at + 8 + length)));
    at += 12 + length;
  }
  return { data: Buffer.concat(parts), more: at + 8 <= b.length };
}

/** The first `length` bytes of the deflate stream inflated, undefined where they are damaged. */
function inflated(stream: Buffer, length: number): Buffer | 'too large' | undefined {
  try {
    return inflateRawSync(stream.subarray(0, length), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_CHECKED_BYTES });
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too large' : undefined;
  }
}

/** Whether the deflate stream reaches its final block's end (a cut one does not). */
function ended(stream: Buffer): boolean {
  try {
    inflateRawSync(stream, { maxOutputLength: MAX_CHECKED_BYTES });
    return true;
  } catch {
    return false;
  }
}
