import { describe, expect, it, beforeAll } from 'vitest';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { combineDecks } from '../../src/content/combine-decks.js';
import type { Deck } from '../../src/model/deck.js';
import { bundledOut } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

/** Each section's heading ends right above its first question: same page, same column. */
function expectHeadingsWithFirstQuestions(file: string, deck: Deck): void {
  const pages = pdfWords(file);
  let checked = 0;
  for (const section of deck.sections) {
    const first = section.questions[0];
    if (!first) continue;
    const label = pages.flatMap((p, i) => p.words.filter((w) => w.text === `Q${first.number}`).map((w) => ({ page: i, w })));
    expect(label.length, `Q${first.number} printed once`).toBe(1);
    const q = label[0];
    // The heading's last word (it may wrap over lines) sits just above the label, in its column.
    const last = section.title.split(/\s+/).pop()!;
    const above = pages[q.page].words.filter(
      (w) => last.startsWith(w.text.replace(/-$/, '')) && w.yMax <= q.w.yMin + 1 && q.w.yMin - w.yMax < 16 && w.xMin >= q.w.xMin - 4 && w.xMin < q.w.xMin + 160,
    );
    expect(above.length, `"${section.title}" ends right above Q${first.number} (page ${q.page + 1})`).toBeGreaterThan(0);
    checked++;
  }
  expect(checked).toBeGreaterThan(1);
}

describe('cheat sheet headings', () => {
  it.each(['infrastructure-engineer', 'kubernetes-admin'])('stay with their first question in %s', async (slug) => {
    expectHeadingsWithFirstQuestions(path.join(bundledOut(), slug, 'cheatsheet.pdf'), await loadDeck(`content/${slug}.md`));
  });

  it('stay with their first question on the combined sheet', async () => {
    // The global setup's bundled build combines the decks.
    const outDir = bundledOut();
    const decks = await Promise.all(['infrastructure-engineer', 'kubernetes-admin'].map((s) => loadDeck(`content/${s}.md`)));
    expectHeadingsWithFirstQuestions(path.join(outDir, 'all', 'cheatsheet.pdf'), combineDecks(decks));
  });
});
