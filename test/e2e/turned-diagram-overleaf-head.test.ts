import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';

/**
 * A Turkish databases deck whose second chapter opens under the first one's last question, its
 * third question's sequence diagram (turned a quarter, floated beside the text) too tall for the
 * room left on that page: the drawing went overleaf. The section plan had named its whole answer
 * for the shared page, and Chromium names a page after the first box on it, so the page the
 * drawing opened printed the first chapter's running head ("İlk adımlar: temel kavramlar") over
 * the second chapter's questions, and the chapter after it opened a page of its own under a page
 * left 60 % blank.
 */
const deckFile = 'test/fixtures/inspect96/veritabani.md';

let pages: string[] = [];
beforeAll(async () => {
  const outDir = await tempDir('turned-diagram-overleaf-head-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  pages = pdfPages(path.join(outDir, 'veritabani', 'guide.pdf')).map(squash);
});

describe('a turned diagram sent overleaf from a chapter that opened under the one before', () => {
  it('heads its page with its own chapter', () => {
    const page = pages.findIndex((p) => p.includes('Kilitlenme: veritabanı birini iptal eder'));
    expect(page).toBeGreaterThan(0);
    // The chapter opened on the page before, under the last question of the first.
    expect(pages[page - 1]).toContain('İşlemler ve eşzamanlılık');
    expect(pages[page]).toContain('İşlemler ve eşzamanlılık');
    expect(pages[page]).not.toContain('İlk adımlar: temel kavramlar');
  });
});
