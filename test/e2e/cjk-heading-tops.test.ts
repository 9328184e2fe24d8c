import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * Han characters stand taller than a 1.2 line of the heading face: a Chinese sub-heading opening a
 * page painted the tops of its characters at the foot of the page before (a bank's `多种触发`
 * printed there as a row of specks, and in the text layer of both pages). Sixty sub-headings over
 * code of two to seven lines put some of them at the top of a page.
 */
const deckFile = 'test/fixtures/cjk-heading-tops/deck.md';

let pages: string[] = [];
beforeAll(async () => {
  const outDir = await tempDir('cjk-heading-tops-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  pages = pdfPages(path.join(outDir, 'deck', 'guide.pdf')).map((p) => p.replace(/\s+/g, ' '));
}, 180_000);

/** The deck's sub-headings (`##### 多种触发之一`): characters whose tops stand highest (多, 条) among them. */
const headings = [...readFileSync(deckFile, 'utf8').matchAll(/^##### (.+)$/gm)].map((m) => m[1]);
const onPage = (page: string, heading: string) => page.includes(heading);

describe('a Chinese sub-heading at the top of a page', () => {
  it('puts some sub-headings at the top of a page (the fixture exercises the case)', () => {
    // The first words of a page after its running head: a page opening with a heading.
    const opening = pages.slice(1).filter((p) => headings.some((h) => onPage(p, h) && p.indexOf(h) < 40));
    expect(opening.length).toBeGreaterThan(0);
  });

  it('prints each sub-heading on one page only, nothing of it at the foot of the page before', () => {
    const twice = headings.filter((h) => pages.filter((p) => onPage(p, h)).length > 1);
    expect(twice).toEqual([]);
  });
});
