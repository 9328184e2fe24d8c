import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { allQuestions } from '../../src/model/deck.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { isShortQuestion } from '../../src/render/render-guide.js';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

// A question of few words holding a 14-row table, after a question that fills most of a page:
// kept whole it moved to the next page and left the foot of this one empty. Now it starts under
// the first question and its table breaks between rows, its header repeated. An introduction of
// a few paragraphs fills the contents' page over half, so the body opens a page of its own (under
// a page of contents less full it goes on there, print/plan-section-breaks.ts).
const DECK = 'test/fixtures/long-table/deck.md';
const INTRO = 'test/fixtures/long-table/intro.md';
let pages: string[] = [];
beforeAll(async () => {
  const out = await tempDir();
  const text = (await readFile(DECK, 'utf8')).replace(/^# Tables\n/, `# Tables\n\n${await readFile(INTRO, 'utf8')}\n`);
  await writeFile(path.join(out, 'deck.md'), text);
  const { result } = await buildWith({ paths: [path.join(out, 'deck.md')], outDir: path.join(out, 'out'), outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  pages = pdfPages(path.join(out, 'out', 'deck', 'guide.pdf'));
});

describe('a question with a long table', () => {
  it('is not kept whole as a short question: its rows count as lines', async () => {
    const [, withTable] = allQuestions(await loadDeck(DECK));
    expect(withTable.answerText.length + withTable.cardText.length).toBeLessThan(900);
    expect(isShortQuestion(withTable)).toBe(false);
  });

  it('starts on the page the question before it ends on, its table breaking between rows with the header repeated', () => {
    const first = pages.findIndex((p) => p.includes('Replication keeps a copy'));
    expect(first).toBeGreaterThan(0);
    expect(pages[first]).toContain('Which latency budget fits which tier?');
    expect(pages[first]).toMatch(/tier\s+budget\s+cached\s+r1\b/);
    expect(pages[first + 1]).toMatch(/tier\s+budget\s+cached\s+r\d+/);
    expect(pages[first + 1]).toContain('r14');
  });
});

// The same two questions alone, the first shorter: a guide this small goes on under its contents, and the part of the
// chapter sharing the contents' last page takes that page's name. The table straddling the page's
// foot could not take the name part way through, so it moved whole and left the foot empty.
describe('a long table on the page the chapter shares with the contents', () => {
  let shared: string[] = [];
  beforeAll(async () => {
    const dir = await tempDir();
    // The first answer two paragraphs shorter, so that the table starts on the contents' page.
    const blocks = (await readFile(DECK, 'utf8')).split('\n## Operations')[0].split('\n\n');
    const text = blocks
      .filter((b, i) => !(b.startsWith('Replication keeps') && blocks.findIndex((x) => x.startsWith('Replication keeps')) + 2 > i))
      .join('\n\n');
    await writeFile(path.join(dir, 'deck.md'), text);
    const { result } = await buildWith({ paths: [path.join(dir, 'deck.md')], outDir: path.join(dir, 'out'), outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    shared = pdfPages(path.join(dir, 'out', 'deck', 'guide.pdf'));
  });

  it('breaks between rows there too, its header repeated', () => {
    const asked = shared.length - 1 - [...shared].reverse().findIndex((p) => p.includes('Which latency budget fits which tier?'));
    expect(asked).toBeGreaterThan(0);
    expect(shared[asked]).toMatch(/Contents/);
    expect(shared[asked]).toMatch(/tier\s+budget\s+cached\s+r1\b/);
    expect(shared[asked + 1]).toMatch(/tier\s+budget\s+cached\s+r\d+/);
    expect(shared[asked + 1]).toContain('r14');
  });
});

// A chapter that goes on under the one before, its long table breaking at the foot of the page
// they share: that page is named for the chapter before (it opened it), the table's rows after it
// for this one. Chromium named the next page after the table head it repeats there, which belonged
// to the shared page, so the table's second page printed the chapter before's running head
// ("Storage" over the rows of "Latency"). The table is now cut in two there, its head copied.
/** The rows of every table in a tagged PDF's structure, in the order the file holds them: TR elements under each Table (through THead, TBody, TFoot). */
async function taggedTableRows(file: string): Promise<number[]> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const kids = (el: PDFDict): PDFDict[] => {
    const k = el.get(PDFName.of('K'));
    const list = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
    return list.map((x) => doc.context.lookup(x)).filter((x): x is PDFDict => x instanceof PDFDict);
  };
  const type = (el: PDFDict) => el.get(PDFName.of('S'))?.toString();
  const rows = (el: PDFDict): number =>
    kids(el).reduce((n, kid) => n + (type(kid) === '/TR' ? 1 : ['/THead', '/TBody', '/TFoot'].includes(type(kid) ?? '') ? rows(kid) : 0), 0);
  return doc.context
    .enumerateIndirectObjects()
    .map(([, obj]) => obj)
    .filter((obj): obj is PDFDict => obj instanceof PDFDict && type(obj) === '/Table')
    .map(rows);
}

describe('a long table breaking at the foot of a page shared with the chapter before', () => {
  const DECK_RUN_ON = 'test/fixtures/long-table/run-on.md';
  let shared: string[] = [];
  let file = '';
  beforeAll(async () => {
    const out = await tempDir();
    const { result } = await buildWith({ paths: [DECK_RUN_ON], outDir: out, outputs: ['guide'] });
    expect(result.failed).toEqual([]);
    file = path.join(out, 'run-on', 'guide.pdf');
    shared = pdfPages(file, true);
  });

  // Cut in two there, the table was tagged as two tables, the second under a copy of the header
  // row: a screen reader announced a new table of the same columns in the middle of the rows.
  it('reads as one table in the tagged PDF: one header row and every body row', async () => {
    const body = (await readFile(DECK_RUN_ON, 'utf8')).split('\n').filter((l) => /^\| r\d+ \|/.test(l)).length;
    expect(body).toBeGreaterThan(20);
    const tables = await taggedTableRows(file);
    expect(tables).toContain(body + 1);
    expect(
      tables.filter((rows) => rows > 1 && rows < body + 1),
      'a table holding only part of its rows',
    ).toEqual([]);
  });

  it("heads the table's next page with its own chapter, the header row repeated and the columns as wide", () => {
    const first = shared.findIndex((p) => /\br1\s+10 ms/.test(p));
    expect(first).toBeGreaterThan(0);
    expect(shared[first]).toContain('Latency');
    expect(shared[first].split('\n')[0]).toMatch(/Storage\s*$/);
    const next = shared[first + 1];
    expect(next).toMatch(/tier\s+budget\s+cached\s+r14\b/);
    expect(next.split('\n')[0]).toMatch(/Latency\s*$/);
  });
});
