import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import type { Deck } from '../../src/model/deck.js';
import { buildWith, pdfInfo, tempDir } from '../helpers.js';
import { pdfToolOutput } from '../pdf-tool-output.js';
import { untypeset } from '../untypeset.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * A question's heading and its "In short" box were left at a page's foot, its answer (a table, a
 * list kept whole) on the next page: the booklet's page 8 ended 64 % full with the heading and box
 * of the storage question, its table over the page. Read from the printed guide and booklet: no
 * page may end with a question's "In short" text when that question's answer goes on after it.
 */

/** Fourteen questions in three sections, most answers opening with a small table: printed as guides. */
const GUIDE_DECK = 'test/fixtures/page-holes/tables-first.md';
/** Seven of them in one section: printed as booklets, where the half sheet's feet fall on the same kind of question. */
const BOOKLET_DECK = 'test/fixtures/page-holes/tables-first-booklet.md';
/** Letters and digits only: line-end hyphens, quotes and spacing do not matter to the comparison. */
const letters = (text: string) => untypeset(text).replace(/[^\p{L}\p{N}]/gu, '');

/** Each printed page's text: a page of the guide, or each half of a booklet side in turn. */
function pageTexts(file: string, booklet: boolean): string[] {
  const count = Number(pdfInfo(file).Pages);
  const [width, height] = /([\d.]+) x ([\d.]+)/
    .exec(pdfInfo(file)['Page size'])!
    .slice(1)
    .map((n) => Math.ceil(Number(n)));
  const out: string[] = [];
  for (let page = 1; page <= count; page++) {
    const halves = booklet ? [0, 1] : [null];
    for (const half of halves) {
      const crop = half === null ? [] : ['-x', String(half * Math.floor(width / 2)), '-y', '0', '-W', String(Math.ceil(width / 2)), '-H', String(height)];
      out.push(pdfToolOutput('pdftotext', ['-f', String(page), '-l', String(page), ...crop], file, ['-']));
    }
  }
  return out;
}

/** Pages whose text block ends with the "In short" box of a question whose full answer follows it. */
function boxesAtFoot(file: string, deck: Deck, booklet = false): string[] {
  const questions = deck.sections.flatMap((s) => s.questions).filter((q) => !q.answerFromCard && q.answerText.trim());
  return pageTexts(file, booklet).flatMap((text, i) => {
    const body = letters(text.replace(/page \d+ of \d+\s*$/, ''));
    const q = questions.find((x) => body.endsWith(letters(x.cardText).slice(-30)));
    return q ? [`page ${i + 1}: Q${q.number} "${q.text}" ends it with its In short box`] : [];
  });
}

describe('a question\'s "In short" box at a page\'s foot', () => {
  const decks = new Map<string, Deck>();
  const out = new Map<string, string>();
  beforeAll(async () => {
    for (const deck of [GUIDE_DECK, BOOKLET_DECK]) decks.set(deck, await loadDeck(deck));
    const dir = await tempDir();
    await Promise.all(
      (['a4', 'letter'] as const).flatMap((paper) => [
        buildWith({ paths: [GUIDE_DECK], outDir: path.join(dir, paper), outputs: ['guide'], paper }).then(({ result }) => {
          expect(result.failed).toEqual([]);
          out.set(`guide ${paper}`, path.join(dir, paper, 'tables-first', 'guide.pdf'));
        }),
        buildWith({ paths: [BOOKLET_DECK], outDir: path.join(dir, `${paper}-booklet`), outputs: ['guide'], paper, booklet: true }).then(({ result }) => {
          expect(result.failed).toEqual([]);
          out.set(`booklet ${paper}`, path.join(dir, `${paper}-booklet`, 'tables-first-booklet', 'guide-booklet.pdf'));
        }),
      ]),
    );
  }, 240_000);

  for (const paper of ['a4', 'letter'] as const) {
    it(`has the start of its answer after it on the page, in the guide on ${paper}`, () => {
      expect(boxesAtFoot(out.get(`guide ${paper}`)!, decks.get(GUIDE_DECK)!)).toEqual([]);
    });

    it(`has the start of its answer after it on the page, in the booklet on ${paper} sheets`, () => {
      expect(boxesAtFoot(out.get(`booklet ${paper}`)!, decks.get(BOOKLET_DECK)!, true)).toEqual([]);
    });
  }
});

describe('a booklet with a blank page to spare', () => {
  it('spends it to keep an "In short" box with its answer: a box stays at a foot only when the booklet has no blank page left', async () => {
    // The bundled deck's A4 booklet: 47 pages and one blank, with three boxes at a foot (Q5, Q15, Q19).
    const deckFile = 'content/infrastructure-engineer.md';
    const dir = await tempDir();
    const { result } = await buildWith({ paths: [deckFile], outDir: dir, outputs: ['guide'], booklet: true });
    expect(result.failed).toEqual([]);
    const file = path.join(dir, 'infrastructure-engineer', 'guide-booklet.pdf');
    const blank = pageTexts(file, true).filter((t) => !t.trim()).length;
    const atFoot = boxesAtFoot(file, await loadDeck(deckFile), true);
    expect(blank === 0 || atFoot.length === 0, `${blank} blank page(s) left while ${atFoot.join('; ')}`).toBe(true);
    // The booklet keeps its sheets: 24 sides, as before.
    expect(Number(pdfInfo(file).Pages)).toBe(24);
  }, 120_000);
});
