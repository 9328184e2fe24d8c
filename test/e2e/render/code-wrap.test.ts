import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, pdfPages } from '../../helpers.js';
import { pdfWords, type PdfWord } from '../../pdf-words.js';
import { parseInPlace } from '../../parse-in-place.js';
import { greyPage } from '../../pdf-grey-page.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// Every source line starts with a name v1, v2…; a printed line that starts otherwise is the
// wrapped rest of one. The last line (1,100 characters) prints in pieces (render/code-lines.ts).
const SOURCE = [
  'v1 = connect("primary database host name", "replica host name", "a third host name that wraps")',
  'v2 = 1',
  'def v3():',
  '    v4 = retry(lambda: fetch("a long path segment", "another long segment here", "more"), attempts=5)',
  '    if v5:',
  '        v6 = log("attempt failed while talking to the upstream service; sleeping before retrying", level="warn")',
  `v7 = "${'blob '.repeat(219)}end"`,
];
const DECK = ['# Wraps', '', '## Code', '', '### How does it retry?', '', '> In a loop.', '', '```python', ...SOURCE, '```', ''].join('\n');

const DPI = 144;
const EM = 8.8;

/** The printed lines of the code block: its words grouped by baseline, in reading order. */
function codeLines(words: PdfWord[]): PdfWord[][] {
  const lines: PdfWord[][] = [];
  const first = words.findIndex((w) => w.text === 'v1');
  const last = words.map((w) => w.text).lastIndexOf('end"');
  for (const w of words.slice(first, last + 1)) {
    const line = lines.find((l) => Math.abs(l[0].yMax - w.yMax) < 2);
    if (line) line.push(w);
    else lines.push([w]);
  }
  return lines.map((l) => l.sort((a, b) => a.xMin - b.xMin));
}

describe('a wrapped code line', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('wraps', DECK, ['guide']), 'guide.pdf');
  });

  it('is marked in the hang before each wrapped part, and a line of its own is not', () => {
    const page = pdfWords(file).findIndex((p) => p.words.some((w) => w.text === 'v1'));
    const lines = codeLines(pdfWords(file)[page].words);
    const grey = greyPage(file, page + 1, DPI);
    const px = (pt: number) => Math.round((pt * DPI) / 72);
    // Dark pixels in the strip of about an em just left of a printed line's first word.
    const inked = (line: PdfWord[]) => {
      let n = 0;
      for (let y = px(line[0].yMin); y <= px(line[0].yMax); y++)
        for (let x = px(line[0].xMin - 1.4 * EM); x <= px(line[0].xMin - 0.1 * EM); x++) if (grey.at(x, y) < 150) n++;
      return n;
    };
    const starts = lines.filter((l) => /^v\d+$|^def$|^if$/.test(l[0].text));
    const wrapped = lines.filter((l) => !starts.includes(l));
    expect(starts.map((l) => l[0].text)).toEqual(['v1', 'v2', 'def', 'v4', 'if', 'v6', 'v7']);
    // The long lines wrap, the one of 1,100 characters over several lines.
    expect(wrapped.length).toBeGreaterThan(10);
    expect(starts.map((l) => `${l[0].text}: ${inked(l)}`)).toEqual(starts.map((l) => `${l[0].text}: 0`));
    expect(wrapped.filter((l) => inked(l) < 4).map((l) => l.map((w) => w.text).join(' '))).toEqual([]);
  });

  it('copies as written: the marks are not in the text', () => {
    const text = pdfPages(file).join('\n');
    expect(text).not.toMatch(/[↪⤷]/);
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    expect(squeeze(text)).toContain(squeeze(SOURCE.join('\n')));
  });
});
