import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFArray, PDFDict, PDFName, PDFNumber } from 'pdf-lib';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions, type Deck } from '../../src/model/deck.js';
import { planParts, sheetRanges } from '../../src/print/print-parts.js';
import { loadPdf } from '../../src/print/pdf-io.js';
import { generateDeck } from '../../bench/generate-deck.mjs';
import { PARTS_DECK, PARTS_SLUG } from '../parts-build.js';
import { buildWith, partsOut, pdfInfo, pdfPages, squash, tempDir } from '../helpers.js';
import { loose, outlineOf, plainQuotes, OPENS_AFTER_FILL } from './guide-reading.js';
import { pageFill } from '../pdf-page-fill.js';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { parseInPlace } from '../parse-in-place.js';
import { build } from '../../src/build.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import { pdfWords } from '../pdf-words.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';
import { CountingSession } from '../counting-session.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * Large decks print in parts joined into one PDF (print/print-parts.ts). The guide's parts are
 * checked page by page in guide-pages.test.ts (a print-part case); here: the plan, the cards and
 * the cheat sheet in parts, and the joined structure tree.
 */

/** Every key of the parent tree, and every StructParents / StructParent the pages use. */
async function structKeys(file: string) {
  const doc = await loadPdf(readFileSync(file));
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
  const keys: number[] = [];
  for (let i = 0; i < nums.size(); i += 2) keys.push((nums.get(i) as PDFNumber).asNumber());
  const used: number[] = [];
  for (const page of doc.getPages()) {
    const own = page.node.lookupMaybe(PDFName.of('StructParents'), PDFNumber);
    if (own) used.push(own.asNumber());
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i++) {
      const key = annots.lookup(i, PDFDict).lookupMaybe(PDFName.of('StructParent'), PDFNumber);
      if (key) used.push(key.asNumber());
    }
  }
  const next = root.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber();
  return { keys, used, next, pages: doc.getPageCount() };
}

/** The structure tree of a joined PDF is whole: each key once, every key a page uses is there. */
async function expectWholeStructTree(file: string) {
  const { keys, used, next, pages } = await structKeys(file);
  expect(new Set(keys).size).toBe(keys.length);
  expect(used.length).toBeGreaterThanOrEqual(pages);
  for (const key of used) expect(keys, `key ${key}`).toContain(key);
  expect(next).toBeGreaterThan(Math.max(...keys));
}

describe('planning parts', () => {
  it('covers every question once, in order, in parts of at most the size, the outro last', async () => {
    const deck = await loadDeck('content/infrastructure-engineer.md');
    for (const size of [1, 4, 5, 9, 100]) {
      const parts = planParts(deck, size);
      const seen = parts.flatMap((p) => p.slices.flatMap((s) => deck.sections[s.section].questions.slice(s.from, s.to).map((q) => q.number)));
      expect(seen).toEqual(allQuestions(deck).map((q) => q.number));
      for (const p of parts) expect(p.slices.reduce((n, s) => n + s.to - s.from, 0)).toBeLessThanOrEqual(Math.max(size, 1));
      expect(parts.map((p) => p.outro)).toEqual(parts.map((_p, i) => i === parts.length - 1));
    }
    // A part cut inside a section goes on from where the one before stopped.
    const cut = planParts(deck, 4)
      .flatMap((p) => p.slices)
      .filter((s) => s.from > 0);
    expect(cut.length).toBeGreaterThan(0);
  });

  it('cuts sheets into ranges only past two parts of them', () => {
    expect(sheetRanges(10, 5)).toEqual([[0, 10]]);
    expect(sheetRanges(11, 5)).toEqual([
      [0, 5],
      [5, 10],
      [10, 11],
    ]);
    expect(sheetRanges(11, 5, true)).toEqual([[0, 11]]);
    expect(sheetRanges(0, 5)).toEqual([[0, 0]]);
  });
});

describe('cards printed in parts', () => {
  const slug = PARTS_SLUG;
  let out = '';
  let deck: Deck;
  beforeAll(async () => {
    // Built by the global setup: the guide in parts of PRINT_PART questions, the cards in parts of twice that.
    out = partsOut();
    deck = await loadDeck(PARTS_DECK);
  });

  it('has every card once, in order, each naming the guide page of its full answer', () => {
    // Printed with typographic quotes where the deck types straight ones.
    const cards = pdfPages(path.join(out, slug, 'cards.pdf')).map((p) => plainQuotes(squash(p)));
    const guide = pdfPages(path.join(out, slug, 'guide.pdf')).map((p) => plainQuotes(squash(p)));
    const questions = allQuestions(deck);
    expect(cards).toHaveLength(questions.length);
    questions.forEach((q, i) => {
      expect(cards[i]).toContain(`Q${q.number}`);
      expect(loose(cards[i])).toContain(loose(q.text));
      const ref = /full answer: p\. (\d+)/.exec(cards[i]);
      expect(ref, `Q${q.number} card names a page`).not.toBeNull();
      const start = squash(q.text).split(' ').slice(0, 4).join(' ');
      expect(guide[Number(ref![1]) - 1], `guide p. ${ref![1]} has Q${q.number}`).toContain(`Q${q.number} ${start}`);
    });
  });

  it('is one tagged PDF with a whole structure tree', async () => {
    const file = path.join(out, slug, 'cards.pdf');
    expect(pdfInfo(file).Tagged).toBe('yes');
    await expectWholeStructTree(file);
    await expectWholeStructTree(path.join(out, slug, 'guide.pdf'));
  });
});

describe('cheat sheet printed in parts', () => {
  // Three parts of the sheet: more than two, as the test asks (400 questions printed a fourth).
  const count = 300;
  let out = '';
  let file = '';
  let deck: Deck;
  const session = new CountingSession({ browserWSEndpoint: inject('wsEndpoint') });
  afterAll(() => session.dispose());
  beforeAll(async () => {
    out = await tempDir();
    const deckFile = path.join(out, 'big.md');
    await writeFile(deckFile, generateDeck(count));
    // Parts of 25 questions: the sheet in parts of 100, at the smallest size (far over 8 pages).
    const result = await build({ ...defaultOptions(), paths: [deckFile], outDir: out, outputs: ['cheatsheet'], printPart: 25 }, () => {}, { session });
    expect(result.failed).toEqual([]);
    file = path.join(out, 'big', 'cheatsheet.pdf');
    deck = await loadDeck(deckFile);
  });

  it('prints each part once, and its page numbers once for the whole sheet', () => {
    // Each part used to be printed twice: an untagged draft for its length, then numbered.
    const parts = planParts(deck, 100).length;
    expect(parts).toBeGreaterThan(2);
    expect(session.prints.filter((p) => p.tagged)).toHaveLength(parts);
    // The numbers are printed once, on blank pages, and laid over the parts' pages.
    expect(session.prints.filter((p) => !p.tagged)).toHaveLength(1);
  });

  it('keeps every page number in the foot margin at the right, and all else above it', () => {
    const pages = pdfWords(file);
    const MM = 72 / 25.4;
    pages.forEach((page, i) => {
      // The sheet's page margins: 9 mm at the sides, 10 mm at the foot (styles/cheatsheet.css).
      const foot = page.height - 10 * MM;
      const below = page.words.filter((w) => w.yMin >= foot);
      expect(below.map((w) => w.text).join(' '), `page ${i + 1}`).toBe(`page ${i + 1} of ${pages.length}`);
      // Set flush with the right margin (a glyph's box reaches half a point past it).
      expect(Math.abs(Math.max(...below.map((w) => w.xMax)) - (page.width - 9 * MM)), `page ${i + 1}`).toBeLessThan(1.5);
      const lowest = Math.max(...page.words.filter((w) => w.yMin < foot).map((w) => w.yMax));
      expect(lowest, `page ${i + 1}: text over the footer`).toBeLessThanOrEqual(foot + 0.5);
    });
  });

  it('lists every question exactly once, at the smallest size', () => {
    const text = squash(pdfPages(file).join(' '));
    // Each entry starts "Q12"; the generated question text itself starts "Q12." (not counted).
    const numbers = [...text.matchAll(/\bQ(\d+)(?![.\d])/g)].map((m) => Number(m[1]));
    // Sorted: a text extractor reads three columns in its own order.
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(pdfInfo(file).Subject).toBe(`${count} questions at 7 pt`);
  });

  it('numbers its pages on through the parts, "page n of total"', () => {
    const pages = pdfPages(file).map(squash);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    // pdftotext may join the footer's words when the line holds nothing else of width, so the spaces are optional here.
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toMatch(new RegExp(`\\bpage ?${i + 1} ?of ?${pages.length}$`)));
  });

  it('is one tagged PDF with a whole structure tree', async () => {
    expect(pdfInfo(file).Tagged).toBe('yes');
    await expectWholeStructTree(file);
  });
});

describe('guide printed in parts', () => {
  // Sections of 20 questions in parts of 60: three sections a part, so the second and third of
  // each part start a page or go on under the one before by the rule of a guide printed whole
  // (in this deck the third and fifth sections go on, as they do in the guide printed whole).
  // Two parts of three sections: a third part would open with its first section, which the rule
  // does not read (130 questions printed one of ten).
  const count = 120;
  let out = '';
  let file = '';
  let deck: Deck;
  beforeAll(async () => {
    out = await tempDir();
    const deckFile = path.join(out, 'big.md');
    await writeFile(deckFile, generateDeck(count));
    const { result } = await buildWith({ paths: [deckFile], outDir: out, outputs: ['guide'], printPart: 60 });
    expect(result.failed).toEqual([]);
    file = path.join(out, 'big', 'guide.pdf');
    deck = await loadDeck(deckFile);
  });

  it('starts a section on a new page inside a part only when the page before is about two-thirds full', async () => {
    const pages = pdfPages(file);
    const fill = pageFill(file, GUIDE_PAGES.a4.margins);
    const outline = await outlineOf(file);
    // The body of a page: its text after the two running heads.
    const body = (p: number) => squash(pages[p - 1].split('\n').filter(Boolean).slice(2).join(' '));
    const firstOfPart = new Set(planParts(deck, 60).map((part) => part.slices[0].section));
    let flowing = 0;
    deck.sections.forEach((s, i) => {
      if (firstOfPart.has(i)) return;
      const page = outline.find((e) => e.depth === 1 && e.title === s.title)?.page ?? 0;
      expect(body(page), s.title).toContain(squash(s.title));
      if (body(page).startsWith(squash(s.title)))
        expect(fill[page - 2], `page ${page - 1}, before ${s.title}, is about two-thirds full`).toBeGreaterThan(OPENS_AFTER_FILL);
      else flowing++;
    });
    // At least one section goes on under the one before: the rule is applied, not only never broken.
    expect(flowing).toBeGreaterThan(0);
  });
});
