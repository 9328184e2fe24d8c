// Whether a GIF's first frame decodes, as Chromium draws it. A file with no image in it, a code
// size past the 12-bit dictionary, or LZW codes that name no entry print as an empty box of the
// picture's size with no error anywhere; pixel data that stops part way prints its top rows only.
// Measured in a printed guide (ImageMagick's GIF, then damaged byte by byte).

/** Entries of the LZW dictionary: codes are at most 12 bits. */
const MAX_CODES = 4096;

/** Why the GIF `b` (with a whole 13-byte header) would print blank in whole or in part, or undefined when its first frame decodes. */
export function gifPixelProblem(b: Buffer): string | undefined {
  let at = 13 + (b[10] & 0x80 ? 3 * (2 << (b[10] & 7)) : 0);
  // Extensions (comments, animation control) up to the first image descriptor.
  while (at < b.length && b[at] === 0x21) at = afterSubBlocks(b, at + 2);
  if (at >= b.length || b[at] !== 0x2c || at + 10 > b.length) return 'it holds no image: the file is cut short or damaged';
  const width = b.readUInt16LE(at + 5);
  const height = b.readUInt16LE(at + 7);
  if (width === 0 || height === 0) return 'it is 0 pixels wide or high';
  at += 10 + (b[at + 9] & 0x80 ? 3 * (2 << (b[at + 9] & 7)) : 0);
  const none = `none of its ${height} rows can be drawn`;
  if (at >= b.length) return `its pixel data is cut short: ${none}`;
  const minSize = b[at];
  if (minSize >= 12) return `its pixel data is damaged: ${none}`;
  const { pixels, damaged } = decodedPixels(subBlocks(b, at + 1), minSize, width * height);
  const rows = Math.floor(pixels / width);
  if (rows >= height) return undefined;
  if (rows === 0) return `its pixel data is ${damaged ? 'damaged' : 'cut short'}: ${none}`;
  return `its pixel data ${damaged ? 'is damaged' : 'stops'} after row ${rows} of ${height}: the rows below print blank`;
}

/** The offset after the sub-blocks starting at `at` (each a length byte and its data, ended by a 0). */
function afterSubBlocks(b: Buffer, at: number): number {
  while (at < b.length && b[at] !== 0) at += b[at] + 1;
  return at + 1;
}

/** The data of the sub-blocks starting at `at`, joined (cut where the file ends). */
function subBlocks(b: Buffer, at: number): Buffer {
  const parts: Buffer[] = [];
  while (at < b.length && b[at] !== 0) {
    parts.push(b.subarray(at + 1, Math.min(b.length, at + 1 + b[at])));
    at += b[at] + 1;
  }
  return Buffer.concat(parts);
}

/** How many pixels the LZW `data` decodes to (up to `wanted`), and whether it stopped at a code naming no entry. */
function decodedPixels(data: Buffer, minSize: number, wanted: number): { pixels: number; damaged: boolean } {
  const clear = 1 << minSize;
  const end = clear + 1;
  const length = new Uint16Array(MAX_CODES).fill(1, 0, clear);
  let size = minSize + 1;
  let next = end + 1;
  let previous = -1;
  let pixels = 0;
  let bits = 0;
  let held = 0;
  for (let i = 0; i < data.length && pixels < wanted; i++) {
    held |= data[i] << bits;
    bits += 8;
    while (bits >= size && pixels < wanted) {
      const code = held & ((1 << size) - 1);
      held >>>= size;
      bits -= size;
      if (code === clear) {
        size = minSize + 1;
        next = end + 1;
        previous = -1;
        continue;
      }
      if (code === end) return { pixels, damaged: true }; // its end code before the last pixel
      let run: number;
      if (code < clear) run = 1;
      else if (previous >= 0 && code < next) run = length[code];
      else if (previous >= 0 && code === next) run = length[previous] + 1;
      else return { pixels, damaged: true };
      pixels += run;
      if (previous >= 0 && next < MAX_CODES) {
        length[next] = length[previous] + 1;
        next++;
        if (next === 1 << size && size < 12) size++;
      }
      previous = code;
    }
  }
  return { pixels, damaged: false };
}
