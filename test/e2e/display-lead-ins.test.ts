import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A sentence that runs on into a display formula ("The loss over n examples is" over $$L(w) = …$$)
// ended a Letter page of a statistics guide, its formula opening the next: a page never breaks
// right before a display (plain TeX's \predisplaypenalty is 10000). The fixture's answers grow by
// about a line each, so that without the rule some of those sentences end a page.
const DECK = 'test/fixtures/display-lead-ins/deck.md';

/** Numbers of the sentences printed on another page than the formula they lead into. */
function sentencesApart(file: string): number[] {
  const pages = pdfPages(file).map(squash);
  const pageOf = (pattern: RegExp) => pages.findIndex((p) => pattern.test(p));
  const apart: number[] = [];
  for (let n = 1; pageOf(new RegExp(`Sentence ${n} leads`)) >= 0; n++) {
    if (pageOf(new RegExp(`Sentence ${n} leads`)) !== pageOf(new RegExp(`formula${n}\\b`))) apart.push(n);
  }
  return apart;
}

describe('a sentence that runs on into a display formula', () => {
  for (const paper of ['a4', 'letter'] as const) {
    let file = '';
    beforeAll(async () => {
      const out = await tempDir();
      const { result } = await buildWith({ paths: [DECK], outDir: out, outputs: ['guide'], paper });
      expect(result.failed).toEqual([]);
      file = path.join(out, 'deck', 'guide.pdf');
    });

    it(`prints on the same page as its formula (${paper})`, () => {
      expect(pdfPages(file).length).toBeGreaterThan(10);
      expect(squash(pdfPages(file).join(' '))).toContain('Sentence 30 leads');
      expect(sentencesApart(file)).toEqual([]);
    });
  }
});
