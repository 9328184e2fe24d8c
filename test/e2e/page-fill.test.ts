import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import type { Deck } from '../../src/model/deck.js';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { generateDeck } from '../../bench/generate-deck.mjs';
import { buildWith, bundledOut, letterOut, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { pdfWords } from '../pdf-words.js';
import { questionPages } from './guide-reading.js';
import { parseInPlace } from '../parse-in-place.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * No page inside the guide's body is left mostly blank: sections go on under the one before
 * unless that page is more than half full (print/plan-section-breaks.ts), so only the keep rules
 * of a question, table or diagram can leave room at a page's foot. Read from the printed PDF:
 * the lowest text in each page's text block against the block's height.
 */

/** The generated deck's questions re-cut into 26 small sections (one to four questions each). */
function manySections(): string {
  const sizes = [1, 3, 2, 4, 2, 1, 3, 2, 2, 1, 4, 3, 2, 2, 1, 3, 2, 2, 4, 1, 2, 3, 2, 2, 1, 3];
  const out: string[] = [];
  let section = 0;
  let left = 0;
  for (const line of generateDeck(60, 7).split('\n')) {
    if (line.startsWith('## Part') || /^Level: \w+$/.test(line)) continue;
    if (line.startsWith('### ') && left === 0 && section < sizes.length) {
      out.push(`## Topic ${String.fromCharCode(65 + section)}`, '', 'Level: medium', '');
      left = sizes[section++];
    }
    if (line.startsWith('### ')) left--;
    out.push(line);
  }
  return out.join('\n');
}

/**
 * Eight long questions (two-line contents entries), then a section of 45 tiny ones, then a
 * one-line outro. Kept whole, the tiny section's contents entries moved to the next page and
 * left half of one blank; the outro, on a page of its own, left the last page nearly blank
 * although it fitted under the last question (its page is more than half full).
 */
function longThenTiny(): string {
  const ask = 'Suppose you are the only on-call engineer for a globally distributed payments platform at night and the primary database has just failed over';
  const long = Array.from({ length: 8 }, (_, i) => `### ${ask}: what do you do first (case ${i + 1})?\n\n> Stabilise, then communicate.\n`);
  const tiny = Array.from({ length: 45 }, (_, i) => `### Which port does service ${i + 1} use?\n\n> Port ${1000 + i}.\n`);
  return [
    '# Contents Run-on',
    '',
    'A bank whose contents take more than a page.',
    '',
    // Enough introduction that the contents end on a page more than half full: the body opens a page of its own, and ends where this test was measured.
    ...Array.from({ length: 4 }, (_, i) => [
      `Part ${i + 1} of this introduction says why the bank exists: a night on call leaves no time to look things up, so the first steps of a failover are learnt by heart, and the ports of the services around it are learnt the same way, one short card at a time, until the answer comes before the question is over.`,
      '',
    ]).flat(),
    '## Marathon',
    '',
    // Graded, so its questions carry their badges as the pages this test was measured on did.
    'Level: medium',
    '',
    ...long,
    '## Tiny',
    '',
    'Level: medium',
    '',
    ...tiny,
    '## Closing',
    '',
    'Good luck.',
  ].join('\n');
}

const MIN_FILL = 1 / 3;

/**
 * Each deck read once for this file's tests (read, never changed): the cases below are each read
 * by two tests, and the bundled infrastructure deck, on two papers, took four parses.
 */
const decksRead = new Map<string, Promise<Deck>>();
function deckOf(file: string): Promise<Deck> {
  if (!decksRead.has(file)) decksRead.set(file, loadDeck(file));
  return decksRead.get(file)!;
}
const TAIL_DECK = 'test/fixtures/page-keeps/contents-tail.md';

describe('pages inside the guide are at least a third full', () => {
  const cases: { name: string; file: () => string; deck: () => Promise<Deck>; paper?: 'letter' }[] = [];
  let bank = '';
  let bankDeck = '';
  let keeps = '';
  let parts = '';
  let partsDeck = '';
  let tocDeck = '';
  let tail = '';
  beforeAll(async () => {
    const dir = await tempDir();
    bankDeck = path.join(dir, 'topics.md');
    await writeFile(bankDeck, manySections());
    tocDeck = path.join(dir, 'contents-run-on.md');
    await writeFile(tocDeck, longThenTiny());
    // The bank and the deck of short code blocks: one build of two A4 guides.
    bank = path.join(dir, 'out');
    const many = await buildWith({ paths: [bankDeck, 'test/fixtures/page-keeps/deck.md'], outDir: bank, outputs: ['guide'] });
    expect(many.result.failed).toEqual([]);
    // Combined too: there a deck's closing notes are a section without questions. The contents
    // deck alone: the combined guide prints every deck of its build again, and the deck's part is
    // its last as before (the 30-question deck printed there too was read only in its own guide).
    keeps = path.join(dir, 'keeps-out');
    const combined = await buildWith({ paths: [tocDeck], outDir: keeps, outputs: ['guide'], combine: true });
    expect(combined.result.failed).toEqual([]);
    // The generated deck printed in parts of 20 questions: a part starts a page, and each of its
    // sections ends where it ends. Three parts, each after the first opening a page.
    partsDeck = path.join(dir, 'parts.md');
    await writeFile(partsDeck, generateDeck(60, 3));
    parts = path.join(dir, 'parts-out');
    const inParts = await buildWith({ paths: [partsDeck], outDir: parts, outputs: ['guide'], printPart: 20 });
    expect(inParts.result.failed).toEqual([]);
    tail = await tempDir();
    const letter = await buildWith({ paths: [TAIL_DECK], outDir: tail, outputs: ['guide'], paper: 'letter' });
    expect(letter.result.failed).toEqual([]);
  }, 240_000);
  cases.push(
    {
      name: 'infrastructure-engineer (A4)',
      file: () => path.join(bundledOut(), 'infrastructure-engineer', 'guide.pdf'),
      deck: () => deckOf('content/infrastructure-engineer.md'),
    },
    {
      name: 'kubernetes-admin (A4)',
      file: () => path.join(bundledOut(), 'kubernetes-admin', 'guide.pdf'),
      deck: () => deckOf('content/kubernetes-admin.md'),
    },
    {
      name: 'infrastructure-engineer (Letter)',
      file: () => path.join(letterOut(), 'infrastructure-engineer', 'guide.pdf'),
      deck: () => deckOf('content/infrastructure-engineer.md'),
      paper: 'letter',
    },
    { name: 'a bank of 26 small sections', file: () => path.join(bank, 'topics', 'guide.pdf'), deck: () => deckOf(bankDeck) },
    { name: 'a guide printed in parts', file: () => path.join(parts, 'parts', 'guide.pdf'), deck: () => deckOf(partsDeck) },
    // Some answers end in a two-line code block (it sent its question over with the next one).
    { name: 'answers ending in short code', file: () => path.join(bank, 'deck', 'guide.pdf'), deck: () => deckOf('test/fixtures/page-keeps/deck.md') },
  );

  it.each(cases)('$name', async ({ file, deck, paper }) => {
    const d = await deck();
    const pages = pdfPages(file()).map(squash);
    const fill = pageFill(file(), GUIDE_PAGES[paper ?? 'a4'].margins);
    const body = Math.min(...questionPages(d, pages).map((x) => x.page));
    expect(body, 'the first question is found').toBeGreaterThan(1);
    // Every page from the first section's to the one before the last (the guide's last page ends it).
    const thin = fill.slice(body - 1, -1).flatMap((f, i) => (f < MIN_FILL ? [`page ${body + i}: ${Math.round(f * 100)} % full`] : []));
    expect(thin).toEqual([]);
  });

  // A keep that passed out of a short code block tied each question to the next: a question that
  // fitted in the room left went over with it, leaving a third of the page blank (the bug this pins).
  it.each(cases)('$name: a question that fits in the room left at a page foot is not sent to the next page', async ({ file, deck, paper }) => {
    const d = await deck();
    const sectionStarts = new Set(d.sections.map((s) => s.questions[0]?.number));
    const { margins } = GUIDE_PAGES[paper ?? 'a4'];
    const MM = 72 / 25.4;
    const pages = pdfWords(file());
    const body = Math.min(...questionPages(d, pdfPages(file()).map(squash)).map((x) => x.page));
    const pushed: string[] = [];
    for (let p = body; p < pages.length; p++) {
      const [before, page] = [pages[p - 1], pages[p]];
      const top = margins.top * MM;
      const bottom = page.height - margins.bottom * MM;
      const inBlock = (pg: typeof page) => pg.words.filter((w) => w.yMin >= top - 2 && w.yMax <= bottom + 2);
      const words = inBlock(page);
      const heads = words.filter((w) => /^Q\d+$/.test(w.text) && w.xMin < words[0].xMin + 30);
      // The page opens with a question that also ends on it (another question follows on the page).
      if (words.length === 0 || heads[0] !== words[0] || heads.length < 2) continue;
      const number = Number(heads[0].text.slice(1));
      if (sectionStarts.has(number)) continue;
      const height = heads[1].yMin - heads[0].yMin;
      const above = inBlock(before);
      const room = bottom - Math.max(...above.map((w) => w.yMax));
      if (height + 24 < room) pushed.push(`Q${number} (${Math.round(height)} pt) went to page ${p + 1}, page ${p} had ${Math.round(room)} pt left`);
    }
    expect(pushed).toEqual([]);
  });

  it('runs a long section of the contents on over the page: no contents page but the last is left part blank', async () => {
    const file = path.join(keeps, 'contents-run-on', 'guide.pdf');
    const d = await deckOf(tocDeck);
    const body = Math.min(...questionPages(d, pdfPages(file).map(squash)).map((x) => x.page));
    // The contents open on page 2 (after the cover) and end on the page before the first section.
    const contents = pageFill(file, GUIDE_PAGES.a4.margins).slice(1, body - 1);
    expect(contents.length, 'contents pages').toBeGreaterThan(1);
    const thin = contents.slice(0, -1).flatMap((f, i) => (f < 0.85 ? [`page ${i + 2}: ${Math.round(f * 100)} % full`] : []));
    expect(thin).toEqual([]);
  });

  // On Letter, this deck's introduction and contents ran a line over a page: its last entry stood
  // alone on page 3. The contents are set a little tighter when that keeps them to one page fewer.
  it('leaves no page of introduction and contents holding only a few lines', async () => {
    const file = path.join(tail, 'contents-tail', 'guide.pdf');
    const d = await deckOf(TAIL_DECK);
    const body = Math.min(...questionPages(d, pdfPages(file).map(squash)).map((x) => x.page));
    const front = pageFill(file, GUIDE_PAGES.letter.margins).slice(1, body - 1);
    expect(front.length).toBeGreaterThan(0);
    expect(front.flatMap((f, i) => (f < 0.2 ? [`page ${i + 2}: ${Math.round(f * 100)} % full`] : []))).toEqual([]);
  });

  it('sets closing notes that fit under the last question on its page, not alone on a last page', async () => {
    const file = path.join(keeps, 'contents-run-on', 'guide.pdf');
    const pages = pdfPages(file).map(squash);
    const last = pages.length - 1;
    expect(pageFill(file, GUIDE_PAGES.a4.margins)[last], 'the last page is more than half full').toBeGreaterThan(0.5);
    expect(pages[last], 'the last page').toContain('Which port does service 45 use?');
    expect(pages[last], 'the last page').toMatch(/Closing Good luck\./);
  });

  it("sets a deck's closing notes under its last question in the combined guide too", () => {
    const pages = pdfPages(path.join(keeps, 'all', 'guide.pdf')).map(squash);
    const last = pages.reduce((found, p, i) => (p.includes('Which port does service 45 use?') ? i : found), -1);
    expect(pages[last], 'the page of the last question of the deck').toMatch(/Closing Good luck\./);
  });

  it('leaves less of the 26-section bank blank: sections share pages', async () => {
    const file = path.join(bank, 'topics', 'guide.pdf');
    const d = await deckOf(bankDeck);
    const fill = pageFill(file, GUIDE_PAGES.a4.margins);
    const first = questionPages(d, pdfPages(file).map(squash)).map((x) => x.page);
    const starts = new Set(d.sections.map((s) => first[d.sections.flatMap((x) => x.questions).indexOf(s.questions[0])]));
    expect(starts.size, 'pages on which a section starts').toBeLessThan(d.sections.length);
    const body = fill.slice(Math.min(...first) - 1, -1);
    const blank = body.reduce((sum, f) => sum + (1 - f), 0) / body.length;
    // One page per section left this bank's body pages 38 % blank on average.
    expect(blank, 'average blank share of a body page').toBeLessThan(0.25);
  });
});
