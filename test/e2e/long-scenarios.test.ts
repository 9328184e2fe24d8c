import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { glyphFonts, phraseFonts, type GlyphFonts } from '../pdf-glyph-fonts.js';
import { pdfBlocks, type PdfLine } from '../pdf-lines.js';
import { pdfWords, type PdfWord, type PdfWordPage } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * The long-scenarios decks (test/fixtures/long-scenarios/) built once for every check of how a
 * long question prints: its weight in each output, a flash card's front, the quiz's key. Card
 * faces are set only on cards, so the one build's quiz is the quiz a default build prints.
 */
const FIXTURES = 'test/fixtures/long-scenarios';
type Printed = 'guide' | 'cheatsheet' | 'quiz' | 'cards';
const PRINTED: readonly Printed[] = ['guide', 'cheatsheet', 'quiz', 'cards'];
let outDir = '';
/** An output of one deck of the build: `scenarios` or `clauses`. */
const output = (deck: 'scenarios' | 'clauses', file: string): string => path.join(outDir, deck, file);

beforeAll(async () => {
  outDir = await tempDir('long-scenarios-');
  const paths = [`${FIXTURES}/scenarios.md`, `${FIXTURES}/clauses.md`];
  const { result } = await buildWith({ paths, outDir, outputs: [...PRINTED], cardFaces: 'flash' });
  expect(result.failed).toEqual([]);
  // Four outputs of two decks: up to five minutes on a machine loaded by other runs.
}, 300_000);

/**
 * A scenario question of sixty words and more printed as a bold block of seven to nine lines in
 * the guide's question heading, on the cheat sheet, the quiz's page and a flash card's front: the
 * eye could not find the question in it. Its scenario is set in the regular weight now, its ask
 * (the last sentence) in bold; asked in one sentence, its clauses but the last; a short question
 * stays all bold. Read from the fonts the PDFs draw each word in (mutool trace).
 */
describe('a long question heading', () => {
  const scenario = 'twenty minutes later the error rate climbs from a tenth of a percent';
  const ask = 'What do you do first, and why?';
  const short = 'Explain how you would run a blameless postmortem.';
  /** The same scenario in one sentence of clauses, and a short question with commas. */
  const clauses = 'the dashboards of the database look healthy and nobody else has deployed,';
  const clauseAsk = 'so what do you check first and what do you roll back?';
  const shortClauses = 'Explain, in two sentences, how a connection pool works.';
  /** One sentence told, then a task set (no question mark): its lead clauses, and its task. */
  const taskLead = 'the slow answers all come from one of the six regions';
  const task = 'walk me through how you would find what changed.';
  /**
   * Which printing of a phrase is read, the question's own: the last in the guide (its contents
   * list the question first), the first in the quiz (its key repeats a question's first lines after it).
   */
  const AT: Record<Printed, number> = { guide: -1, cheatsheet: -1, quiz: 0, cards: 0 };
  const printed: Record<Printed, GlyphFonts> = {} as never;
  const inClauses: Record<Printed, GlyphFonts> = {} as never;
  beforeAll(() => {
    for (const name of PRINTED) {
      printed[name] = glyphFonts(output('scenarios', `${name}.pdf`));
      inClauses[name] = glyphFonts(output('clauses', `${name}.pdf`));
    }
  });

  for (const name of PRINTED) {
    it(`sets its scenario in the regular face and its ask in the bold one (${name})`, () => {
      expect(phraseFonts(printed[name], scenario, AT[name])).toEqual(['SourceSans3-Regular']);
      expect(phraseFonts(printed[name], ask, AT[name])).toEqual(['SourceSans3-Bold']);
    });

    it(`sets the lead clauses of one long sentence in the regular face and its last in the bold one (${name})`, () => {
      expect(phraseFonts(inClauses[name], clauses, AT[name])).toEqual(['SourceSans3-Regular']);
      expect(phraseFonts(inClauses[name], clauseAsk, AT[name])).toEqual(['SourceSans3-Bold']);
    });

    it(`sets the lead clauses of one long sentence ending on a task in the regular face and the task in the bold one (${name})`, () => {
      expect(phraseFonts(inClauses[name], taskLead, AT[name])).toEqual(['SourceSans3-Regular']);
      expect(phraseFonts(inClauses[name], task, AT[name])).toEqual(['SourceSans3-Bold']);
    });

    it(`leaves a short question all bold (${name})`, () => {
      expect(phraseFonts(printed[name], short, AT[name])).toEqual(['SourceSans3-Bold']);
      expect(phraseFonts(inClauses[name], shortClauses, AT[name])).toEqual(['SourceSans3-Bold']);
    });
  }
});

/** The lines of the question on a front page: its words (the bold ones above the foot), grouped by baseline. */
function questionLines(page: PdfWordPage): PdfWord[][] {
  const label = page.words.find((w) => /^Q\d+$/.test(w.text))!;
  const foot = page.words.find((w) => w.text === 'Incident' && w.yMin > label.yMax + 20)!;
  const words = page.words.filter((w) => w.yMin > label.yMax + 2 && w.yMax < foot.yMin - 2);
  const tops = [...new Set(words.map((w) => Math.round(w.yMax)))].sort((a, b) => a - b);
  return tops.map((top) => words.filter((w) => Math.round(w.yMax) === top).sort((a, b) => a.xMin - b.xMin));
}

/**
 * A flash card's front centres its question, which suits a line or two; a scenario question of
 * seventy words printed as nine centred lines of bold, each starting somewhere else, hard to read
 * as the paragraph it is. A question of more than three lines is set flush left now; a short one
 * stays centred. cards.html marks the same fronts, so the screen sets them as the paper does.
 */
describe('flash card fronts', () => {
  let fronts: PdfWord[][][] = [];
  let width = 0;
  let html = '';
  beforeAll(() => {
    const pages = pdfWords(output('scenarios', 'cards.pdf'));
    width = pages[0].width;
    html = readFileSync(output('scenarios', 'cards.html'), 'utf8');
    // One card a page, each front before its back.
    fronts = pages.filter((_, i) => i % 2 === 0).map(questionLines);
  });

  it('set a question of many lines flush left', () => {
    const lines = fronts[0];
    expect(lines.length).toBeGreaterThan(3);
    const starts = lines.map((l) => l[0].xMin);
    expect(Math.max(...starts) - Math.min(...starts), starts.map((x) => x.toFixed(1)).join(' ')).toBeLessThan(1);
  });

  it('set the same fronts flush left in cards.html, the screen as the paper', () => {
    const fronts = [...html.matchAll(/<article class="card card-front[^"]*"/g)].map((m) => m[0]);
    expect(fronts).toHaveLength(2);
    expect(fronts.map((f) => f.includes('card-long-front'))).toEqual([true, false]);
    // The long one's scenario set in the regular weight too ('a long question heading' reads the PDF).
    expect(fronts.map((f) => f.includes('card-split-front'))).toEqual([true, false]);
  });

  it('keep a short question centred', () => {
    const lines = fronts[1];
    expect(lines.length).toBeLessThanOrEqual(2);
    const [first] = lines;
    const middle = (first[0].xMin + first[first.length - 1].xMax) / 2;
    expect(Math.abs(middle - width / 2)).toBeLessThan(3);
  });
});

/**
 * The quiz's answer key restated each question whole, in bold, above its answer: a scenario
 * question of seventy words took nine lines of a key column, more than its answer. The key now
 * names a question by its first two lines, as the contents do; the quiz's own page prints it whole.
 */
describe('the answer key of a deck of long questions', () => {
  let key: PdfLine[] = [];
  let asked: PdfLine[] = [];
  beforeAll(() => {
    const lines = pdfBlocks(output('scenarios', 'quiz.pdf')).flatMap((b) => b.lines);
    const keyPage = lines.find((l) => l.text === 'Answer key')!.page;
    key = lines.filter((l) => l.page === keyPage).sort((a, b) => a.xMin - b.xMin || a.yMin - b.yMin);
    asked = lines.filter((l) => l.page < keyPage);
  });

  it('names a long question in two lines over its answer', () => {
    const first = key.findIndex((l) => l.text.includes('Your team owns a checkout service'));
    const answer = key.findIndex((l) => l.text.startsWith('Roll back the configuration'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(answer - first, key.map((l) => l.text).join('\n')).toBe(2);
  });

  it('still asks it whole on the quiz page', () => {
    expect(asked.map((l) => l.text).join(' ')).toContain('What do you do first, and why?');
  });

  it('keeps a short question whole in the key', () => {
    expect(key.some((l) => l.text.includes('Explain how you would run a blameless postmortem.'))).toBe(true);
  });
});
