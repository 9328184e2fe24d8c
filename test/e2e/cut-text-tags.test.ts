import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { pdfStructure, structElements, type StructElement } from '../pdf-structure.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A chapter run on under the one before, opening with a paragraph (its introduction) or a list
 * item too long for the page it shares, has that block cut in two where the page ends
 * (cut-text-block.ts): the rest is a copy of the block starting the next page. The tagged PDF read
 * the copy as a block of its own: one paragraph was two P elements, one item two LI elements (the
 * second with no label), so a screen reader announced a list of three items where the page shows two.
 */
const sentences = (word: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${word}${i + 1} runs on for a while so that the paragraph is long.`).join(' ');
const questions = (chapter: string, n: number) =>
  Array.from({ length: n }, (_, k) => [`### ${chapter} question ${k + 1}?`, '', '> A short answer.', '', sentences('Filler', 8), '']).flat();
const DECK = [
  '# Cut Blocks',
  '',
  '## First chapter',
  '',
  ...questions('First chapter', 4),
  '## Second chapter',
  '',
  sentences('Intro', 30),
  '',
  '### Where does the long paragraph break?',
  '',
  '> Across the page.',
  '',
  sentences('Long', 10),
  '',
  '## Third chapter',
  '',
  ...questions('Third chapter', 8),
  '## Fourth chapter',
  '',
  `- ${sentences('Item', 30)}`,
  '- A second item.',
  '',
  '### Where does the list go?',
  '',
  '> Across the page too.',
  '',
  sentences('Long', 10),
  '',
].join('\n');

describe('a paragraph and a list item cut where a shared page ends', () => {
  let pages: string[] = [];
  let tree: StructElement = { type: 'root', text: '', children: [] };
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'cuts.md'), DECK);
    const { result } = await buildWith({ paths: [path.join(dir, 'cuts.md')], outDir: path.join(dir, 'out'), outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    const file = path.join(dir, 'out', 'cuts', 'guide.pdf');
    pages = pdfPages(file);
    tree = pdfStructure(file);
  }, 180_000);

  const pageOf = (word: string) => pages.findIndex((p) => new RegExp(`\\b${word}\\b`).test(p));

  it('runs each over the page, its text in order', () => {
    for (const word of ['Intro', 'Item']) {
      expect(pageOf(`${word}1`), `${word}1`).toBeGreaterThan(0);
      expect(pageOf(`${word}30`), `${word}30 over the page from ${word}1`).toBe(pageOf(`${word}1`) + 1);
    }
  });

  it('is tagged as one paragraph and one list item, as printed', () => {
    const intro = structElements(tree, 'P').filter((p) => /\bIntro\d/.test(p.text));
    expect(intro.map((p) => p.text.slice(0, 20))).toHaveLength(1);
    expect(intro[0].text.indexOf('Intro1 ')).toBeLessThan(intro[0].text.indexOf('Intro30 '));
    const list = structElements(tree, 'L').find((l) => /\bItem1 /.test(l.text))!;
    expect(list, 'the list').toBeDefined();
    const items = list.children.filter((c) => c.type === 'LI');
    expect(items.map((i) => i.text.slice(0, 20))).toHaveLength(2);
    expect(items[0].text).toMatch(/^Item1 [\s\S]*Item30 /);
    expect(items[1].text).toBe('A second item.');
  });
});
