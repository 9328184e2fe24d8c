import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * A chapter whose first question lists items with sub-lists ("- **Base backups**" over its own
 * items) runs on under a page half full: the list's second item was held to its first, which the
 * sub-lists make six lines long, so the lead-in, the whole first two items and the chapter's title
 * could not share the page, and the Letter guide's page 8 ended 50 % full before "Operations".
 * The second item stays with the first only when the first is one item's lines, no sub-list.
 */
const deckFile = 'test/fixtures/sub-list-opener/deck.md';

let pages: string[] = [];
beforeAll(async () => {
  const outDir = await tempDir('sublistopen-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], paper: 'letter' });
  expect(result.failed).toEqual([]);
  pages = pdfPages(path.join(outDir, 'deck', 'guide.pdf')).map(squash);
}, 240_000);

describe('a chapter opening with a list of sub-lists', () => {
  it('runs on under the page the chapter before ends half full', () => {
    const ends = pages.findIndex((p) => p.includes(squash('vorübergehend zum Primärserver umgeleitet werden.')));
    expect(ends, 'the chapter before printed').toBeGreaterThan(0);
    expect(pages[ends]).toContain(squash('How do you design a backup strategy with point-in-time recovery?'));
  });

  it('keeps an item with the first line of its sub-list', () => {
    const item = pages.findIndex((p) => p.includes(squash('Base backups')));
    expect(pages[item]).toContain(squash('nightly full backups for small databases;'));
  });
});
