import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SAFE_MARGIN } from '../../src/render/render-cards.js';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord, type PdfWordPage } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * The answer side of a business card sits in the middle of the space between its header (badge,
 * number) and its footer, as on every other card size: printed at the top, a one-line answer
 * left two thirds of the card empty under it. Read from the word boxes of the back pages.
 */
const ANSWERS = [
  'A port.',
  'It maps names to addresses.',
  'A cache keeps a copy of data close to where it is read, so the next read is quick.',
  'A queue holds messages until a worker takes them; a topic hands each message to every subscriber. Queues spread work, topics spread news.',
];
const DECK = [
  '# Backs',
  '',
  '## Basics',
  '',
  ...ANSWERS.flatMap((answer, i) => [`### Question number ${i + 1} about systems?`, '', `> ${answer}`, '', 'A longer answer for the guide.', '']),
].join('\n');

let pages: PdfWordPage[] = [];

beforeAll(async () => {
  const dir = await tempDir('backs-');
  await writeFile(path.join(dir, 'backs.md'), DECK);
  const out = path.join(dir, 'out');
  const { result } = await buildWith({
    paths: [path.join(dir, 'backs.md')],
    outDir: out,
    outputs: ['cards'],
    cardSize: 'business',
    cardFaces: 'flash',
    cardLayout: 'pages',
  });
  expect(result.failed).toEqual([]);
  pages = pdfWords(path.join(out, 'backs', 'cards.pdf'));
}, 240_000);

const top = (ws: PdfWord[]) => Math.min(...ws.map((w) => w.yMin));
const bottom = (ws: PdfWord[]) => Math.max(...ws.map((w) => w.yMax));

describe('business-card backs', () => {
  it('print each answer in the middle of the space between header and footer, 0.15 in from the trim', () => {
    const backs = pages.filter((_, i) => i % 2 === 1);
    expect(backs.length).toBe(ANSWERS.length);
    for (const [i, p] of backs.entries()) {
      // The header is the top line (badge and number), the footer the bottom line (the deck's title).
      const head = p.words.filter((w) => w.yMin < top(p.words) + 4);
      const foot = p.words.filter((w) => w.yMax > bottom(p.words) - 4);
      const text = p.words.filter((w) => !head.includes(w) && !foot.includes(w));
      expect(text.length, `back ${i + 1}`).toBeGreaterThan(0);
      const above = top(text) - bottom(head);
      const below = top(foot) - bottom(text);
      expect(Math.abs(above - below), `back ${i + 1}: ${above.toFixed(1)} pt above the answer, ${below.toFixed(1)} pt below`).toBeLessThan(6);
      const nearest = Math.min(...p.words.flatMap((w) => [w.xMin, w.yMin, p.width - w.xMax, p.height - w.yMax]));
      expect(nearest, `back ${i + 1}`).toBeGreaterThanOrEqual(SAFE_MARGIN - 0.5);
    }
  });
});
