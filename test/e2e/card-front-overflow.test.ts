import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../src/model/deck.js';
import { buildWith, tempDir } from '../helpers.js';
import { glyphFonts, phraseFonts } from '../pdf-glyph-fonts.js';
import { pdfWords, type PdfWord, type PdfWordPage } from '../pdf-words.js';
import { untypeset } from '../untypeset.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * Flash fronts too long for a business card even at 7 pt printed with their question at 1.45 em
 * and their last lines cut off by the card's foot, with a warning. Now such a front steps its
 * question down (1.2, then 1 em) and then sets its scenario in the regular weight before any line
 * is clipped, one card a page and on sheets alike. Read from the PDF: every word of each question
 * printed above its card's foot, at the size its step gives (its words' height against the short
 * question's, at the deck's size and the usual 1.45 em).
 */
const DECK = 'test/fixtures/front-overflow/long-front.md';
const LAYOUTS = ['pages', 'sheet'] as const;
type Layout = (typeof LAYOUTS)[number];
/** Each long question's closing words (its ask, in bold) and the size its question should print at, in points. */
const ASKS = [
  { ask: 'What do you do first?', pt: 7 * 1.2 },
  { ask: 'Walk me through your first ten minutes.', pt: 7 * 1.2 },
  { ask: 'Walk me through your first ten minutes.', pt: 7 },
  { ask: 'Which do you do first?', pt: 7 },
];
const SHORT = 'What does a connection pool bound?';

const built = {} as Record<Layout, { pages: PdfWordPage[]; html: string; warnings: Diagnostic[]; pdf: string }>;

beforeAll(async () => {
  const outDir = await tempDir('front-overflow-');
  for (const layout of LAYOUTS) {
    const out = path.join(outDir, layout);
    const { result, events } = await buildWith({
      paths: [DECK],
      outDir: out,
      outputs: ['cards'],
      cardSize: 'business',
      cardFaces: 'flash',
      cardLayout: layout,
    });
    expect(result.failed).toEqual([]);
    const pdf = path.join(out, 'long-front', 'cards.pdf');
    built[layout] = {
      pdf,
      pages: pdfWords(pdf),
      html: readFileSync(path.join(out, 'long-front', 'cards.html'), 'utf8'),
      warnings: events.flatMap((e) => (e.type === 'warning' ? [e.diagnostic] : [])),
    };
  }
}, 300_000);

/** Every printing of `sequence` (words as pdftotext splits them) on the pages: its words, in order. */
function printings(pages: PdfWordPage[], sequence: string): PdfWord[][] {
  const want = sequence.split(/\s+/);
  return pages.flatMap((page) => {
    const words = page.words.map((w) => ({ ...w, text: untypeset(w.text) }));
    return words.flatMap((_, i) => (want.every((w, k) => words[i + k]?.text === w) ? [words.slice(i, i + want.length)] : []));
  });
}

/** A business card's width less its side margins, in points: no word stands further from its foot's start. */
const CARD_TEXT_WIDTH = 3.5 * 72 - 20;

/** The deck title in the foot of the card a word is printed on: the nearest one under it, in its column. */
function footUnder(page: PdfWordPage, word: PdfWord): PdfWord | undefined {
  return page.words
    .filter((w) => w.text === 'Front' && w.yMin > word.yMax && w.xMin <= word.xMin + 1 && word.xMin - w.xMin < CARD_TEXT_WIDTH)
    .sort((a, b) => a.yMin - b.yMin)[0];
}

/** The body size of the short question's front, from cards.html: the deck's size for fronts. */
const deckSize = (html: string): number => Number(/data-card="5-front"[^>]* style="font-size: ([\d.]+)pt"/.exec(html)?.[1]);

describe.each(LAYOUTS)('a flash front too long for a business card even at 7 pt (%s)', (layout) => {
  it('prints every line of its question above the foot', () => {
    const { pages } = built[layout];
    // The fronts, each card's question whole: its last line printed, inside the card's body.
    const seen = ASKS.map(({ ask }) => ask).filter((ask, i, all) => all.indexOf(ask) === i);
    for (const ask of seen) {
      const found = printings(pages, ask);
      expect(found, ask).toHaveLength(ASKS.filter((a) => a.ask === ask).length);
      for (const words of found) {
        const last = words[words.length - 1];
        const page = pages.find((p) => p.words.some((w) => w.xMin === last.xMin && w.yMin === last.yMin))!;
        const foot = footUnder(page, last);
        expect(foot, `the foot under "${ask}"`).toBeDefined();
        // The body ends at least 2 mm (5.7 pt) over the foot's rule, itself over the foot's text.
        expect(foot!.yMin - last.yMax, ask).toBeGreaterThan(5.7);
      }
    }
  });

  it('steps its question down to 1.2 em, then 1 em, of 7 pt', () => {
    const { pages, html } = built[layout];
    const [short] = printings(pages, SHORT);
    // Words of one face and size are one height: the short question's is 1.45 em of the deck's size.
    const ptPerHeight = (deckSize(html) * 1.45) / (short[0].yMax - short[0].yMin);
    const sizes = [...new Set(ASKS.map((a) => a.ask))].flatMap((ask) => printings(pages, ask).map((words) => (words[0].yMax - words[0].yMin) * ptPerHeight));
    expect(sizes.map((s) => Math.round(s * 10) / 10)).toEqual([8.4, 8.4, 7, 7]);
    // cards.html sets the same scales, so the screen prints as the paper does.
    const scales = [...html.matchAll(/<h3 class="card-question"(?: style="font-size: ([\d.]+)em")?>/g)].map((m) => m[1] ?? '');
    expect(scales).toEqual(['1.2', '1.2', '1', '1', '']);
  });

  it('sets its scenario regular when 1 em is not enough, the options under it kept', () => {
    const glyphs = glyphFonts(built[layout].pdf);
    expect(phraseFonts(glyphs, 'It is the busiest hour of the week.', 0)).toEqual(['SourceSans3-Regular']);
    expect(phraseFonts(glyphs, 'Which do you do first?', 0)).toEqual(['SourceSans3-Bold']);
    expect(printings(built[layout].pages, 'B. Page the owner of the database and wait.')).toHaveLength(1);
    expect(built[layout].html).toMatch(/<article class="card card-front [^"]*card-split-front"[^>]*data-card="4-front"/);
  });

  it('says the size its question prints at, and clips none', () => {
    const { warnings } = built[layout];
    expect(warnings.filter((w) => w.code === 'card-overflow')).toEqual([]);
    const smaller = warnings.filter((w) => w.code === 'card-smaller');
    expect(smaller.map((w) => [w.line, /prints its question at ([\d.]+) pt/.exec(w.message)?.[1]])).toEqual([
      [14, '8.4'],
      [20, '8.4'],
      [26, '7'],
      [32, '7'],
    ]);
  });
});
