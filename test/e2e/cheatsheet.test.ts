import { describe, expect, it, beforeAll } from 'vitest';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { bundledOut, pageSizes, pdfInfo, pdfText, squash } from '../helpers.js';
import { findSequence, pdfWords } from '../pdf-words.js';
import { plainQuotes } from './guide-reading.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

const slug = 'infrastructure-engineer';
const file = () => path.join(bundledOut(), slug, 'cheatsheet.pdf');

describe('cheat sheet', () => {
  it('puts the bundled deck on two A4 pages at a legible size', () => {
    const sizes = pageSizes(file());
    expect(sizes.length).toBe(2);
    for (const s of sizes) expect([Math.round(s.width), Math.round(s.height)]).toEqual([595, 842]);
    // The chosen body size is recorded in the subject: 7 pt at the very least.
    const pt = Number(/at ([\d.]+) pt/.exec(pdfInfo(file()).Subject ?? '')?.[1]);
    expect(pt).toBeGreaterThanOrEqual(7);
  });

  it('has every question with its level and card answer', async () => {
    const deck = await loadDeck(`content/${slug}.md`);
    // Printed with typographic quotes and apostrophes where the deck types straight ones.
    const text = plainQuotes(pdfText(file())).replace(/[\s-]+/g, '');
    for (const q of allQuestions(deck)) {
      const start = q.text.split(/\s+/).slice(0, 4).join('').replace(/-/g, '');
      expect(text, `Q${q.number}`).toMatch(new RegExp(`Q${q.number}●[●○]{2}(EASY|MEDIUM|HARD)${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(text).toContain(q.level.toUpperCase());
      expect(text).toContain(q.cardText.split(/\s+/).slice(0, 5).join('').replace(/-/g, ''));
    }
  });

  it('reads in deck order down each column, sections before their questions', async () => {
    const deck = await loadDeck(`content/${slug}.md`);
    const pages = pdfWords(file());
    // Columns start where the question numbers line up; reading position is page, column, height.
    const starts = pages.map((p) => [...new Set(p.words.filter((w) => /^Q\d+$/.test(w.text)).map((w) => Math.round(w.xMin)))].sort((a, b) => a - b));
    const column = (page: number, x: number) => starts[page].filter((s) => s <= Math.round(x) + 2).length;
    const place = (page: number, x: number, y: number) => page * 1e6 + column(page, x) * 1e4 + y;
    const where = (needle: string) => {
      for (let p = 0; p < pages.length; p++) {
        const hit = findSequence(pages[p], needle)[0];
        if (hit) return place(p, hit.xMin, hit.yMin);
      }
      return -1;
    };
    const order: { name: string; at: number }[] = [];
    for (const section of deck.sections.filter((s) => s.questions.length)) {
      order.push({ name: section.title, at: where(squash(section.title)) });
      for (const q of section.questions) order.push({ name: `Q${q.number}`, at: where(`Q${q.number}`) });
    }
    for (const o of order) expect(o.at, o.name).toBeGreaterThanOrEqual(0);
    const sorted = [...order].sort((a, b) => a.at - b.at).map((o) => o.name);
    expect(sorted).toEqual(order.map((o) => o.name));
  });
});
