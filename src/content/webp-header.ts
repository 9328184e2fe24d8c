// Whether a WebP file holds an image Chromium can start to decode: its first chunk a lossy
// (VP8), lossless (VP8L) or extended (VP8X) image, each with its own signature. One that fails
// these prints as a broken-image icon, found only at print (0×0); checked here, its description
// stands in its place instead. Its compressed data itself is not decoded.

/** Why the WebP `b` (RIFF and WEBP at bytes 0 and 8) cannot be drawn, or undefined. */
export function webpProblem(b: Buffer): string | undefined {
  if (b.length < 20) return 'its WebP header is cut short';
  const first = b.toString('latin1', 12, 16);
  if (first === 'VP8X') {
    // An extended file: its image (or animation frames) in a later chunk.
    for (let at = 12; at + 8 <= b.length; at += 8 + b.readUInt32LE(at + 4) + (b.readUInt32LE(at + 4) & 1)) {
      const type = b.toString('latin1', at, at + 4);
      if (type === 'ANIM' || type === 'ANMF') return undefined;
      if (type === 'VP8 ' || type === 'VP8L') return imageProblem(b, at);
    }
    return 'it holds no WebP image: the file is cut short or damaged';
  }
  if (first === 'VP8 ' || first === 'VP8L') return imageProblem(b, 12);
  return `it holds no WebP image (its first chunk is "${first.replace(/[^\x20-\x7e]/g, '?')}")`;
}

/** The image chunk at `at`: a key frame's start code (VP8) or the lossless signature (VP8L). */
function imageProblem(b: Buffer, at: number): string | undefined {
  const data = at + 8;
  if (b.toString('latin1', at, at + 4) === 'VP8L') {
    if (data + 5 > b.length) return 'its WebP image data is cut short';
    // 0x2f, then 14 bits of width − 1, 14 of height − 1, the alpha bit and a 3-bit version of 0.
    if (b[data] !== 0x2f || b[data + 4] >> 5 !== 0) return 'its WebP image data is damaged: no lossless signature';
    return undefined;
  }
  if (data + 10 > b.length) return 'its WebP image data is cut short';
  if ((b[data] & 1) !== 0 || b[data + 3] !== 0x9d || b[data + 4] !== 0x01 || b[data + 5] !== 0x2a) return 'its WebP image data is damaged: no key frame';
  if ((b.readUInt16LE(data + 6) & 0x3fff) === 0 || (b.readUInt16LE(data + 8) & 0x3fff) === 0) return 'it is 0 pixels wide or high';
  return undefined;
}
