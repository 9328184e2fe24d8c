import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { bundledOut, pdfInfo, pdfText, pageSizes } from '../helpers.js';
import { loose } from './guide-reading.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

const slug = 'infrastructure-engineer';

describe('bundled deck build', () => {
  it('writes guide and cards as HTML and PDF', () => {
    for (const name of ['guide.html', 'guide.pdf', 'cards.html', 'cards.pdf']) {
      expect(existsSync(path.join(bundledOut(), slug, name)), name).toBe(true);
    }
  });

  it('puts every question of the deck in both PDFs', async () => {
    const deck = await loadDeck(`content/${slug}.md`);
    const questions = allQuestions(deck);
    expect(questions.length).toBeGreaterThan(30);
    for (const pdf of ['guide.pdf', 'cards.pdf']) {
      // Compared loosely: typographic quotes, and a heading may wrap at a hyphen.
      const text = loose(pdfText(path.join(bundledOut(), slug, pdf)));
      const missing = questions.filter((q) => !text.includes(loose(q.text)));
      expect(
        missing.map((q) => q.text),
        pdf,
      ).toEqual([]);
    }
  });

  it('prints one card per question at 5 × 3 in, landscape', async () => {
    const deck = await loadDeck(`content/${slug}.md`);
    const file = path.join(bundledOut(), slug, 'cards.pdf');
    const sizes = pageSizes(file);
    expect(sizes.length).toBe(allQuestions(deck).length);
    for (const s of sizes) expect([Math.round(s.width), Math.round(s.height)]).toEqual([360, 216]);
  });

  it('prints the guide on A4 with its title as metadata', () => {
    const info = pdfInfo(path.join(bundledOut(), slug, 'guide.pdf'));
    expect(info['Page size']).toMatch(/\(A4\)/);
    expect(info.Title).toBe('Infrastructure Engineer — Interview Questions');
    expect(Number(info.Pages)).toBeGreaterThan(5);
  });
});
