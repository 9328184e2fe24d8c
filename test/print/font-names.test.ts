import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { withFaceNames } from '../../src/print/font-names.js';
import { woff2CodePoints } from '../../src/render/font-cmap.js';

const fontFile = (pkg: string, name: string) =>
  readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)), 'files', name));

describe('bundled face names', () => {
  it('takes the variable source’s default instance out of a static weight’s names, every glyph kept', () => {
    const original = fontFile('@fontsource/source-sans-3', 'source-sans-3-latin-400-normal.woff2');
    const named = withFaceNames(original);
    expect(named).not.toBe(original);
    expect(named.toString('latin1', 0, 4)).toBe('wOF2');
    expect(named.readUInt32BE(8)).toBe(named.length);
    expect(woff2CodePoints(named)).toEqual(woff2CodePoints(original));
  });

  it('takes "Thin" out of the names of a Korean slice whose weight is regular or bold', () => {
    for (const name of ['noto-sans-kr-5-400-normal.woff2', 'noto-sans-kr-5-700-normal.woff2']) {
      const original = fontFile('@fontsource/noto-sans-kr', name);
      const named = withFaceNames(original);
      expect(named, name).not.toBe(original);
      expect(woff2CodePoints(named)).toEqual(woff2CodePoints(original));
    }
  });

  it('leaves the thin file itself as it is: its names are right', () => {
    const thin = fontFile('@fontsource/noto-sans-kr', 'noto-sans-kr-5-100-normal.woff2');
    expect(withFaceNames(thin)).toBe(thin);
  });

  it('leaves a face whose names are right byte for byte', () => {
    const serif = fontFile('@fontsource/source-serif-4', 'source-serif-4-latin-400-normal.woff2');
    expect(withFaceNames(serif)).toBe(serif);
  });
});
