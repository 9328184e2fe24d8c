import { describe, expect, it } from 'vitest';
import { whyUndrawable } from '../../src/content/image-decodes.js';
import { GIF, JPEG, PNG, WEBP, WEBP_EXTENDED, WEBP_LOSSLESS } from '../images.js';
import { deflateSync } from 'node:zlib';
import { makePng, pngChunk, pngRows } from '../png-bytes.js';

// Each case's verdict was measured in Chromium: img.decode() rejects (or the image is 0×0)
// exactly for those given a reason here.
const svg = (text: string) => whyUndrawable(Buffer.from(text), 'image/svg+xml');
const NS = 'xmlns="http://www.w3.org/2000/svg"';

describe('whyUndrawable', () => {
  it('lets through whole PNG, JPEG and SVG images, trailing bytes and a missing end marker included', () => {
    expect(whyUndrawable(PNG, 'image/png')).toBeUndefined();
    expect(whyUndrawable(Buffer.concat([PNG, Buffer.from([7])]), 'image/png')).toBeUndefined();
    expect(whyUndrawable(PNG.subarray(0, PNG.length - 12), 'image/png')).toBeUndefined();
    expect(whyUndrawable(JPEG, 'image/jpeg')).toBeUndefined();
    expect(whyUndrawable(JPEG.subarray(0, JPEG.length - 2), 'image/jpeg')).toBeUndefined();
    expect(whyUndrawable(Buffer.concat([JPEG, Buffer.from('junk')]), 'image/jpeg')).toBeUndefined();
    expect(svg(`<svg ${NS} width="10" height="10"><rect width="10" height="10"/></svg>`)).toBeUndefined();
    expect(svg(`<?xml version="1.0"?>\n<!-- c -->\n<svg ${NS}/>`)).toBeUndefined();
    expect(svg(`<svg ${NS}><script>alert(1)</script></svg>`)).toBeUndefined();
    expect(svg(`<svg ${NS} xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#a"/><text>&amp;&#160;</text></svg>`)).toBeUndefined();
    // An embedded picture's base64 padding is an `=` inside a value, not an attribute named "data:…" (an exported diagram Chromium draws).
    expect(svg(`<svg ${NS} xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/></svg>`)).toBeUndefined();
  });

  it('refuses garbage, an empty file and PNGs cut off before their pixels or with a damaged header', () => {
    expect(whyUndrawable(Buffer.from('hello garbage bytes'), 'image/png')).toBe('it has no PNG header');
    expect(whyUndrawable(Buffer.alloc(0), 'image/png')).toBe('it is empty');
    expect(whyUndrawable(PNG.subarray(0, 8), 'image/png')).toBe('its PNG header is cut short');
    expect(whyUndrawable(PNG.subarray(0, 33), 'image/png')).toBe('no pixel data: the file is cut short');
    const damaged = Buffer.from(PNG);
    damaged.writeUInt32BE(0, 29);
    expect(whyUndrawable(damaged, 'image/png')).toBe('its PNG header is damaged: bad checksum');
  });

  it('refuses a JPEG cut off before its scan', () => {
    expect(whyUndrawable(JPEG.subarray(0, Math.floor(JPEG.length / 2)), 'image/jpeg')).toBe('no pixel data: the file is cut short');
    expect(whyUndrawable(Buffer.from('not a jpeg'), 'image/jpeg')).toBe('it has no JPEG header');
  });

  it('refuses SVG that is not well-formed, not in the SVG namespace, or only a script', () => {
    expect(svg('hello')).toBe('not well-formed SVG: text outside the <svg> element');
    expect(svg(`<svg ${NS}><rect></svg>`)).toBe('not well-formed SVG: </svg> closes no open <svg>');
    expect(svg('<svg width="10" height="10"><rect width="10" height="10"/></svg>')).toMatch(/lacks xmlns=/);
    expect(svg('<script>alert(1)</script>')).toBe('not SVG: its root is <script>, not <svg>');
    expect(svg(`<svg ${NS}><use xlink:href="#a"/></svg>`)).toBe('not well-formed SVG: the prefix "xlink:" is not declared');
    expect(svg(`<svg ${NS}><text>&nbsp;</text></svg>`)).toBe('not well-formed SVG: an unknown &entity;');
    expect(svg('<html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>')).toBe('not SVG: its root is <html>, not <svg>');
    expect(svg(`<svg ${NS} width="0" height="0"><rect width="10" height="10"/></svg>`)).toBe('it is 0 pixels wide or high');
    expect(svg(`<svg ${NS} width="10" height="0.5"><rect/></svg>`)).toBeUndefined();
    expect(svg(`<svg ${NS}`)).toBe('not well-formed SVG: a broken tag');
  });

  it('trusts a document with its own DTD subset (Illustrator declares its namespace as an entity)', () => {
    expect(svg('<!DOCTYPE svg [<!ENTITY ns_svg "http://www.w3.org/2000/svg">]>\n<svg xmlns="&ns_svg;"><rect/></svg>')).toBeUndefined();
  });

  // Measured by printing each in a guide: those given a reason printed blank, wholly or in part.
  describe('PNG pixel data', () => {
    const shape = { width: 200, height: 100 };
    const whole = deflateSync(pngRows(shape));
    const png = (idat: Buffer, options?: { end?: boolean }) => whyUndrawable(makePng(shape, idat, options), 'image/png');

    it('lets through whole pixel data of every colour type, depth and interlacing, a wrong IDAT checksum or Adler sum too', () => {
      for (const colorType of [0, 2, 3, 4, 6])
        for (const bitDepth of colorType === 0 ? [1, 2, 4, 8, 16] : colorType === 3 ? [1, 2, 4, 8] : [8, 16])
          for (const interlaced of [false, true])
            for (const [width, height] of [[1, 1], [3, 5], [13, 7], [200, 100]]) {
              const s = { width, height, colorType, bitDepth, interlaced };
              expect(whyUndrawable(makePng(s), 'image/png'), JSON.stringify(s)).toBeUndefined();
            }
      const badCrc = makePng(shape, whole);
      badCrc[badCrc.length - 13] ^= 0xff; // the IDAT chunk's CRC, before IEND
      expect(whyUndrawable(badCrc, 'image/png')).toBeUndefined();
      const badAdler = Buffer.from(whole);
      badAdler[badAdler.length - 1] ^= 0xff;
      expect(png(badAdler)).toBeUndefined();
      // Split over several IDAT chunks, as encoders write large images.
      const header = makePng(shape).subarray(0, 33);
      const split = Buffer.concat([header, pngChunk('IDAT', whole.subarray(0, 9)), pngChunk('IDAT', whole.subarray(9)), pngChunk('IEND', Buffer.alloc(0))]);
      expect(whyUndrawable(split, 'image/png')).toBeUndefined();
    });

    it('refuses pixel data that does not inflate, or whose rows name no filter, which print blank', () => {
      const garbage = Buffer.from(whole);
      for (let i = 2; i < garbage.length - 4; i++) garbage[i] ^= 0x5a;
      expect(png(garbage)).toBe('its pixel data is damaged: none of its 100 rows can be drawn');
      const badFilter = Buffer.from(pngRows(shape));
      badFilter[0] = 7;
      expect(png(deflateSync(badFilter))).toBe('its pixel data is damaged: none of its 100 rows can be drawn');
    });

    it('refuses pixel data that stops or goes bad part way, whose lower rows print blank', () => {
      const rows = pngRows(shape);
      expect(png(deflateSync(rows.subarray(0, rows.length / 2)))).toBe('its pixel data stops after row 50 of 100: the rows below print blank');
      const late = Buffer.from(rows);
      late[(rows.length / 100) * 70] = 9; // row 71's filter
      expect(png(deflateSync(late))).toBe('its pixel data is damaged after row 70 of 100: the rows below print blank');
      // The file itself cut short inside its pixel data.
      // Cut short inside its stream with the file's end after it: nothing is drawn.
      expect(png(whole.subarray(0, Math.floor(whole.length / 2)))).toBe('its pixel data is cut short: none of its 100 rows can be drawn');
      expect(png(whole.subarray(0, Math.floor(whole.length / 2)), { end: false })).toMatch(/^its pixel data stops after row \d+ of 100: the rows below print blank$/);
    });
  });

  // Measured by printing each in a guide: those given a reason printed as an empty box of the picture's size.
  describe('GIF pixel data', () => {
    const gif = (bytes: Buffer) => whyUndrawable(bytes, 'image/gif');
    const changed = (at: number, value: (old: number) => number, bytes = GIF) => {
      const copy = Buffer.from(bytes);
      copy[at] = value(copy[at]);
      return copy;
    };

    it('lets through a whole GIF and one with bytes after its trailer', () => {
      expect(gif(GIF)).toBeUndefined();
      expect(gif(Buffer.concat([GIF, Buffer.from('junk')]))).toBeUndefined();
    });

    it('refuses one with no image, a code size past 12 bits, or codes that name no entry', () => {
      expect(gif(Buffer.concat([GIF.subarray(0, 57), Buffer.from([0x3b])]))).toBe('it holds no image: the file is cut short or damaged');
      expect(gif(changed(67, () => 12))).toBe('its pixel data is damaged: none of its 10 rows can be drawn');
      let garbage = GIF;
      for (let i = 69; i < 94; i++) garbage = changed(i, (old) => old ^ 0xa5, garbage);
      expect(gif(garbage)).toMatch(/^its pixel data is damaged: none of its 10 rows can be drawn$|^its pixel data is damaged after row \d of 10/);
    });

    it('refuses one whose pixel data stops part way, whose lower rows print blank', () => {
      expect(gif(GIF.subarray(0, 80))).toMatch(/^its pixel data stops after row [1-9] of 10: the rows below print blank$/);
      expect(gif(GIF.subarray(0, 68))).toBe('its pixel data is cut short: none of its 10 rows can be drawn');
    });
  });

  // Measured by printing each in a guide: those given a reason printed as a broken-image icon (0×0).
  describe('WebP image header', () => {
    const webp = (bytes: Buffer) => whyUndrawable(bytes, 'image/webp');
    const changed = (bytes: Buffer, at: number, text: string | number) => {
      const copy = Buffer.from(bytes);
      if (typeof text === 'number') copy[at] = text;
      else copy.write(text, at, 'latin1');
      return copy;
    };

    it('lets through lossy, lossless and extended WebP images', () => {
      for (const image of [WEBP, WEBP_LOSSLESS, WEBP_EXTENDED]) expect(webp(image)).toBeUndefined();
    });

    it('refuses one with no key frame, no lossless signature or no image chunk', () => {
      expect(webp(changed(WEBP, 23, 0))).toBe('its WebP image data is damaged: no key frame');
      expect(webp(changed(WEBP_LOSSLESS, 20, 0))).toBe('its WebP image data is damaged: no lossless signature');
      expect(webp(changed(WEBP, 12, 'VP9 '))).toBe('it holds no WebP image (its first chunk is "VP9 ")');
      expect(webp(WEBP_EXTENDED.subarray(0, 30))).toBe('it holds no WebP image: the file is cut short or damaged');
      expect(webp(WEBP.subarray(0, 16))).toBe('its WebP header is cut short');
    });
  });
});
