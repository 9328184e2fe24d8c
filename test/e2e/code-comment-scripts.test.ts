import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
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
