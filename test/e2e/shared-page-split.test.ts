import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * A section run on under the one before (or under the contents) names what of it fits on the page
 * it shares, and the rest opens the next page: a short question that did not fit whole went over
 * whole, and the change of page name before it is a forced break that the later splitting of kept
 * questions cannot move. The Hebrew networking guide on Letter: its second question left page 2
 * 67 % full, and the closing notes alone on a fourth page, 8 % full. Now the question splits there,
 * as it would inside a section. Read from the printed PDF: every page between the cover and the last
 * is at least three quarters full, the last at least a third.
 */
const DECK = 'test/fixtures/right-to-left/networking-he.md';

describe('a short question at the foot of a shared page', () => {
  let file = '';
  beforeAll(async () => {
    const out = await tempDir();
    const { result } = await buildWith({ paths: [DECK], outDir: out, paper: 'letter', outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    file = path.join(out, 'networking-he', 'guide.pdf');
  }, 120_000);

  it('splits there rather than leave the page a third blank', () => {
    const fill = pageFill(file, GUIDE_PAGES.letter.margins).map((f) => Math.round(f * 100));
    expect(
      fill.slice(1, -1).every((f) => f >= 75),
      `fill: ${fill.join(', ')}`,
    ).toBe(true);
    expect(fill.at(-1), `fill: ${fill.join(', ')}`).toBeGreaterThanOrEqual(33);
  });
});
