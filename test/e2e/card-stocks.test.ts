import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { cellOrigin, cutLines, perSheet, type SheetGeometry } from '../../src/render/card-sheet.js';
import { CARD_STOCKS, stockOptions, type CardStockName } from '../../src/model/card-stocks.js';
import { cardPlan, SAFE_MARGIN } from '../../src/render/render-cards.js';
import { buildWith, tempDir } from '../helpers.js';
import { findSequence, pdfWords, type PdfWord, type PdfWordPage } from '../pdf-words.js';
import { printPrefs } from '../pdf-print-prefs.js';
import { textRuns } from '../pdf-font-sizes.js';
import { parseInPlace } from '../parse-in-place.js';
import { expectInkInside } from '../pdf-card-ink.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const deckFile = 'test/fixtures/cards-deck/git-workflow.md';
const MM = 72 / 25.4;

/** The cell (index on the sheet) whose card contains the word's centre, or -1. */
function cellOf(g: SheetGeometry, w: PdfWord, origin = { x: g.originX, y: g.originY }): number {
  const cx = (w.xMin + w.xMax) / 2;
  const cy = (w.yMin + w.yMax) / 2;
  for (let i = 0; i < perSheet(g); i++) {
    const c = cellOrigin(g, i, origin);
    if (cx >= c.x && cx <= c.x + g.card.width && cy >= c.y && cy <= c.y + g.card.height) return i;
  }
  return -1;
}

/** True when the word's box keeps the safe margin from every edge of the cell (half a point of rounding allowed). */
function insideSafeArea(g: SheetGeometry, w: PdfWord, cell: number, origin = { x: g.originX, y: g.originY }): boolean {
  const c = cellOrigin(g, cell, origin);
  const m = SAFE_MARGIN - 0.5;
  return w.xMin >= c.x + m && w.xMax <= c.x + g.card.width - m && w.yMin >= c.y + m && w.yMax <= c.y + g.card.height - m;
}

const labelsOn = (p: PdfWordPage) => p.words.filter((w) => /^Q\d+$/.test(w.text));

/**
 * The deck's cards on every stock, all started at the first one asked for: the builds overlap on
 * the shared browser (one lays out while another prints) instead of each test waiting for its own.
 */
let stockBuilds: Map<CardStockName, Promise<{ outDir: string } & Awaited<ReturnType<typeof buildWith>>>> | undefined;
function stockBuild(name: CardStockName) {
  stockBuilds ??= new Map(
    (Object.keys(CARD_STOCKS) as CardStockName[]).map((stock) => {
      const built = tempDir().then(async (outDir) => ({
        outDir,
        ...(await buildWith({ paths: [deckFile], outDir, cardStock: stock, ...stockOptions(stock), outputs: ['cards'] })),
      }));
      // Read by its own test; a failure is reported there, not as an unhandled rejection here.
      built.catch(() => undefined);
      return [stock, built];
    }),
  );
  return stockBuilds.get(name)!;
}

describe.each(Object.keys(CARD_STOCKS) as CardStockName[])('--card-stock %s', (name) => {
  it('prints its template: sheet size, cards per sheet, each card inside its own cell and safe margin, no text under 6.5 pt, alignment sheet and print presets', async () => {
    const { outDir, result, events } = await stockBuild(name);
    expect(result.failed).toEqual([]);
    expect(events.filter((e) => e.type === 'warning' && e.diagnostic.code === 'card-stock')).toEqual([]);
    const g = cardPlan({ cardStock: name, ...stockOptions(name), layout: 'sheet' }).geometry;
    const dir = path.join(outDir, 'git-workflow');
    const pages = pdfWords(path.join(dir, 'cards.pdf'));
    const questions = allQuestions(await loadDeck(deckFile));
    const per = perSheet(g);
    expect(pages.length).toBe(Math.ceil(questions.length / per));
    for (const p of pages) {
      expect(p.width).toBeCloseTo(g.sheet.width, 0);
      expect(p.height).toBeCloseTo(g.sheet.height, 0);
    }
    expect(labelsOn(pages[0]).length).toBe(Math.min(per, questions.length));
    // Every word on a sheet is inside one card's safe area; card n sits in cell (n - 1) mod per
    // sheet, and its question prints in that same cell.
    pages.forEach((p, sheet) => {
      for (const w of p.words) {
        const cell = cellOf(g, w);
        expect(cell, `"${w.text}" on sheet ${sheet + 1} is on a card`).toBeGreaterThanOrEqual(0);
        expect(insideSafeArea(g, w, cell), `"${w.text}" on sheet ${sheet + 1} keeps 0.15 in from the trim`).toBe(true);
      }
      for (const label of labelsOn(p)) {
        const n = Number(label.text.slice(1));
        expect(cellOf(g, label), `Q${n}`).toBe((n - 1) % per);
        const q = questions.find((x) => x.number === n)!;
        const first = findSequence(p, q.text.split(/\s+/).slice(0, 2).join(' '));
        expect(
          first.some((w) => cellOf(g, w) === (n - 1) % per),
          `question of Q${n} in its cell`,
        ).toBe(true);
      }
    });
    expect(await printPrefs(path.join(dir, 'cards.pdf'))).toEqual({ scaling: 'none', duplex: 'simplex' });

    // The alignment sheet: the same sheet, a zero mark on every scale, at each cut line inside the paper.
    const align = pdfWords(path.join(dir, 'alignment.pdf'));
    expect(align.length).toBe(1);
    expect(align[0].width).toBeCloseTo(g.sheet.width, 0);
    const zeros = align[0].words.filter((w) => w.text === '0');
    const { xs, ys } = cutLines(g);
    const inner = (v: number, size: number) => v > 3 * MM && v < size - 3 * MM;
    // The scales along the top and left edges (the second of two close cut lines a little further in).
    const topZeros = zeros.filter((w) => w.yMax < 52).map((w) => (w.xMin + w.xMax) / 2);
    const leftZeros = zeros.filter((w) => w.xMax < 44).map((w) => (w.yMin + w.yMax) / 2);
    // One zero a scale: each cut line inside the paper has a scale at both of its ends.
    expect(zeros.length).toBe(2 * xs.filter((x) => inner(x, g.sheet.width)).length + 2 * ys.filter((y) => inner(y, g.sheet.height)).length);
    for (const x of xs.filter((v) => inner(v, g.sheet.width)))
      expect(
        topZeros.some((z) => Math.abs(z - x) < 1),
        `zero at the cut x=${x}`,
      ).toBe(true);
    for (const y of ys.filter((v) => inner(v, g.sheet.height)))
      expect(
        leftZeros.some((z) => Math.abs(z - y) < 2.5),
        `zero at the cut y=${y}`,
      ).toBe(true);
    expect(await printPrefs(path.join(dir, 'alignment.pdf'))).toEqual({ scaling: 'none', duplex: 'simplex' });

    // Nothing on a card prints under 6.5 pt: the footer and the level badge were 6 pt on business cards.
    const runs = textRuns(path.join(dir, 'cards.pdf'));
    expect(Math.min(...runs.map((r) => r.size)), 'smallest text on a card, in pt').toBeGreaterThanOrEqual(6.5);
    // One text size for every card answer in the deck (the body face of the answers), but for
    // an overlong card the build names as set smaller (print/fit-cards.ts). A subscript or
    // superscript (`log₂`) is set smaller on purpose: a run of one or two characters is not read.
    const sizes = new Set(
      runs.filter((r) => /Serif/.test(r.font) && !/Bold|Italic|Oblique|Mono|Code/.test(r.font) && r.text.trim().length > 2).map((r) => r.size),
    );
    const smaller = new Set(
      events.flatMap((e) => (e.type === 'warning' && e.diagnostic.code === 'card-smaller' ? [/prints at ([\d.]+) pt/.exec(e.diagnostic.message)![1]] : [])),
    );
    expect([...sizes].length, `answer sizes ${[...sizes].join(', ')}`).toBe(1 + smaller.size);

    // The ink, not the word boxes: no pixel of a badge's border, a rule or a glyph comes within
    // 0.15 in of a trim (business cards printed at 0.143 in).
    expectInkInside(path.join(dir, 'cards.pdf'), g);
  });
});

// Ink on one card per page (the same builds as the page sizes'): cards-pages.test.ts.

describe('sheet options', () => {
  it('--gutter 0 fits ten business cards on Letter where the default gutter fits eight', async () => {
    // Both builds side by side on the shared browser.
    const counts = await Promise.all(
      [undefined, 0].map(async (gutter) => {
        const outDir = await tempDir();
        const { result } = await buildWith({
          paths: [deckFile],
          outDir,
          cardSize: 'business',
          paper: 'letter',
          cardLayout: 'sheet',
          gutter,
          outputs: ['cards'],
        });
        expect(result.failed).toEqual([]);
        return labelsOn(pdfWords(path.join(outDir, 'git-workflow', 'cards.pdf'))[0]).length;
      }),
    );
    expect(counts).toEqual([8, 10]);
  });

  it('--offset moves every sheet and --back-offset only the backs, by exactly the amount given', async () => {
    const base = {
      paths: [deckFile],
      cardStock: 'avery-5371' as const,
      ...stockOptions('avery-5371'),
      cardFaces: 'flash' as const,
      duplex: 'short' as const,
      outputs: ['cards'],
    };
    const offset = { x: 1.5 * MM, y: -0.04 * 72 };
    const backOffset = { x: -2 * MM, y: 0.5 * MM };
    // The three builds side by side on the shared browser.
    const builds: Record<string, string> = Object.fromEntries(
      await Promise.all(
        Object.entries({ plain: {}, offset: { offset }, back: { backOffset } }).map(async ([key, extra]) => {
          const outDir = await tempDir();
          const { result } = await buildWith({ ...base, ...extra, outDir });
          expect(result.failed).toEqual([]);
          return [key, path.join(outDir, 'git-workflow')];
        }),
      ),
    );
    /** The shift of every word of `file` from the plain build to `build`, page by page. */
    const shifts = (build: string, file: string, keep: (w: PdfWord) => boolean = () => true) => {
      const only = (pages: PdfWordPage[]) => pages.map((p) => ({ ...p, words: p.words.filter(keep) }));
      const before = only(pdfWords(path.join(builds.plain, file)));
      const after = only(pdfWords(path.join(builds[build], file)));
      expect(after.length).toBe(before.length);
      return before.map((p, i) => {
        expect(after[i].words.map((w) => w.text)).toEqual(p.words.map((w) => w.text));
        const dx = p.words.map((w, k) => after[i].words[k].xMin - w.xMin);
        const dy = p.words.map((w, k) => after[i].words[k].yMin - w.yMin);
        return { dx: [Math.min(...dx), Math.max(...dx)], dy: [Math.min(...dy), Math.max(...dy)] };
      });
    };
    const near = (range: number[], value: number) => range.every((v) => Math.abs(v - value) < 0.05);
    for (const file of ['cards.pdf', 'duplex-test.pdf']) {
      for (const s of shifts('offset', file)) expect(near(s.dx, offset.x) && near(s.dy, offset.y), `${file} offset ${JSON.stringify(s)}`).toBe(true);
      shifts('back', file).forEach((s, i) => {
        const want = i % 2 === 1 ? backOffset : { x: 0, y: 0 };
        expect(near(s.dx, want.x) && near(s.dy, want.y), `${file} page ${i + 1} ${JSON.stringify(s)}`).toBe(true);
      });
      expect(await printPrefs(path.join(builds.plain, file))).toEqual({ scaling: 'none', duplex: 'short' });
    }
    // The alignment sheet's note names the offset it was printed with: compare the scales.
    for (const s of shifts('offset', 'alignment.pdf', (w) => /^-?\d$/.test(w.text))) expect(near(s.dx, offset.x) && near(s.dy, offset.y)).toBe(true);
    const check = pdfWords(path.join(builds.plain, 'duplex-test.pdf'));
    expect(check.map((p) => p.words.some((w) => w.text === 'FRONT'))).toEqual([true, false]);
    expect(check.map((p) => p.words.some((w) => w.text === 'BACK'))).toEqual([false, true]);
    for (const p of check) expect(findSequence(p, 'this edge up').length).toBe(1);
  });
});
