import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions, type Deck } from '../../src/model/deck.js';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { readDestinationPages } from '../../src/print/pdf-dests.js';
import { buildWith, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';
import { linkTargets, outlineOf, plainQuotes, questionPages, readContents, squashedPages } from './guide-reading.js';

parseInPlace();

/**
 * A guide of five pages of body (one over the old limit of four for a small guide) kept its
 * first chapter off the contents' page: on Letter page 2 (introduction and contents) was 40 %
 * full. The first chapter runs on under the contents whenever their page is under half full;
 * the contents' numbers, links and bookmarks still name the pages the questions print on.
 */
const deckFile = 'test/fixtures/booklet-end/sql-long.md';

describe('a five-page guide on Letter', () => {
  let file = '';
  let deck: Deck;
  let pages: string[];
  beforeAll(async () => {
    const outDir = await tempDir('front-run-on-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], paper: 'letter' });
    expect(result.failed).toEqual([]);
    file = path.join(outDir, 'sql-long', 'guide.pdf');
    deck = await loadDeck(deckFile);
    pages = squashedPages(file);
  }, 120_000);

  it('runs its first chapter on under the contents, filling page 2', () => {
    expect(pages[1]).toContain('Contents');
    expect(pages[1]).toContain(squash(deck.sections[0].questions[0].text));
    expect(pageFill(file, GUIDE_PAGES.letter.margins)[1]).toBeGreaterThan(0.9);
  });

  it('keeps the contents, their links and the bookmarks on the pages the questions print on', async () => {
    const count = deck.sections.length + allQuestions(deck).length;
    const printed = new Map(readContents(file, count).map((e) => [e.label, e.page]));
    const found = questionPages(deck, pages);
    const dests = await readDestinationPages(readFileSync(file));
    const outline = new Map((await outlineOf(file)).map((e) => [plainQuotes(e.title), e.page]));
    for (const { q, section, page } of found) {
      expect(page, `Q${q.number} found`).toBeGreaterThan(1);
      expect(printed.get(`Q${q.number}`), `contents, Q${q.number}`).toBe(page);
      expect(dests.get(q.id), `link, Q${q.number}`).toBe(page);
      expect(outline.get(`Q${q.number} ${q.text}`), `bookmark, Q${q.number}`).toBe(page);
      expect(outline.get(section.title), section.title).toBe(found.find((x) => x.section === section)!.page);
    }
    expect((await linkTargets(file, 2)).length).toBeGreaterThanOrEqual(count);
  });
});
