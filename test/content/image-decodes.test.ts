import { describe, expect, it } from 'vitest';
import { whyUndrawable } from '../../src/content/image-decodes.js';
import { JPEG, PNG } from '../images.js';

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
});
