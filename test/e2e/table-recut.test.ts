import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// The metrics table's rows, in order, by their first cell.
const ROWS = ['Ακρίβεια', 'Ορθότητα', 'Ανάκληση', 'F1', 'Ειδικότητα', 'AUC-ROC', 'AUC-PR', 'Log loss', 'Brier', 'Κάπα του', 'MCC', 'Top-k'];

/**
 * A Greek statistics guide on A4: the chapter "Μέτριες" runs on under the one before, and its
 * twelve-row metrics table breaks at the foot of the page they share, where it is cut in two. The
 * first plan cut it after five rows; the text above it rose once the later steps had moved it, and
 * the plans made again kept that cut, leaving the page 72 % full with room for five rows more.
 */
describe('a long table cut where a shared page ends, after the text above it has moved', () => {
  let pages: string[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('table-recut-');
    const { result } = await buildWith({ paths: ['test/fixtures/table-recut/el-stats.md'], outDir, outputs: ['guide'], paper: 'a4' });
    expect(result.failed).toEqual([]);
    pages = pdfPages(path.join(outDir, 'el-stats', 'guide.pdf'), true);
  }, 120_000);

  // The rows a page holds, read from the start of its lines (the first cell of each row).
  const rowsOn = (page: string) => ROWS.filter((name) => page.split('\n').some((l) => l.trimStart().startsWith(name) && /\S\s{2,}\S/.test(l)));

  it('fills the shared page with rows, the rest under the repeated head overleaf', () => {
    const first = pages.findIndex((p) => rowsOn(p).includes('Ακρίβεια'));
    expect(first).toBeGreaterThan(0);
    const here = rowsOn(pages[first]);
    const next = rowsOn(pages[first + 1]);
    // As printed before: 5 rows on the shared page, 7 overleaf.
    expect(here.length, `rows on page ${first + 1}: ${here.join(', ')}`).toBeGreaterThanOrEqual(9);
    expect([...here, ...next], 'every row printed once, in order').toEqual(ROWS);
    expect(pages[first + 1]).toMatch(/Μετρική\s+Τύπος\s+Πότε τη χρησιμοποιούμε/);
    expect(pages).toHaveLength(7);
  });
});
