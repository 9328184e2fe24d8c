// How many pixels a raster image holds, read from its header alone. Chromium decodes every
// pixel before it prints a picture, whatever size it is printed at: a 20,000 × 20,000 PNG of
// 48 KB (a "decompression bomb") took 39 s to print and would need 1.6 GB once decoded, and
// larger ones exhaust the renderer's memory. Such a picture is left out, said at its line.

/** More pixels than a camera or screenshot makes; a printed page needs far fewer (A4 at 300 dpi: 8.7 megapixels). */
export const MAX_IMAGE_MEGAPIXELS = 100;

/** Width and height in pixels from a PNG, JPEG, GIF or WebP header, or undefined when not found (bytes of another kind, or none: the decode checks name those). */
export function imageSize(b: Buffer, mime: string): { width: number; height: number } | undefined {
  switch (mime) {
    case 'image/png':
      return b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', 12, 16) === 'IHDR' ? { width: b.readUInt32BE(16), height: b.readUInt32BE(20) } : undefined;
    case 'image/gif':
      return b.length >= 10 && b.toString('latin1', 0, 4) === 'GIF8' ? { width: b.readUInt16LE(6), height: b.readUInt16LE(8) } : undefined;
    case 'image/jpeg':
      return b[0] === 0xff && b[1] === 0xd8 ? jpegSize(b) : undefined;
    case 'image/webp':
      return b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP' ? webpSize(b) : undefined;
    default:
      return undefined;
  }
}

/** Why the picture is too large to print, or undefined. */
export function tooManyPixels(b: Buffer, mime: string): string | undefined {
  const size = imageSize(b, mime);
  if (!size) return undefined;
  const megapixels = (size.width * size.height) / 1e6;
  if (megapixels <= MAX_IMAGE_MEGAPIXELS) return undefined;
  const n = (x: number) => x.toLocaleString('en-US');
  return `it is ${n(size.width)} × ${n(size.height)} pixels (${n(Math.round(megapixels))} megapixels), more than the ${MAX_IMAGE_MEGAPIXELS} a picture may have to print in good time`;
}

/** The size in the first frame header (SOF0–SOF15 but DHT, JPG and DAC) before the scan. */
function jpegSize(b: Buffer): { width: number; height: number } | undefined {
  for (let at = 2; at + 9 <= b.length && b[at] === 0xff; ) {
    const type = b[at + 1];
    if (type === 0xff) {
      at += 1;
      continue;
    }
    if (type === 0xda) return undefined;
    if (type >= 0xc0 && type <= 0xcf && type !== 0xc4 && type !== 0xc8 && type !== 0xcc) return { width: b.readUInt16BE(at + 7), height: b.readUInt16BE(at + 5) };
    at += 2 + b.readUInt16BE(at + 2);
  }
  return undefined;
}

/** The canvas of an extended file (VP8X), or the image of a simple lossy (VP8) or lossless (VP8L) one. */
function webpSize(b: Buffer): { width: number; height: number } | undefined {
  const chunk = b.toString('latin1', 12, 16);
  const data = 20;
  if (chunk === 'VP8X' && b.length >= data + 10) return { width: 1 + b.readUIntLE(data + 4, 3), height: 1 + b.readUIntLE(data + 7, 3) };
  if (chunk === 'VP8L' && b.length >= data + 5) {
    const bits = b.readUInt32LE(data + 1);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ' && b.length >= data + 10) return { width: b.readUInt16LE(data + 6) & 0x3fff, height: b.readUInt16LE(data + 8) & 0x3fff };
  return undefined;
}
