import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { bundledOut } from '../helpers.js';
import { findSequence, pdfWords } from '../pdf-words.js';

describe.each(['infrastructure-engineer', 'kubernetes-admin'])('cheat sheet of %s', (slug) => {
  it('keeps each section heading in the column of its first question, right above it', async () => {
    const deck = await loadDeck(`content/${slug}.md`);
    const pages = pdfWords(path.join(bundledOut(), slug, 'cheatsheet.pdf'));
    let checked = 0;
    for (const section of deck.sections) {
      const first = section.questions[0];
      if (!first) continue;
      const title = section.title.split(/\s+/).slice(0, 3).join(' ');
      const hits = pages.flatMap((p, i) => findSequence(p, title).map((w) => ({ page: i, w })));
      // A title may also appear in a question's text; the heading is the one followed by its first question.
      const label = pages.flatMap((p, i) => p.words.filter((w) => w.text === `Q${first.number}`).map((w) => ({ page: i, w })));
      expect(label.length, `Q${first.number} printed once`).toBe(1);
      const q = label[0];
      const heading = hits.find((h) => h.page === q.page && h.w.yMin < q.w.yMin && q.w.yMin - h.w.yMin < 40 && Math.abs(h.w.xMin - q.w.xMin) < 20);
      expect(heading, `"${section.title}" sits right above Q${first.number}, same page and column`).toBeDefined();
      checked++;
    }
    expect(checked).toBeGreaterThan(1);
  });
});
