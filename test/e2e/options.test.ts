import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfText, tempDir } from '../helpers.js';

// Options written in our own format (a lettered list between the question and its card) print
// with the question, their letters as their only marks.
let out = '';
beforeAll(async () => {
  out = await tempDir();
  const { result } = await buildWith({ paths: ['test/fixtures/options/deck.md'], outDir: out, outputs: ['guide', 'cards', 'cheatsheet'], quiz: true });
  expect(result.failed).toEqual([]);
});

describe('options of a multiple-choice question', () => {
  it.each(['guide', 'cards', 'cheatsheet', 'quiz'])('print in %s.pdf as "A) …" lines, no bullet before a letter', (name) => {
    const text = pdfText(path.join(out, 'deck', `${name}.pdf`));
    expect(text).toContain('A) Venus B) Mercury C) Mars D) Jupiter');
    expect(text).toContain('a. Only Saturn b. Saturn and Jupiter c. All four giants');
    expect(text).not.toMatch(/[•◦▪·]\s*(?:A\)|a\.)/);
  });

  it('keep the card answer below them: the card shows the answer once, after the options', () => {
    const text = pdfText(path.join(out, 'deck', 'cards.pdf'));
    expect(text).toMatch(/D\) Jupiter B\) Mercury: 88 days round the Sun\./);
  });
});
