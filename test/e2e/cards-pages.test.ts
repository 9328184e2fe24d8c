import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { CARD_SIZES, type CardSize } from '../../src/model/paper.js';
import { bundledOut, bundledWarnings, buildWith, pageSizes, pdfPages, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { expectInkInside } from '../pdf-card-ink.js';
import { cardPlan } from '../../src/render/render-cards.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const deckFile = 'test/fixtures/cards-deck/git-workflow.md';
const slug = 'infrastructure-engineer';

/** Card sizes in points as a printer measures them (ISO A sizes in millimetres). */
const EXPECTED_POINTS: Record<CardSize, [number, number]> = {
  'index-3x5': [360, 216],
  'index-4x6': [432, 288],
  a6: [419.53, 297.64],
  a7: [297.64, 209.76],
  business: [252, 144],
  'business-85x54': [240.94, 153.07],
};

/** The deck's cards at each size, built once for this file's tests (the page sizes and the ink read the same build). */
const cardsAt = new Map<CardSize, Promise<string>>();
function cardsPdf(cardSize: CardSize): Promise<string> {
  if (!cardsAt.has(cardSize))
    cardsAt.set(
      cardSize,
      (async () => {
        const outDir = await tempDir();
        const { result } = await buildWith({ paths: [deckFile], outDir, cardSize, outputs: ['cards'] });
        expect(result.failed).toEqual([]);
        return path.join(outDir, 'git-workflow', 'cards.pdf');
      })(),
    );
  return cardsAt.get(cardSize)!;
}

describe('cards, one per page', () => {
  it.each(Object.keys(CARD_SIZES) as CardSize[])('prints each card on its own %s page, landscape', async (cardSize) => {
    const file = await cardsPdf(cardSize);
    const sizes = pageSizes(file);
    expect(sizes.length).toBe(10);
    const [w, h] = EXPECTED_POINTS[cardSize];
    for (const s of sizes) {
      expect(Math.abs(s.width - w), `${cardSize} width ${s.width}`).toBeLessThan(1);
      expect(Math.abs(s.height - h), `${cardSize} height ${s.height}`).toBeLessThan(1);
    }
  });

  it('alternates fronts and backs for flash cards', async () => {
    const outDir = await tempDir();
    const { result } = await buildWith({ paths: [deckFile], outDir, cardFaces: 'flash', outputs: ['cards'] });
    expect(result.failed).toEqual([]);
    const questions = allQuestions(await loadDeck(deckFile));
    const pages = pdfPages(path.join(outDir, 'git-workflow', 'cards.pdf')).map(squash);
    expect(pages.length).toBe(2 * questions.length);
    questions.forEach((q, i) => {
      const [front, back] = [pages[2 * i], pages[2 * i + 1]];
      expect(front).toContain(squash(q.text));
      expect(front).not.toContain(squash(q.cardText).slice(0, 30));
      expect(back).toContain(`Q${q.number}`);
      expect(back).toContain(squash(q.cardText).slice(0, 30));
      expect(back).not.toContain(squash(q.text));
    });
  });
});

describe('ink on one card per page', () => {
  it.each(['business', 'business-85x54', 'a7'] as const)('%s: nothing printed within 0.15 in of the trim', async (cardSize) => {
    expectInkInside(await cardsPdf(cardSize), cardPlan({ cardSize }).geometry);
  });
});

describe('bundled cards', () => {
  it('has every question once, in order, each with its card answer and deck title', async () => {
    const deck = await loadDeck(`content/${slug}.md`);
    const pages = pdfPages(path.join(bundledOut(), slug, 'cards.pdf')).map(squash);
    const questions = allQuestions(deck);
    expect(pages.length).toBe(questions.length);
    // pdftotext drops a hyphen at a line end: compare without hyphens.
    const dehyphen = (t: string) => t.replace(/-\s?/g, '');
    questions.forEach((q, i) => {
      expect(dehyphen(pages[i])).toContain(dehyphen(squash(q.text)));
      expect(pages[i]).toContain(`Q${q.number}`);
      expect(dehyphen(pages[i])).toContain(dehyphen(squash(q.cardText).slice(0, 40)));
      expect(pages[i]).toContain(deck.title);
    });
  });

  it('points each card at the guide page that holds its full answer', async () => {
    const deck = await loadDeck(`content/${slug}.md`);
    const cards = pdfPages(path.join(bundledOut(), slug, 'cards.pdf')).map(squash);
    const guide = pdfPages(path.join(bundledOut(), slug, 'guide.pdf')).map(squash);
    allQuestions(deck).forEach((q, i) => {
      const ref = /full answer: p\. (\d+)/.exec(cards[i]);
      expect(ref, `Q${q.number} card names a page`).not.toBeNull();
      const page = guide[Number(ref![1]) - 1] ?? '';
      // The heading's start is enough: line breaks inside it may drop a hyphen.
      const start = squash(q.text).split(' ').slice(0, 4).join(' ');
      expect(page, `guide p. ${ref![1]} has Q${q.number}`).toContain(`Q${q.number} ${start}`);
    });
  });

  it('fits every card of the bundled deck in one text size, without a warning', () => {
    const overflows = bundledWarnings().filter((d) => d.code === 'card-overflow');
    expect(overflows).toEqual([]);
    const html = readFileSync(path.join(bundledOut(), slug, 'cards.html'), 'utf8');
    const sizes = [...html.matchAll(/<article [^>]*data-card="[^"]+"[^>]* style="font-size: ([\d.]+)pt"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBe(42);
    expect(new Set(sizes).size).toBe(1);
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(7);
  });
});
