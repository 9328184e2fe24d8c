import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { bookletPages, type HalfPage } from '../pdf-booklet-pages.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * The chapter "Operations" opens with a list two levels deep ("Base backups" over its items, one
 * of them over items of its own). In the A5 booklet every break inside the first item was avoided
 * (second item held to the first, last to the one before, an item's line to its sub-list), and its
 * line took no page name of its own: the chapter went over whole and the page before it ended
 * 54 % full (A4 sheets); it is now 99 % full. (On half-letter sheets the question's box still
 * goes over with its heading, leaving that page 66 % full: measuring the hole under the chapter
 * before moved the bundled Letter guide's VPC diagram away from its answer, so it was taken out.)
 */
const deckFile = 'test/fixtures/sub-list-opener/deck.md';
const ends = 'vorübergehend zum Primärserver umgeleitet werden.';

async function booklet(paper: 'a4' | 'letter'): Promise<HalfPage[]> {
  const outDir = await tempDir(`booklet-subsub-${paper}-`);
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], booklet: true, paper });
  expect(result.failed).toEqual([]);
  return bookletPages(path.join(outDir, 'deck', 'guide-booklet.pdf'), ['Operations']);
}

let a4: HalfPage[] = [];
beforeAll(async () => {
  a4 = await booklet('a4');
}, 360_000);

describe('a booklet chapter opening with a list of sub-lists of sub-lists', () => {
  it('runs on under the chapter before on A4 sheets, cut between the sub-list items', () => {
    const page = a4.find((p) => p.text.includes(ends));
    expect(page?.text, 'the chapter before').toContain('Operations');
    expect(page?.text).toContain('nightly full backups for small databases;');
    expect(page?.fill).toBeGreaterThan(0.9);
    const next = a4.find((p) => p.number === page!.number + 1);
    expect(next?.text.startsWith('weekly full plus daily incremental')).toBe(true);
  });
});
