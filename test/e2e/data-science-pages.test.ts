import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { pageFill } from '../pdf-page-fill.js';
import { bookletPages } from '../pdf-booklet-pages.js';
import { loadDeck } from '../../src/content/load-deck.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * The 40-question data-science deck's last pages and holes: its A4 guide, its A5 booklet and its
 * quiz, read from one build (a booklet build prints the guide on its paper too; the quiz reads
 * nothing of the guide), where three files each built the deck for their own output.
 */
const deckFile = 'test/fixtures/data-science-deck/data-science.md';
/** The quiz's @page margins (styles/quiz.css), in millimetres. */
const QUIZ_MARGINS = { top: 18, bottom: 16 };

let built: Promise<string> | undefined;
/** The deck's folder of the one build (guide, booklet, quiz), made by the first test that asks. */
function deckOut(): Promise<string> {
  built ??= (async () => {
    const outDir = await tempDir('datascience-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide', 'quiz'], booklet: true });
    expect(result.failed).toEqual([]);
    return path.join(outDir, 'data-science');
  })();
  return built;
}

/**
 * A guide does not end on a page holding one short question: the deck's A4 guide put Q40 (a
 * heading and its "In short" box) alone on page 15, 15 % full, under a page with a quarter of it
 * blank. The questions of the page before stand a little closer instead.
 */
describe("the guide's last page", () => {
  it('is not a short end of the last section alone on a page', async () => {
    const file = path.join(await deckOut(), 'guide.pdf');
    const fill = pageFill(file, GUIDE_PAGES.a4.margins);
    expect(Math.round(fill[fill.length - 1] * 100), `last page (${fill.length}) full`).toBeGreaterThanOrEqual(33);
    // Nothing lost on the way: the last question is on the last page, and the contents say so.
    const pages = pdfPages(file);
    expect(pages[pages.length - 1]).toContain('What makes a good data visualisation?');
    expect(pdfPages(file, true)[1].replace(/\s+/g, ' ')).toMatch(new RegExp(`What makes a good data visualisation\\? [. ]*${pages.length}\\b`));
  }, 240_000);
});

/**
 * Inside a section, a booklet page does not end with a hole its next question could have filled:
 * "In short" boxes kept with their answers moved the text, and the short question they pushed
 * over a page (the deck's Q29, 43 % of an A5 page) left the page before 60 % full. The booklet's
 * pages are read from the imposed PDF, half a sheet each, in their own order. Still short of two
 * thirds: a page where a section runs on under the last and its first long short question goes
 * overleaf (66 %).
 */
describe('the A5 booklet of a 40-question deck', () => {
  it('leaves no page inside a section less than 62 % full', async () => {
    const titles = (await loadDeck(deckFile)).sections.map((s) => s.title);
    const pages = bookletPages(path.join(await deckOut(), 'guide-booklet.pdf'), titles);
    expect(pages.length).toBeGreaterThan(10);
    // The cover and contents come before the first section; the last page ends the guide. A page before one that opens a section may end short.
    const body = pages.findIndex((p) => p.opensSection);
    expect(body).toBeGreaterThan(0);
    const inside = pages.filter((p, i) => i >= body && i < pages.length - 1 && !pages[i + 1].opensSection);
    expect(inside.length).toBeGreaterThan(10);
    for (const p of inside)
      expect(
        Math.round(p.fill * 100),
        `page ${p.number} (${pages.map((q) => `${q.number}: ${Math.round(q.fill * 100)}${q.opensSection ? 'S' : ''}`).join(', ')})`,
      ).toBeGreaterThanOrEqual(62);
  }, 240_000);
});

/**
 * The quiz's answer key does not end on a page of a few entries: the deck's key put entries 38–40
 * alone on its last page, a quarter full, while a little less space between the entries holds
 * them all on the pages before.
 */
describe("the quiz's answer key", () => {
  it('does not end on a page holding only a few entries, and keeps every entry', async () => {
    const file = path.join(await deckOut(), 'quiz.pdf');
    const fill = pageFill(file, QUIZ_MARGINS);
    expect(Math.round(fill[fill.length - 1] * 100), `last page (${fill.length}) full`).toBeGreaterThanOrEqual(50);
    const pages = pdfPages(file);
    const keyStart = pages.findIndex((p) => p.includes('Answer key') && /^\s*1\.\s/m.test(p.split('Answer key').slice(-1)[0]));
    const key = pages.slice(keyStart).join('\n').replace(/\s+/g, ' ');
    for (const n of [1, 20, 38, 39, 40]) expect(key).toMatch(new RegExp(`(^| )${n}\\. `));
    expect(key).toContain('What makes a good data visualisation?');
  }, 240_000);
});
