import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { buildDeckText, pdfText } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * Quotes typed straight in a Persian or Hebrew deck print as that language sets them, read from
 * the printed guide: Persian «…» and, inside, ‹…› (English ‘…’ before); Hebrew ”…” and ’…’ (CLDR),
 * where English “…” set its opening mark the wrong way up on a right-to-left line.
 */
const fixture = (name: string) => readFile(path.join(import.meta.dirname, '..', 'fixtures', 'rtl-quotes', name), 'utf8');

let persian = '';
let hebrew = '';
beforeAll(async () => {
  // pdftotext parts a Persian word where its shaped letters join ("خ ارج ی"): read with the spaces and direction marks out.
  persian = pdfText(path.join(await buildDeckText('fa', await fixture('fa.md'), ['guide']), 'guide.pdf')).replace(/[\s\u202a-\u202e]/g, '');
  hebrew = pdfText(path.join(await buildDeckText('he', await fixture('he.md'), ['guide']), 'guide.pdf'));
}, 240_000);

describe('quotes in a right-to-left guide', () => {
  it('sets Persian double quotes as «…» and single ones as ‹…›', () => {
    expect(persian).toContain('«کلیدخارجی»');
    expect(persian).toContain('‹جدولوالد›');
    expect(persian).not.toMatch(/[‘’“”]/);
  });

  it('sets Hebrew quotes as ”…” and ’…’', () => {
    expect(hebrew).toContain('”מפתח זר”');
    expect(hebrew).toContain('’טבלת האב’');
    expect(hebrew).not.toMatch(/[‘“]/);
  });
});
