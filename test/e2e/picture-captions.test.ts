import { beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { makePng } from '../png-bytes.js';
import { pdfWords } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A picture with a description and no caption of its own, one named only by its file, and one with a title.
const DECK = [
  '# Pictures',
  '',
  '## Charts',
  '',
  '### What does the chart show?',
  '',
  '> Growth.',
  '>',
  '> ![Quarterly revenue bars rising](bars.png)',
  '',
  'Revenue grew every quarter.',
  '',
  '![Quarterly revenue bars rising](bars.png)',
  '',
  'The last bar is the tallest.',
  '',
  '![bars.png](bars.png)',
  '',
  '![Bars](bars.png "Revenue per quarter, 2026")',
  '',
].join('\n');

describe('a picture in a guide answer', () => {
  let out = '';
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bars.png'), makePng({ width: 300, height: 120 }));
    await writeFile(path.join(dir, 'pics.md'), DECK);
    const { result } = await buildWith({ paths: [path.join(dir, 'pics.md')], outDir: path.join(dir, 'out'), outputs: ['guide', 'cards'] });
    expect(result.failed).toEqual([]);
    out = path.join(dir, 'out', 'pics');
  });

  /** The lines of text below the picture-free paragraph "The last bar …", in the guide, as printed. */
  const guideLines = () => {
    const page = pdfWords(path.join(out, 'guide.pdf')).find((p) => p.words.some((w) => w.text === 'Revenue'))!;
    const lines: { y: number; text: string }[] = [];
    for (const w of page.words) {
      const line = lines.find((l) => Math.abs(l.y - w.yMax) < 2);
      if (line) line.text += ` ${w.text}`;
      else lines.push({ y: w.yMax, text: w.text });
    }
    return lines.map((l) => l.text);
  };

  it('prints its description as its caption, under it, when it has no caption of its own; a title is the caption', () => {
    const lines = guideLines();
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    expect(at('Quarterly revenue bars rising')).toBeGreaterThan(at('Revenue grew every quarter.'));
    expect(at('Quarterly revenue bars rising')).toBeLessThan(at('The last bar is the tallest.'));
    expect(at('Revenue per quarter, 2026')).toBeGreaterThan(at('The last bar is the tallest.'));
    // A file name says nothing: no caption.
    expect(lines.filter((l) => l.includes('bars.png'))).toEqual([]);
  });

  it('prints no caption on the card, which shows the picture alone', async () => {
    const words = pdfWords(path.join(out, 'cards.pdf')).flatMap((p) => p.words.map((w) => w.text));
    expect(words).toContain('Growth.');
    expect(words).not.toContain('Quarterly');
    expect(await readFile(path.join(out, 'cards.html'), 'utf8')).toContain('alt="Quarterly revenue bars rising"');
  });
});
