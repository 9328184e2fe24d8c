import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { pdfToolOutput } from '../pdf-tool-output.js';

// Headings whose hyphenated compound falls where a 4×6 card's title wraps ("a long-⏎running incident").
const DECK = [
  '# Backups',
  '',
  '## Operations',
  '',
  '### How do you design a backup strategy with point-in-time recovery?',
  '',
  '> Take base backups, archive every log segment and test restores on a schedule.',
  '',
  '### What makes a follow-up review of a long-running incident worth its time?',
  '',
  '> It finds the causes that the first fix left in place.',
  '',
  '### Why would a team keep its read-only replicas in a separate cross-region account?',
  '',
  '> So one broken account or region does not take every copy with it.',
  '',
].join('\n');

const COMPOUNDS = ['point-in-time', 'follow-up', 'long-running', 'read-only', 'cross-region'];

describe('a short hyphenated compound in a question heading', () => {
  let out = '';
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'backups.md'), DECK);
    const { result } = await buildWith({
      paths: [path.join(dir, 'backups.md')],
      outDir: path.join(dir, 'out'),
      cardSize: 'index-4x6',
      outputs: ['guide', 'cards'],
    });
    expect(result.failed).toEqual([]);
    out = path.join(dir, 'out', 'backups');
  });

  it('moves whole to the next line on a 4×6 card and in the guide, never broken at its hyphen', () => {
    for (const file of ['cards.pdf', 'guide.pdf']) {
      const words = pdfWords(path.join(out, file)).flatMap((p) => p.words.map((w) => w.text.replace(/[?,]$/, '')));
      // pdftotext gives a compound broken at a line's end as two words, "long-" and "running".
      expect({ file, broken: words.filter((w) => /\p{L}-$/u.test(w)) }).toEqual({ file, broken: [] });
      for (const c of COMPOUNDS) expect(words, `${c} in ${file}`).toContain(c);
    }
  });

  it('draws every glyph of its faces (no missing-glyph boxes)', () => {
    expect(pdfToolOutput('mutool', ['trace'], path.join(out, 'cards.pdf'), []).match(/glyph="0"/g) ?? []).toEqual([]);
  });
});
