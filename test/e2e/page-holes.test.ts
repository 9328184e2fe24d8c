import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { GUIDE_PAGES } from '../../src/render/guide-page-sizes.js';
import { SPLIT_HOLE } from '../../src/print/split-kept-questions.js';
import { buildWith, bundledOut, pdfPages, squash, tempDir } from '../helpers.js';
import { pageFill } from '../pdf-page-fill.js';
import { pdfWords, type PdfWordPage } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';
import { loadDeck } from '../../src/content/load-deck.js';
import type { Deck } from '../../src/model/deck.js';
import { untypeset } from '../untypeset.js';
import { SHARED_BUILDS_WAIT_MS, sharedBuilds } from '../shared-builds.js';

// Reads the e2e setup's shared builds (test/shared-builds.ts).
beforeAll(sharedBuilds, SHARED_BUILDS_WAIT_MS);

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * A short question is kept on one page; kept whole where it did not fit, it went to the next page
 * and left a fifth to nearly half of the page before it blank (the infrastructure guide's page 8
 * 58 % full, Q10 opening page 9). Where the hole is more than a fifth of the page, the question now
 * splits: its heading and "In short" box at the foot, the rest over the page. Read from the PDFs of
 * decks of many short questions with tables, code and maths (A4, and a German one on Letter).
 */

const MM = 72 / 25.4;
type Paper = 'a4' | 'letter';

/** The lines of a page's text block, top to bottom, each as its words joined by spaces, with its foot. */
function blockLines(page: PdfWordPage, paper: Paper): { text: string; top: number; bottom: number }[] {
  const { top, bottom } = GUIDE_PAGES[paper].margins;
  // By their feet: a large heading opening the block reaches a little above it.
  const inside = page.words.filter((w) => w.yMax > top * MM && w.yMax <= page.height - bottom * MM + 2);
  const lines: { y: number; words: string[]; bottom: number }[] = [];
  for (const w of [...inside].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.find((l) => Math.abs(l.y - w.yMin) < 3);
    if (line) {
      line.words.push(w.text);
      line.bottom = Math.max(line.bottom, w.yMax);
    } else lines.push({ y: w.yMin, words: [w.text], bottom: w.yMax });
  }
  return lines.map((l) => ({ text: l.words.join(' '), top: l.y, bottom: l.bottom }));
}

/** The index of the body's first page: the one Q1's heading opens (the contents before it cite it further right). */
const bodyStart = (pages: PdfWordPage[], paper: Paper) => pages.findIndex((p) => blockLines(p, paper).some((l) => /^[QF]1\s.*\D$/.test(l.text)));

/** Letters and digits only: line-end hyphens, quotes and spacing do not matter to the comparison. */
const letters = (text: string) => untypeset(text).replace(/[^\p{L}\p{N}]/gu, '');

/** The space above a question's heading (styles/guide.css: 1.2 em under the question before), in points. */
const QUESTION_GAP = 12;

/**
 * The height a question opening a page needs to start on the page before: the space above it, its
 * heading and "In short" box with the start of its answer under them (keep-boxes-with-answers.ts),
 * in points. That start is two lines of the answer's first paragraph, or the whole of one of three
 * lines or fewer (kept whole: render/short-blocks.ts); a paragraph ending in a colon, a lead-in
 * (render/lead-ins.ts), with two lines of what it announces. A paragraph ends where the gap to the
 * next line is wider than the lines' own pitch.
 */
function startHeight(lines: { text: string; top: number; bottom: number }[], deck: Deck): number {
  const number = Number(/^[QF](\d+)\s/.exec(lines[0].text)?.[1]);
  const question = deck.sections.flatMap((s) => s.questions).find((q) => q.number === number);
  if (!question) return 0;
  const end = letters(question.cardText).slice(-20);
  let text = '';
  const box = lines.findIndex((l) => (text += letters(l.text)).includes(end));
  if (box < 0) return 0;
  const answer = lines.slice(box + 1);
  const pitch = Math.min(...answer.slice(1).map((l, i) => l.top - answer[i].top));
  let paragraph = 1;
  while (paragraph < answer.length && answer[paragraph].top - answer[paragraph - 1].top < pitch * 1.3) paragraph++;
  let start = paragraph <= 3 ? paragraph : 2;
  if (paragraph <= 3 && answer[paragraph - 1]?.text.endsWith(':')) start += 2;
  const last = lines[Math.min(box + start, lines.length - 1)];
  return QUESTION_GAP + last.bottom - lines[0].top;
}

/**
 * Pages (1-based) of the body more than SPLIT_HOLE blank at their foot whose next page opens with a
 * question's heading, where that question could have started: its heading, box and two lines of its answer fit in the hole.
 */
function holesBeforeQuestions(file: string, paper: Paper, deck: Deck): string[] {
  const { margins } = GUIDE_PAGES[paper];
  const fills = pageFill(file, margins);
  const pages = pdfWords(file);
  const holes: string[] = [];
  for (let i = bodyStart(pages, paper); i + 1 < pages.length; i++) {
    const lines = blockLines(pages[i + 1], paper);
    const next = lines[0]?.text ?? '';
    const block = pages[i].height - (margins.top + margins.bottom) * MM;
    const hole = (1 - fills[i]) * block;
    if (/^[QF]\d+\s/.test(next) && fills[i] < 1 - SPLIT_HOLE && startHeight(lines, deck) < hole)
      holes.push(`page ${i + 1}: ${Math.round(fills[i] * 100)} % full, then "${next}"`);
  }
  return holes;
}

/** Pages whose last line is a question's heading or its level line: a heading left without its answer. */
function headingsAtFoot(file: string, paper: Paper): string[] {
  const pages = pdfWords(file);
  const from = bodyStart(pages, paper);
  return pages.slice(from).flatMap((page, i) => {
    const lines = blockLines(page, paper);
    const last = lines.slice(-2).map((l) => l.text);
    return last.some((l) => /^[QF]\d+\s/.test(l)) ? [`page ${i + from + 1}: ${last.join(' / ')}`] : [];
  });
}

/**
 * This file's decks built once, one build a paper: the A4 decks of every test below in one build,
 * the German deck on Letter in another (a build a deck printed the same guides, a build more each).
 */
const A4_DECKS = [
  'test/fixtures/page-holes/sql.md',
  'test/fixtures/page-holes/networking.md',
  'test/fixtures/page-holes/closing.md',
  'test/fixtures/page-holes/short-guide.md',
];
const LETTER_DECK = 'test/fixtures/page-holes/de-letter.md';
const builds = new Map<Paper, Promise<string>>();
/** The guide.pdf of `deck` (one of A4_DECKS on A4, or the Letter deck), from its paper's one build. */
async function guideOf(deck: string, paper: Paper = 'a4'): Promise<string> {
  if (!builds.has(paper))
    builds.set(
      paper,
      (async () => {
        const out = await tempDir();
        const { result } = await buildWith({ paths: paper === 'a4' ? A4_DECKS : [LETTER_DECK], outDir: out, outputs: ['guide'], paper });
        expect(result.failed).toEqual([]);
        return out;
      })(),
    );
  return path.join(await builds.get(paper)!, path.basename(deck, '.md'), 'guide.pdf');
}

describe('a short question that does not fit the room left on a page', () => {
  const decks: { name: string; deck: string; paper: Paper }[] = [
    { name: 'an SQL deck on A4', deck: 'test/fixtures/page-holes/sql.md', paper: 'a4' },
    { name: 'a German deck on Letter', deck: LETTER_DECK, paper: 'letter' },
    // A plan made again after a first split ran a section on elsewhere and opened a hole of a third
    // of a page before Q13 (page 8, 65 % full), which the splits, judged before it, never saw.
    { name: 'a networking deck on A4', deck: 'test/fixtures/page-holes/networking.md', paper: 'a4' },
  ];
  const files = new Map<string, string>();
  const loaded = new Map<string, Deck>();
  beforeAll(async () => {
    for (const { name, deck } of decks) loaded.set(name, await loadDeck(deck));
    loaded.set('infrastructure', await loadDeck('content/infrastructure-engineer.md'));
    await Promise.all(decks.map(async ({ name, deck, paper }) => files.set(name, await guideOf(deck, paper))));
  });

  for (const { name, paper } of decks) {
    it(`splits rather than leave more than a fifth of the page before it blank: ${name}`, () => {
      expect(holesBeforeQuestions(files.get(name)!, paper, loaded.get(name)!)).toEqual([]);
    });

    it(`never leaves a heading at a page's foot without its answer: ${name}`, () => {
      expect(headingsAtFoot(files.get(name)!, paper)).toEqual([]);
    });
  }

  it('splits rather than leave such a hole in the bundled infrastructure guide', () => {
    const file = path.join(bundledOut(), 'infrastructure-engineer', 'guide.pdf');
    expect(holesBeforeQuestions(file, 'a4', loaded.get('infrastructure')!)).toEqual([]);
    expect(headingsAtFoot(file, 'a4')).toEqual([]);
  });
});

// Six questions, then a closing section of one short question. The page where the first section
// ends is more than three quarters full, so the closing section started a page of its own, 13 %
// full, although it fitted whole in the room left (print/plan-section-breaks.ts).
describe('a short closing section', () => {
  let pages: string[] = [];
  beforeAll(async () => {
    pages = pdfPages(await guideOf('test/fixtures/page-holes/closing.md'));
  });

  it('goes on under the section before when it fits whole in the room left', () => {
    const closing = pages.findIndex((p) => p.includes('Q6 How should you practise'));
    expect(closing).toBeGreaterThan(0);
    // Read across line ends: where its lines break is not what is asked.
    expect(squash(pages[closing])).toContain('a clean way to stop');
    expect(closing).toBe(pages.length - 1);
  });
});

// A guide of three short questions: contents, section and a closing reading list fit on one page
// after the cover. The closing notes are a named page of their own, and the section sharing the
// contents' page had no chapter before it to lend them that page's name, so they started a third
// page holding two links.
describe('a short guide whose closing notes fit under its only section', () => {
  it('prints them on the page the contents and the section share', async () => {
    const pages = pdfPages(await guideOf('test/fixtures/page-holes/short-guide.md'));
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain('Cache-Control header');
    expect(pages[1]).toContain('When should a cache entry expire?');
  });
});
