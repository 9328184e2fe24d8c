import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfBlocks, type PdfLine } from '../pdf-lines.js';
import { parseInPlace } from '../parse-in-place.js';
import { textRuns } from '../pdf-font-sizes.js';

parseInPlace();

// Card answers that are code: a shell pipeline too long for a card's line, a long command in a line of text.
const DECK = 'test/fixtures/card-code/shell.md';
let out = '';
const pdf = (name: string) => path.join(out, 'shell', name);

beforeAll(async () => {
  out = await tempDir();
  const { result } = await buildWith({ paths: [DECK], outDir: out, outputs: ['cards', 'cheatsheet', 'quiz'], quiz: true });
  expect(result.failed).toEqual([]);
});

const lines = (file: string): PdfLine[] => pdfBlocks(file).flatMap((b) => b.lines);

describe.each(['cards.pdf', 'cheatsheet.pdf'])('%s', (name) => {
  it('hangs a wrapped line of a code block under its start, so it never reads as the next command', () => {
    const all = lines(pdf(name));
    const first = all.findIndex((l) => l.text.startsWith('find /var/log'));
    expect(first).toBeGreaterThanOrEqual(0);
    // The lines after it up to the one ending the command (`$2 }'`), wherever the line was broken.
    const last = all.findIndex((l, i) => i > first && l.text.includes('$2 }'));
    expect(last).toBeGreaterThan(first);
    const wrapped = all.slice(first + 1, last + 1).filter((l) => l.page === all[first].page);
    expect(wrapped.length).toBeGreaterThan(0);
    for (const l of wrapped) expect(l.xMin - all[first].xMin, `“${l.text}” under “${all[first].text}”`).toBeGreaterThan(5);
  });

  it('sets block code at the size of inline code, never below 7 pt (it was reduced twice)', () => {
    const runs = textRuns(pdf(name));
    // The answers' code in the regular weight (a question's code is bold, in its larger heading):
    // inline spans and the one block, at one size.
    const mono = runs.filter((r) => /SourceCodePro-Regular/.test(r.font)).map((r) => r.size);
    expect(Math.min(...mono)).toBeGreaterThanOrEqual(7);
    expect(Math.max(...mono) - Math.min(...mono)).toBeLessThan(0.2);
  });

  it('keeps a table’s column heads whole (“Code”, never “Cod⏎e” in a narrow column)', () => {
    const words = lines(pdf(name)).flatMap((l) => l.text.split(' '));
    expect(words).toContain('Code');
    expect(words).not.toContain('Cod');
  });

  it('breaks long code in a line of text between its words only, never inside a flag such as --line-buffered', () => {
    const all = lines(pdf(name));
    const at = all.findIndex((l) => l.text.includes('tail -F'));
    expect(at).toBeGreaterThanOrEqual(0);
    const command = all.slice(at, at + 3).map((l) => l.text);
    expect(command.join(' ')).toContain('--line-buffered');
    for (const [i, l] of command.entries()) {
      expect(l, `line ${i} of the command`).not.toMatch(/(^|\s)--?$|-$/);
      expect(l).not.toMatch(/^(line-|buffered|-?buffered)/);
    }
  });
});

describe('quiz.pdf', () => {
  it('keeps a table’s column heads whole in the answer key too', () => {
    const words = lines(pdf('quiz.pdf')).flatMap((l) => l.text.split(' '));
    expect(words).toContain('Code');
    expect(words).not.toContain('Cod');
  });
});
