import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { pdfWords, type PdfWord } from '../pdf-words.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/** Five easy questions and two hard ones: no medium question at all. */
const DECK = [
  '---\ntitle: Shell basics\n---\n# Shell basics\n',
  '## Warm-up\n\nLevel: easy\n',
  ...['pipes', 'redirects', 'globs', 'quotes', 'exit codes'].map((t) => `\n### What do ${t} do?\n\n> They shape how a command's ${t} behave.\n`),
  '\n## Deeper\n\nLevel: hard\n',
  ...['job control', 'signals'].map((t) => `\n### How does ${t} work?\n\n> The shell and the kernel share the work of ${t}.\n`),
].join('');

let cover: PdfWord[] = [];
beforeAll(async () => {
  const out = await buildDeckText('shell', DECK, ['guide']);
  cover = pdfWords(path.join(out, 'guide.pdf'))[0].words;
}, 120_000);

/** The count printed on the same line as a label word, and the room between them. */
function countBeside(label: string): { count: string; gap: number } {
  const word = cover.find((w) => w.text === label);
  if (!word) throw new Error(`no "${label}" on the cover: ${cover.map((w) => w.text).join(' ')}`);
  const count = cover.find((w) => /^\d+$/.test(w.text) && Math.abs(w.yMin - word.yMin) < 3 && w.xMin > word.xMax);
  if (!count) throw new Error(`no count beside "${label}"`);
  return { count: count.text, gap: count.xMin - word.xMax };
}

describe("the cover's question counts", () => {
  it('stand beside their labels, not at the far side of the page', () => {
    // The cover's flex column stretched the table across the text block: "Questions" and its 7
    // stood 262 pt apart (half the text block), a reader's eye lost between them.
    const total = countBeside('Questions');
    expect(total.count).toBe('7');
    expect(total.gap).toBeLessThan(60);
    expect(countBeside('EASY')).toMatchObject({ count: '5' });
    expect(countBeside('EASY').gap).toBeLessThan(60);
  });

  it('leave out a level no question has', () => {
    expect(countBeside('HARD').count).toBe('2');
    expect(cover.map((w) => w.text)).not.toContain('MEDIUM');
  });
});
