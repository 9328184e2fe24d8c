import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * The room kept above a Chinese heading's first line (its tallest Han characters stand above a 1.2
 * line) was given by the deck's language: an English deck whose runbook steps are named in Chinese
 * painted the tops of a sub-heading opening a page at the foot of the page before (智能缓存之六, in
 * the text layer of both pages). The heading's own characters decide now.
 */
const deckFile = 'test/fixtures/cjk-heading-tops-en/deck.md';
/** The running head of the deck's pages: the title, then the section. */
const head = 'Release Runbooks of the Shanghai Team Deployments';

let pages: string[] = [];
beforeAll(async () => {
  const outDir = await tempDir('cjk-heading-tops-en-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  pages = pdfPages(path.join(outDir, 'deck', 'guide.pdf')).map((p) => p.replace(/\s+/g, ' ').trim());
}, 180_000);

const headings = [...readFileSync(deckFile, 'utf8').matchAll(/^##### (.+)$/gm)].map((m) => m[1]);

describe('a Chinese sub-heading at the top of a page of an English deck', () => {
  it('puts some sub-headings at the top of a page (the fixture exercises the case)', () => {
    const opening = pages.filter((p) => p.startsWith(head) && headings.some((h) => p.slice(head.length).trim().startsWith(h)));
    expect(opening.length).toBeGreaterThan(0);
  });

  it('prints each sub-heading on one page only, nothing of it at the foot of the page before', () => {
    const twice = headings.filter((h) => pages.filter((p) => p.includes(h)).length > 1);
    expect(twice).toEqual([]);
  });
});
