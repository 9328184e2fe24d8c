import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfBlocks } from '../pdf-lines.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// A German deck of long compounds: questions and answers whose last word is one
// ("Informationssicherheit?", "(Rücksicherungssperrvermerk)."), and a question whose last word is short.
const DECK = 'test/fixtures/card-runts/datenschutz.md';
const SIZES = ['index-3x5', 'business'] as const;
const cards: Record<string, string> = {};

beforeAll(async () => {
  for (const cardSize of SIZES) {
    const out = await tempDir();
    const { result } = await buildWith({ paths: [DECK], outDir: out, cardSize, outputs: ['cards'] });
    expect(result.failed).toEqual([]);
    cards[cardSize] = path.join(out, 'datenschutz', 'cards.pdf');
  }
});

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

describe.each(SIZES)('%s cards', (size) => {
  it('never end a question or an answer on a stub: a word’s last syllable or one short word alone', () => {
    const stubs = pdfBlocks(cards[size]).flatMap((block) =>
      block.lines.flatMap((line, i) => {
        if (i === 0) return [];
        const next = block.lines[i + 1];
        // The last line of a paragraph: the block's last, or one followed by a new line set further left or a badge.
        const ends = !next || /[.?!)“]$/.test(line.text);
        const carried = block.lines[i - 1].text.endsWith('-');
        const oneWord = !/\s/.test(line.text);
        return ends && oneWord && (carried ? letters(line.text) < 6 : letters(line.text) <= 3) ? [`${block.lines[i - 1].text} ⏎ ${line.text}`] : [];
      }),
    );
    expect(stubs).toEqual([]);
  });
});
