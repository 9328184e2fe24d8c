import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * Thirty drills and closing notes of six console listings, the last a long one: on Letter the
 * booklet's body ran to 16 pages, a sheet of three Notes pages and the back cover more (20 pages),
 * once closing listings split between lines and so set line by line. Its last sheet is now pulled
 * back with the closing listings' leading taken in with the questions' at the booklet's tighter
 * steps, as an answer's listings already were: 15 pages and the back cover.
 */
describe('a booklet ending in closing listings', () => {
  let sides: string[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('closing-booklet-');
    const { result } = await buildWith({ paths: ['test/fixtures/closing-booklet/dock-drills.md'], outDir, outputs: ['guide'], paper: 'letter', booklet: true });
    expect(result.failed).toEqual([]);
    sides = pdfPages(path.join(outDir, 'dock-drills', 'guide-booklet.pdf')).map(squash);
  }, 180_000);

  it('takes no sheet of blanks for them', () => {
    expect(sides, 'four sheets, printed both sides').toHaveLength(8);
    const all = sides.join(' ');
    expect(all).toContain('page 2 of 15');
    expect(all).not.toContain('page 2 of 16');
    expect(all).toContain('Keep this page near the console.');
    expect(all.match(/dockctl \w+ --service/g)).toHaveLength(5 * 6 + 90);
  });
});
