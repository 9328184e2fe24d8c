import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
import { pdfToolOutput } from '../pdf-tool-output.js';
import { pdfWords, type PdfWord } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A Russian listing with comments in Cyrillic and Greek, aligned in a column as people write them.
// The code face's italic files have no Cyrillic or Greek letters: those comments printed in the
// sans italic, a proportional face amid the code's columns. And a short comment pushed a little
// past the measure by the spaces aligning it wrapped those spaces onto a line of their own: an
// empty line marked ↪ under `break` in a Greek listing.
const SOURCE = [
  'def mean(xs):',
  '    if not xs:',
  '        return 0.0                                                  # пусто',
  '    total = sum(xs)  # сумма всех значений',
  '    return total / len(xs)  # μέσος όρος',
];
const DECK = [
  '---',
  'lang: ru',
  '---',
  '',
  '# Комментарии',
  '',
  '## Код',
  '',
  '### Как посчитать среднее?',
  '',
  '> Сумму поделить на число значений.',
  '',
  '```python',
  ...SOURCE,
  '```',
  '',
].join('\n');

/** Each glyph `mutool trace` lists: its character, font (subset tag off) and whether the font is drawn slanted. */
function glyphs(file: string): { ch: string; font: string; slanted: boolean }[] {
  const out: { ch: string; font: string; slanted: boolean }[] = [];
  let font = '';
  let slanted = false;
  for (const line of pdfToolOutput('mutool', ['trace'], file).split('\n')) {
    const span = /<span font="(?:[A-Z]{6}\+)?([^"]+)"[^>]*\strm="([^"]+)"/.exec(line);
    if (span) {
      font = span[1];
      slanted = Number(span[2].split(' ')[2]) !== 0;
    }
    const g = /<g unicode="([^"]*)"/.exec(line);
    if (g && g[1].trim()) out.push({ ch: g[1], font, slanted });
  }
  return out;
}

/** The glyphs of `word`'s first occurrence. */
function wordGlyphs(all: ReturnType<typeof glyphs>, word: string): ReturnType<typeof glyphs> {
  const text = all.map((g) => g.ch).join('');
  const at = text.indexOf(word);
  expect(at, `"${word}" is printed`).toBeGreaterThanOrEqual(0);
  return all.slice(at, at + word.length);
}

/** The baselines of the lines a page's words sit on, top to bottom, each with its first word. */
function lineStarts(words: PdfWord[]): PdfWord[] {
  const lines: PdfWord[] = [];
  for (const w of [...words].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
    if (!lines.some((l) => Math.abs(l.yMax - w.yMax) < 2)) lines.push(w);
  }
  return lines;
}

describe('comments in a Cyrillic and Greek listing', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('comments-ru', DECK, ['guide']), 'guide.pdf');
  });

  it('print their letters in the code face, slanted as its italic Latin is', () => {
    const all = glyphs(file);
    for (const word of ['сумма', 'всех', 'пусто', 'μέσος', 'όρος']) {
      for (const g of wordGlyphs(all, word)) {
        // Before: SourceSans3-Italic, the sans's own italic.
        expect(g.font, `${g.ch} of ${word}`).toMatch(/^SourceCodePro-/);
        expect(g.slanted || /Italic/.test(g.font), `${g.ch} of ${word} slanted`).toBe(true);
      }
    }
  });

  it('leave no empty line where the spaces aligning a short comment ran past the measure', () => {
    const page = pdfWords(file).find((p) => p.words.some((w) => w.text === 'пусто'))!;
    const lines = lineStarts(page.words.filter((w) => w.xMin < page.width * 0.45));
    const at = (text: string) => lines.findIndex((l) => l.text === text);
    const ifLine = at('if');
    expect(lines[ifLine + 1].text).toBe('return');
    const pitch = lines[ifLine + 1].yMax - lines[ifLine].yMax;
    // `total = …` follows `return 0.0` one line down (two before: the spaces' line between them).
    expect(lines[ifLine + 2].text).toBe('total');
    expect(lines[ifLine + 2].yMax - lines[ifLine + 1].yMax).toBeLessThan(pitch * 1.3);
  });
});
