import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildWith, pdfInfo, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { pdfToolOutput } from '../pdf-tool-output.js';
import { untypeset } from '../untypeset.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * A question's heading and "In short" box were left at the foot of the page a chapter shares with
 * the contents, the answer overleaf where the plan put the named page break of the chapter's own
 * pages: the A4 appsec guide's page 2 was 93 % full, Q2's box at its foot. Taking the heading and
 * box over was judged to cost a page (the plan's later named breaks, measured where they were,
 * forced one) and to leave 20.5 % of page 2 blank, half a line past SPLIT_HOLE: now no page ends
 * with a box whose answer follows, the guide keeps its five pages and page 2 is left 79 % full.
 */
const DECK = 'test/fixtures/appsec-deck/appsec.md';
/** Letters and digits only: line-end hyphens, quotes and spacing do not matter to the comparison. */
const letters = (text: string) => untypeset(text).replace(/[^\p{L}\p{N}]/gu, '');

describe('an "In short" box before the plan\'s named page break', () => {
  let file = '';
  beforeAll(async () => {
    const dir = await tempDir();
    const { result } = await buildWith({ paths: [DECK], outDir: dir, outputs: ['guide'], paper: 'a4' });
    expect(result.failed).toEqual([]);
    file = path.join(dir, 'appsec', 'guide.pdf');
  }, 120_000);

  it('has the start of its answer after it on its page, in the A4 guide', async () => {
    const deck = await loadDeck(DECK);
    const questions = deck.sections.flatMap((s) => s.questions).filter((q) => !q.answerFromCard && q.answerText.trim());
    const count = Number(pdfInfo(file).Pages);
    const pages = pdfToolOutput('pdftotext', [], file, ['-']).split('\f').slice(0, count);
    const atFoot = pages.flatMap((text, i) => {
      const body = letters(text.replace(/page \d+ of \d+\s*$/, ''));
      const q = questions.find((x) => body.endsWith(letters(x.cardText).slice(-30)));
      return q ? [`page ${i + 1} ends with Q${q.number}'s In short box`] : [];
    });
    expect(atFoot).toEqual([]);
    // Not at the cost of a page, nor of a page left more than a fifth and a line blank.
    expect(count).toBe(5);
    expect(pageFill(file, GUIDE_PAGES.a4.margins)[1]).toBeGreaterThan(0.77);
  });
});
