import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A deck whose last answer ends with a tall flowchart, under text that leaves too little room for
 * it on its page. Before: the diagram went overleaf alone, the guide's last page holding nothing
 * but the drawing (its labels, the running head and the folio). Now the last paragraph before it
 * goes along, so the drawing sits with its text, in the A4 guide and in the A5 booklet alike.
 */
const deckFile = 'test/fixtures/diagram-at-end/rainwater.md';
/** The answer's paragraph that comes right before the diagram. */
const before = 'so it never backs up into the gutter.';

let dir = '';
beforeAll(async () => {
  const outDir = await tempDir('diagram-at-end-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'], booklet: true });
  expect(result.failed).toEqual([]);
  dir = path.join(outDir, 'rainwater');
}, 120_000);

describe('a diagram at the very end of a deck', () => {
  it('shares the A4 guide’s last page with the text before it', () => {
    const pages = pdfPages(path.join(dir, 'guide.pdf')).map(squash);
    const at = pages.findIndex((p) => p.includes('Storage tank'));
    expect(at).toBe(pages.length - 1);
    expect(pages[at]).toContain(before);
    expect(pages.length).toBe(4);
  });

  it('shares the booklet’s page with the text before it', () => {
    const halves = pdfWords(path.join(dir, 'guide-booklet.pdf')).flatMap((s) =>
      [s.words.filter((w) => w.xMax < s.width / 2), s.words.filter((w) => w.xMin >= s.width / 2)].map((ws) => ws.map((w) => w.text).join(' ')),
    );
    const page = halves.find((h) => h.includes('Storage tank'));
    expect(page).toBeDefined();
    expect(page).toContain(before);
  });
});
