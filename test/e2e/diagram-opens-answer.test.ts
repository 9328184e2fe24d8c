import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { buildDeckText, pdfPages, squash } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

const SENTENCE =
  "A replica applies the primary's log in the order it was written, so its data is always a consistent snapshot of some moment on the primary, only a little behind it. ";
const LAST_WORDS = 'The replica that falls furthest behind is the one to watch.';

/**
 * A long first answer, then a question whose answer opens with a tall diagram and goes on in
 * paragraphs. The diagram did not fit under the second question's "In short" box and had no text
 * of its answer above it to rise over: it went to the next page whole and left the page 33 % blank.
 */
function deck(): string {
  const first = [...Array.from({ length: 6 }, () => SENTENCE.repeat(3)), SENTENCE].join('\n\n');
  const after = [...Array.from({ length: 3 }, () => SENTENCE.repeat(2)), `${SENTENCE}${LAST_WORDS}`].join('\n\n');
  return [
    '# Figure Deck',
    '',
    'A deck whose second answer opens with a diagram.',
    '',
    '## Replication',
    '',
    'Level: medium',
    '',
    '### How does streaming replication work?',
    '',
    '> The primary ships its write-ahead log to replicas, which replay it.',
    '',
    first,
    '',
    '### Draw the path of a write through a replicated database.',
    '',
    '> The write lands on the primary, goes to the log, and streams to each replica.',
    '',
    '```mermaid',
    'flowchart TB',
    '  app["Application"] --> primary[("Primary")]',
    '  primary --> wal["Write-ahead log"]',
    '  wal --> r1[("Replica one")]',
    '  wal --> r2[("Replica two")]',
    '  r1 --> reads["Read traffic"]',
    '  r2 --> reads',
    '```',
    '',
    after,
    '',
  ].join('\n');
}

describe('a diagram that opens its answer and does not fit the room left on the page', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('figure-deck', deck(), ['guide']), 'guide.pdf');
  });

  it('lets the text after it fill the page, the diagram going to the top of the next one', () => {
    const pages = pdfPages(file).map(squash);
    const fill = pageFill(file, GUIDE_PAGES.a4.margins);
    // The contents name it too: the question is on the last page that does.
    const asked = pages.length - 1 - [...pages].reverse().findIndex((p) => p.includes('Draw the path of a write'));
    expect(asked).toBeGreaterThan(0);
    // The page the question starts on is full: its answer's text runs on under the "In short" box.
    expect(Math.round(fill[asked] * 100), `page ${asked + 1}, where the question starts`).toBeGreaterThanOrEqual(85);
    expect(pages[asked]).toContain('A replica applies');
    // The diagram is still in its own answer, and the answer still ends the guide.
    const text = pages.join(' ');
    expect(text.indexOf('Write-ahead log')).toBeGreaterThan(text.indexOf('Draw the path of a write'));
    expect(text.indexOf(LAST_WORDS)).toBeGreaterThan(text.indexOf('Write-ahead log'));
    expect(pages.length).toBeLessThanOrEqual(4);
  });
});
