import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
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

/** A deck of `n` questions with answers of a few lines: five of them end part way down a page. */
const longer = (title: string, section: string, n: number) =>
  [
    `# ${title}`,
    '',
    `## ${section}`,
    '',
    ...Array.from({ length: n }, (_, i) => [
      `### Which ${section.toLowerCase()} question is number ${i + 1}?`,
      '',
      `> The short answer to question ${i + 1}.`,
      '',
      'This answer explains the matter at some length, so that the page fills with running text of an ordinary kind. '.repeat(4),
      '',
    ]).flat(),
  ].join('\n');

// The Kubernetes part of the bundled combined guide opened a page under one 52 % full: a part
// opens a page only when the page before is about two-thirds full, else it runs on under it.
describe('a part of a combined guide', () => {
  let pages: string[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'alpha.md'), longer('Alpha Networking', 'Basics', 5));
    await writeFile(path.join(dir, 'beta.md'), longer('Beta Storage', 'Disks', 4));
    const { result } = await buildWith({
      paths: [path.join(dir, 'alpha.md'), path.join(dir, 'beta.md')],
      outDir: path.join(dir, 'out'),
      combine: true,
      outputs: ['guide'],
    });
    expect(result.failed).toEqual([]);
    const file = path.join(dir, 'out', 'all', 'guide.pdf');
    pages = pdfPages(file).map(squash);
    fill = pageFill(file, GUIDE_PAGES.a4.margins);
  });

  it('runs on under the page before when that page is less than two-thirds full, its first section with it', () => {
    // The contents list the parts (page 2); the body's pages after them.
    const part = pages.findIndex((p, i) => i > 1 && p.includes('PART 2'));
    expect(part, 'the page Part 2 opens on').toBeGreaterThan(1);
    const endOfAlpha = pages.findIndex((p, i) => i > 1 && p.includes('Which basics question is number 5?'));
    expect(part === endOfAlpha || fill[part - 1] > 2 / 3, `page ${part}, before Part 2, is ${Math.round(fill[part - 1] * 100)} % full`).toBe(true);
    expect(part, 'Part 2 starts on the page Part 1 ends on').toBe(endOfAlpha);
    expect(pages[part], 'its first section and question under its title').toMatch(/PART 2 Beta Storage Disks Q6 Which disks question is number 1\?/);
  });
});
