import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { pageFill } from '../pdf-page-fill.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * The quiz's answer key does not end on a page of a few entries: the 40-question data-science
 * deck's key put entries 38–40 alone on its last page, a quarter full, while a little less space
 * between the entries holds them all on the pages before.
 */
const deckFile = 'test/fixtures/data-science-deck/data-science.md';
/** The quiz's @page margins (styles/quiz.css), in millimetres. */
const QUIZ_MARGINS = { top: 18, bottom: 16 };

describe("the quiz's answer key", () => {
  it('does not end on a page holding only a few entries, and keeps every entry', async () => {
    const outDir = await tempDir('quizkey-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['quiz'] });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, 'data-science', 'quiz.pdf');
    const fill = pageFill(file, QUIZ_MARGINS);
    expect(Math.round(fill[fill.length - 1] * 100), `last page (${fill.length}) full`).toBeGreaterThanOrEqual(50);
    const pages = pdfPages(file);
    const keyStart = pages.findIndex((p) => p.includes('Answer key') && /^\s*1\.\s/m.test(p.split('Answer key').slice(-1)[0]));
    const key = pages.slice(keyStart).join('\n').replace(/\s+/g, ' ');
    for (const n of [1, 20, 38, 39, 40]) expect(key).toMatch(new RegExp(`(^| )${n}\\. `));
    expect(key).toContain('What makes a good data visualisation?');
  }, 240_000);
});
