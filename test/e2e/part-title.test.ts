import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const deck = (title: string, question: string) => [`# ${title}`, '', '## Basics', '', `### ${question}`, '', '> A short answer.', ''].join('\n');

// A combined guide's second part is titled with a long compound, printed in the Letter booklet's half-letter pages.
describe("a part's title in a combined booklet", () => {
  let words: string[] = [];
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.md'), deck('Networking', 'What is DNS?'));
    await writeFile(path.join(dir, 'b.md'), deck('Datenpipelines und Datenbankverwaltungssysteme — Fragen', 'Was ist ETL?'));
    const { result } = await buildWith({
      paths: [path.join(dir, 'a.md'), path.join(dir, 'b.md')],
      outDir: path.join(dir, 'out'),
      combine: true,
      booklet: true,
      paper: 'letter',
      outputs: ['guide'],
    });
    expect(result.failed).toEqual([]);
    const pages = pdfWords(path.join(dir, 'out', 'all', 'guide-booklet.pdf'));
    // The side printed with the part's opening page: its title is the largest text on it.
    words = pages.find((p) => p.words.some((w) => w.text === 'Was'))!.words.map((w) => w.text);
  });

  it('keeps its longest word whole on the half-letter page, the dash after it', () => {
    // At 24 pt it broke anywhere: "Datenbankverwaltungssystem" over "e —".
    expect(words).toContain('Datenbankverwaltungssysteme');
    expect(words).not.toContain('e');
  });
});
