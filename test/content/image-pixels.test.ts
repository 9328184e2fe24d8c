import { describe, expect, it } from 'vitest';
import { imageSize, MAX_IMAGE_MEGAPIXELS, tooManyPixels } from '../../src/content/image-pixels.js';
import { GIF, JPEG, PNG, WEBP, WEBP_EXTENDED, WEBP_LOSSLESS } from '../images.js';

/** The PNG fixture claiming another size in its header (the checksum no longer matches; the size reader does not look). */
function pngOf(width: number, height: number): Buffer {
  const b = Buffer.from(PNG);
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

describe('imageSize', () => {
  it('reads the size of each raster type from its header, as ImageMagick reads these files', () => {
    // Sizes as `identify` printed them for the same bytes.
    expect(imageSize(PNG, 'image/png')).toEqual({ width: 1, height: 1 });
    expect(imageSize(JPEG, 'image/jpeg')).toEqual({ width: 40, height: 30 });
    expect(imageSize(GIF, 'image/gif')).toEqual({ width: 20, height: 10 });
    expect(imageSize(WEBP, 'image/webp')).toEqual({ width: 200, height: 100 });
    expect(imageSize(WEBP_LOSSLESS, 'image/webp')).toEqual({ width: 200, height: 100 });
    expect(imageSize(WEBP_EXTENDED, 'image/webp')).toEqual({ width: 20, height: 10 });
  });

  it('finds no size in a cut-short header, bytes of another kind, or an SVG', () => {
    // Text declared a PNG read as 1,936,269,427 × 1,702,125,940 pixels: "too many pixels", not "not an image".
    expect(imageSize(Buffer.from('these bytes are no picture'), 'image/png')).toBeUndefined();
    expect(imageSize(Buffer.from('these bytes are no picture'), 'image/gif')).toBeUndefined();
    expect(imageSize(Buffer.from('these bytes are no picture'), 'image/webp')).toBeUndefined();
    expect(imageSize(Buffer.from('these bytes are no picture'), 'image/jpeg')).toBeUndefined();
    expect(imageSize(PNG.subarray(0, 20), 'image/png')).toBeUndefined();
    expect(imageSize(JPEG.subarray(0, 4), 'image/jpeg')).toBeUndefined();
    expect(imageSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml')).toBeUndefined();
  });
});

describe('tooManyPixels', () => {
  it('lets a camera-sized picture through and refuses one past the limit, with its size', () => {
    expect(tooManyPixels(pngOf(8000, 6000), 'image/png')).toBeUndefined();
    expect(tooManyPixels(pngOf(10_000, MAX_IMAGE_MEGAPIXELS * 100), 'image/png')).toBeUndefined();
    expect(tooManyPixels(pngOf(10_000, MAX_IMAGE_MEGAPIXELS * 100 + 1), 'image/png')).toMatch(/^it is 10,000 × 10,001 pixels \(100 megapixels\), more than the 100/);
    expect(tooManyPixels(pngOf(20_000, 20_000), 'image/png')).toMatch(/^it is 20,000 × 20,000 pixels \(400 megapixels\)/);
    const jpeg = Buffer.from(JPEG);
    const sof = jpeg.findIndex((byte, i) => byte === 0xff && jpeg[i + 1] === 0xc0);
    jpeg.writeUInt16BE(60_000, sof + 5);
    jpeg.writeUInt16BE(60_000, sof + 7);
    expect(tooManyPixels(jpeg, 'image/jpeg')).toMatch(/60,000 × 60,000 pixels \(3,600 megapixels\)/);
  });
});
