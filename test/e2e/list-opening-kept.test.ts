import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * A list does not open with its first line alone at a page's foot: the security deck's Letter
 * guide printed Q7's box and "1. Revoke the token …" at the foot of page 4 and the other four
 * steps overleaf. The second item now stays with the first, as the last stays with the one before.
 */
const deckFile = 'test/fixtures/appsec-deck/appsec.md';
const FIRST = 'Revoke the token and any others stored in the same place.';
const SECOND = "Pull the registry's audit log";

let pages: string[] = [];
beforeAll(async () => {
  const outDir = await tempDir('listopen-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], paper: 'letter' });
  expect(result.failed).toEqual([]);
  pages = pdfPages(path.join(outDir, 'appsec', 'guide.pdf')).map(squash);
}, 240_000);

describe("a list's first item", () => {
  it('shares its page with the second', () => {
    const first = pages.findIndex((p) => p.includes(squash(FIRST)));
    expect(first, 'the first step printed').toBeGreaterThan(0);
    expect(pages[first]).toContain(squash(SECOND));
    expect(pages.length).toBe(5);
  });
});
