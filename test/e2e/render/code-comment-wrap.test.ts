import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../../helpers.js';
import { pdfWords, type PdfWord } from '../../pdf-words.js';
import { parseInPlace } from '../../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A statement with a comment after it, aligned in a column, too long for the page: the comment's
// rest printed under the statement (python-backend guide page 3, "hashable" under
// `distances = …`), where it read as code. It now wraps under its own `#`.
const SOURCE = ['origin = (0, 0)', 'lengths = {origin: 1.5}             # keys may be tuples because their items never change later on', 'names = ["a", "b"]'];
const DECK = ['# Comments', '', '## Code', '', '### Can a tuple be a key?', '', '> Yes.', '', '```python', ...SOURCE, '```', ''].join('\n');

/** The printed lines of a page, top to bottom, each a list of words left to right. */
function linesOf(words: PdfWord[]): PdfWord[][] {
  const lines: PdfWord[][] = [];
  for (const w of words) {
    const line = lines.find((l) => Math.abs(l[0].yMax - w.yMax) < 2);
    if (line) line.push(w);
    else lines.push([w]);
  }
  return lines.map((l) => l.sort((a, b) => a.xMin - b.xMin)).sort((a, b) => a[0].yMax - b[0].yMax);
}

describe('a comment after a statement, wrapped', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('comments', DECK, ['guide']), 'guide.pdf');
  });

  it('goes on under its own "#", not under the code', () => {
    const page = pdfWords(file).find((p) => p.words.some((w) => w.text === 'lengths'))!;
    const lines = linesOf(page.words);
    const at = lines.findIndex((l) => l[0].text === 'lengths');
    const hash = lines[at].find((w) => w.text === '#')!;
    expect(hash).toBeDefined();
    const rest = lines.slice(
      at + 1,
      lines.findIndex((l) => l[0].text === 'names'),
    );
    // The comment did wrap: its rest is on the lines before the next statement.
    expect(rest.length).toBeGreaterThan(0);
    for (const line of rest) {
      // Under the "#" (it was 1.6 em in from the block's edge, under "lengths").
      expect(Math.abs(line[0].xMin - hash.xMin)).toBeLessThan(1);
      expect(line[0].xMin).toBeGreaterThan(lines[at][0].xMin + 100);
    }
  });
});
