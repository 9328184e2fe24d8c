import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { glyphFonts, phraseFonts } from '../pdf-glyph-fonts.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A flowchart in an English deck labelled in katakana ("Build (ビルド)"): the page's text set the
 * kana in the installed CJK face redrawn as TrueType, but the drawing names its own font stack,
 * which ended in the generic sans, so its kana printed in the installed face itself, which Chromium
 * embeds as an unnamed Type 3 font (blurry on some printers, unsearchable in some viewers). The
 * drawing's stack now ends in the page's redrawn faces too, in the guide and its booklet.
 */
const deck = 'test/fixtures/diagram-kana-labels/deck.md';
let dir = '';

beforeAll(async () => {
  // CI installs fonts-noto-cjk (.ci/run): without a Japanese face there is nothing to redraw.
  if (!execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim())
    throw new Error('no installed font covers Japanese: install fonts-noto-cjk (apt-get install fonts-noto-cjk) to run this test');
  const outDir = await tempDir('diagram-kana-labels-');
  const { result } = await buildWith({ paths: [deck], outDir, outputs: ['guide'], booklet: true });
  expect(result.failed).toEqual([]);
  dir = path.join(outDir, 'deck');
}, 180_000);

describe('kana in a diagram of an English deck', () => {
  it.each(['guide.pdf', 'guide-booklet.pdf'])('%s: prints them in a named embedded font, no Type 3', (file) => {
    // pdffonts lists a Type 3 font with no name as "[none]".
    const rows = execFileSync('pdffonts', [path.join(dir, file)], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(rows.filter((row) => /Type 3/.test(row))).toEqual([]);
    // The drawing's label, not only the text's kana: in the same CJK face as the text's.
    const label = phraseFonts(glyphFonts(path.join(dir, file)), 'Build(ビルド)');
    expect(label?.filter((f) => !/^SourceSans3/.test(f))).toEqual([expect.stringMatching(/CJK/)]);
  });
});
