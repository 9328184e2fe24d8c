import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lastPrintFacts } from '../../../src/cache/cache.js';
import { defaultOptions } from '../../../src/model/option-schema.js';
import { PreviewRenderer } from '../../../src/watch/preview-render.js';
import { buildWith, pdfPages, tempDir } from '../../helpers.js';

/**
 * A cheat sheet of one page prints no page number (print/fit-cheatsheet.ts, setFolio): "page 1 of
 * 1" says nothing. The watch's preview of it, rendered from the print's facts, said it still.
 */
const deckFile = 'test/fixtures/cheatsheet-small-deck/houseplants-nine.md';

describe('the watch preview of a one-page cheat sheet', () => {
  it('has no page number, as the printed sheet, byte for byte', async () => {
    const outDir = await tempDir('preview-one-page-sheet-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['cheatsheet'] });
    expect(result.failed).toEqual([]);
    const slug = 'houseplants-nine';
    expect(pdfPages(path.join(outDir, slug, 'cheatsheet.pdf'))).toHaveLength(1);
    const printed = await readFile(path.join(outDir, slug, 'cheatsheet.html'), 'utf8');
    // The sheet's folio is its @page's bottom-right box: "none" on a sheet of one page.
    expect(printed).toMatch(/@bottom-right \{ content: none; \}/);
    const facts = await lastPrintFacts(outDir, slug);
    const renderer = new PreviewRenderer({ ...defaultOptions(), paths: [deckFile], outDir, outputs: ['cheatsheet'] });
    try {
      const preview = await renderer.render(deckFile, facts);
      const sheet = preview.pages?.['cheatsheet.html'];
      expect(sheet, 'the preview rendered the sheet').toBeDefined();
      expect(sheet).toMatch(/@bottom-right \{ content: none; \}/);
      expect(sheet === printed, 'the preview is the printed page').toBe(true);
    } finally {
      await renderer.close();
    }
  }, 180_000);
});
