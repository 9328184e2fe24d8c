import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { pdfWords } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';
import { outlineOf, readContents } from './guide-reading.js';

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

// Three decks combined: parts 2 and 3 began part way down pages less than two-thirds full, while
// sections inside them opened pages of their own, the hierarchy read upside down. A part opens a
// page however full the one before, its contents line, bookmark and running heads naming that page.
describe('a part of a combined guide', () => {
  let file = '';
  let pages: string[] = [];
  let fill: number[] = [];
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'alpha.md'), longer('Alpha Networking', 'Basics', 5));
    await writeFile(path.join(dir, 'beta.md'), longer('Beta Storage', 'Disks', 9));
    const { result } = await buildWith({
      paths: [path.join(dir, 'alpha.md'), path.join(dir, 'beta.md')],
      outDir: path.join(dir, 'out'),
      combine: true,
      outputs: ['guide'],
    });
    expect(result.failed).toEqual([]);
    file = path.join(dir, 'out', 'all', 'guide.pdf');
    pages = pdfPages(file).map(squash);
    fill = pageFill(file, GUIDE_PAGES.a4.margins);
  });

  /** The page (1-based) Part 2 opens on, after the contents. */
  const partPage = () => pages.findIndex((p, i) => i > 1 && p.includes('PART 2')) + 1;

  it('opens a page of its own, though the page Part 1 ends on is less than two-thirds full', () => {
    const part = partPage();
    const endOfAlpha = pages.findIndex((p, i) => i > 1 && p.includes('Which basics question is number 5?')) + 1;
    expect(part, 'the page Part 2 opens on').toBeGreaterThan(2);
    expect(fill[endOfAlpha - 1], `page ${endOfAlpha}, where Part 1 ends, is under two-thirds full (the case run on before)`).toBeLessThan(2 / 3);
    expect(part, `Part 2 on page ${part}, Part 1 ending on page ${endOfAlpha}`).toBe(endOfAlpha + 1);
    expect(pages[part - 1], 'nothing of Part 1 on its page').not.toMatch(/basics question/);
    expect(pages[part - 1], 'its first section and question under its title').toMatch(/PART 2 Beta Storage Disks Q6 Which disks question is number 1\?/);
  });

  it('is named on that page by the contents, the bookmarks and the running head of the page after it', async () => {
    const part = partPage();
    const contents = readContents(file, 12).find((e) => e.label === 'Beta Storage');
    expect(contents?.page, 'its contents line').toBe(part);
    const mark = (await outlineOf(file)).find((e) => e.title === 'Beta Storage');
    expect(mark?.page, 'its bookmark').toBe(part);
    const next = pages[part];
    expect(next, 'the page after it').toBeDefined();
    expect(next.slice(0, 60), 'headed by Part 2').toMatch(/Beta Storage/);
    expect(pages[part - 2].slice(0, 60), 'the page before it, by Part 1').toMatch(/Alpha Networking/);
  });
});
