import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * Forty one-line questions in three sections: the last section ran on under the one before, the
 * part of it that fitted named after that page, and its last question alone on a sixth page (5 %
 * full). The change of page name before that question is a forced break, so standing the page's
 * questions closer could not pull it back; the section's rest now takes the shared page's name
 * when that is tried, and the guide ends on page 5.
 */
const deckFile = 'test/fixtures/one-line-round/linux-round.md';

let pages: string[] = [];
beforeAll(async () => {
  const outDir = await tempDir('round-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  pages = pdfPages(path.join(outDir, 'linux-round', 'guide.pdf')).map(squash);
}, 120_000);

describe('the last question of a section run on under the one before', () => {
  it('goes back up to the page before rather than end the guide alone', () => {
    const last = pages.findIndex((p) => p.includes('Q40 What does history list?'));
    expect(last, 'Q40 printed').toBeGreaterThan(0);
    expect(pages[last]).toContain('Q39');
    expect(pages).toHaveLength(5);
  });
});
