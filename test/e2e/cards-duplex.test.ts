import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { cardPadding, cardPoints } from '../../src/render/render-cards.js';
import { CARD_SIZES, type CardSize } from '../../src/model/paper.js';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { findSequence, pdfWords, type PdfWord, type PdfWordPage } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const deckFile = 'test/fixtures/cards-deck/git-workflow.md';

/** A card's box on a page, found from its "Qn" label at the top-right corner of the card. */
function cardBox(label: PdfWord, size: CardSize) {
  const w = CARD_SIZES[size].width * 72;
  const h = CARD_SIZES[size].height * 72;
  // The label sits inside the card's padding; allow a few points.
  const pad = cardPadding(cardPoints(size), false);
  const right = label.xMax + pad.x + 3;
  const top = label.yMin - pad.y - 3;
  return (x: number, y: number) => x > right - w - 6 && x < right && y > top && y < top + h + 6;
}

/** Where a point on the back, as the back page shows it, lands on the front after the flip. */
function behind(back: PdfWordPage, x: number, y: number, duplex: 'long' | 'short') {
  const landscape = back.width > back.height;
  // Turning over around the long edge of an upright page swaps left and right; of a landscape
  // page, top and bottom. The short edge does the opposite.
  const swapsLeftRight = (duplex === 'long') !== landscape;
  return swapsLeftRight ? { x: back.width - x, y } : { x, y: back.height - y };
}

const centre = (w: PdfWord) => ({ x: (w.xMin + w.xMax) / 2, y: (w.yMin + w.yMax) / 2 });

/** Every front/back sheet pair: each question's answer on the back lands inside its card's front. */
function expectBacksBehindFronts(
  pages: PdfWordPage[],
  cards: { number: number; question: string; answer: string }[],
  size: CardSize,
  duplex: 'long' | 'short',
) {
  expect(pages.length % 2).toBe(0);
  const seen: number[] = [];
  for (let i = 0; i < pages.length; i += 2) {
    const [front, back] = [pages[i], pages[i + 1]];
    const labels = new Map(front.words.filter((w) => /^Q\d+$/.test(w.text)).map((w) => [Number(w.text.slice(1)), w]));
    for (const [n, label] of labels) {
      const card = cards.find((c) => c.number === n);
      expect(card, `Q${n} on sheet ${i / 2 + 1}`).toBeDefined();
      const inCard = cardBox(label, size);
      const q = findSequence(front, card!.question).map(centre);
      expect(
        q.some((p) => inCard(p.x, p.y)),
        `front of Q${n} is in its card`,
      ).toBe(true);
      const a = findSequence(back, card!.answer);
      expect(a.length, `answer of Q${n} "${card!.answer}" on the back of sheet ${i / 2 + 1}`).toBe(1);
      const p = centre(a[0]);
      const landed = behind(back, p.x, p.y, duplex);
      expect(inCard(landed.x, landed.y), `answer of Q${n} prints behind its question (${duplex}-edge flip)`).toBe(true);
      seen.push(n);
    }
  }
  expect(seen.sort((a, b) => a - b)).toEqual(cards.map((c) => c.number).sort((a, b) => a - b));
}

describe.each([
  { cardSize: 'index-3x5' as const, duplex: 'long' as const },
  { cardSize: 'index-3x5' as const, duplex: 'short' as const },
  { cardSize: 'business' as const, duplex: 'long' as const },
  { cardSize: 'business' as const, duplex: 'short' as const },
])('flash cards on sheets, $cardSize, $duplex-edge flip', ({ cardSize, duplex }) => {
  it('prints every answer behind its question and a duplex check sheet that lines up the same way', async () => {
    const outDir = await tempDir();
    const { result, events } = await buildWith({ paths: [deckFile], outDir, cardSize, cardLayout: 'sheet', cardFaces: 'flash', duplex, outputs: ['cards'] });
    expect(result.failed).toEqual([]);
    expect(events.filter((e) => e.type === 'warning' && e.diagnostic.code === 'card-overflow')).toEqual([]);
    const deck = await loadDeck(deckFile);
    const cards = allQuestions(deck).map((q) => ({ number: q.number, question: q.text.split(/\s+/)[0], answer: q.cardText.split(/\s+/)[0] }));
    const dir = path.join(outDir, 'git-workflow');
    const pages = pdfWords(path.join(dir, 'cards.pdf'));
    // The sheet is the paper (A4), upright or turned.
    for (const p of pages) expect([Math.round(Math.min(p.width, p.height)), Math.round(Math.max(p.width, p.height))]).toEqual([595, 842]);
    expectBacksBehindFronts(pages, cards, cardSize, duplex);

    const check = pdfWords(path.join(dir, 'duplex-test.pdf'));
    expect(check.length).toBe(2);
    const numbered = check[0].words.filter((w) => /^Q\d+$/.test(w.text)).map((w) => Number(w.text.slice(1)));
    expect(numbered.length).toBeGreaterThan(1);
    expectBacksBehindFronts(
      check,
      numbered.map((n) => ({ number: n, question: 'Duplex', answer: `${n}.` })),
      cardSize,
      duplex,
    );
  });
});

describe('the duplex check of a German deck', () => {
  it('speaks German: its sides, the edge up, the flip and the words on its cards', async () => {
    const outDir = await tempDir();
    const { result } = await buildWith({ paths: ['test/fixtures/lang-de/deck.md'], outDir, cardLayout: 'sheet', cardFaces: 'flash', outputs: ['cards'] });
    expect(result.failed).toEqual([]);
    const [folder] = await readdir(outDir, { withFileTypes: true }).then((d) => d.filter((e) => e.isDirectory()).map((e) => e.name));
    const pages = pdfPages(path.join(outDir, folder, 'duplex-test.pdf')).map((p) => p.replace(/\s+/g, ' '));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('VORNE · diese Kante oben ↑ · an der langen Kante wenden');
    expect(pages[0]).toContain('Duplex-Test: Vorderseite 1');
    expect(pages[1]).toContain('HINTEN');
    expect(pages[1]).toContain('Rückseite 1. Halten Sie den Bogen gegen das Licht');
    expect(pages[1]).toContain('an der kurzen Kante wenden oder mit --duplex short bauen');
    // No English left (it printed FRONT, "this edge up" and "Hold the sheet to the light").
    for (const english of ['FRONT', 'BACK', 'this edge up', 'Hold the sheet', 'Duplex check']) expect(pages.join(' ')).not.toContain(english);
  });
});

describe('the duplex check of a deck whose first question is open, with options', () => {
  it('prints its own numbered fronts and backs, nothing of that question', async () => {
    const outDir = await tempDir();
    const deck = 'test/fixtures/duplex-open-first/open-first.md';
    const { result } = await buildWith({ paths: [deck], outDir, cardLayout: 'sheet', cardFaces: 'flash', outputs: ['cards'] });
    expect(result.failed).toEqual([]);
    const pages = pdfPages(path.join(outDir, 'open-first', 'duplex-test.pdf')).map((p) => p.replace(/\s+/g, ' '));
    expect(pages).toHaveLength(2);
    // The test cards took the rest of the first question: its options on every front, and its
    // open status, so every back was ruled lines with no number to hold up to the light.
    expect(pages.join(' ')).not.toContain('heading cut');
    for (const n of [1, 2, 3, 4]) {
      expect(pages[0]).toContain(`Duplex check: front ${n}`);
      expect(pages[1]).toContain(`Back ${n}. Hold the sheet to the light`);
    }
  });
});
