import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWordPage } from '../pdf-words.js';
import { pdfToolOutput } from '../pdf-tool-output.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * The cheat sheet rules two lines under each open question, to write its answer in. A Python list
 * of 100 open questions and a Spanish bank's 43 ruled two and a half of a combined sheet's seven
 * pages, and the sheet stopped being a cheat sheet. A run of three open questions or more now
 * shares three rules under its last question; an open question on its own keeps its two.
 */
const deckFile = 'test/fixtures/cheatsheet-open-runs/drills.md';

/** The writing rules of each page (grey bars, as Chromium fills a border), by the top of each, in points. */
function rules(file: string): number[][] {
  return pdfToolOutput('mutool', ['trace'], file)
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<fill_path [^>]*color="\.549 \.549 \.549"[^>]*transform="([-\d.]+) 0 0 ([-\d.]+) ([-\d.]+) ([-\d.]+)">\s*<moveto x="[-\d.]+" y="([-\d.]+)"/g,
        ),
      ].map((m) => Number(m[2]) * Number(m[5]) + Number(m[4])),
    );
}

/** The top of the line where `word` (the first word of a question, on its page) prints. */
const top = (page: PdfWordPage, word: string, after = 0) => page.words.find((w) => w.text === word && w.yMin > after)!.yMin;

describe('open questions on the cheat sheet', () => {
  let page: PdfWordPage;
  let ys: number[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('cheatsheet-open-runs-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['cheatsheet'] });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, 'drills', 'cheatsheet.pdf');
    const pages = pdfWords(file);
    expect(pages).toHaveLength(1);
    page = pages[0];
    ys = rules(file)[0];
  }, 180_000);

  it('rules two lines under an open question on its own', () => {
    const own = ys.filter((y) => y > top(page, 'runbook') && y < top(page, 'timeline'));
    expect(own).toHaveLength(2);
  });

  it('rules three lines shared under a run of open questions, none between them', () => {
    const first = top(page, 'Describe');
    const last = top(page, 'hand');
    const next = top(page, 'status');
    for (const word of ['failover', 'alert', 'escalation']) expect(top(page, word)).toBeGreaterThan(first);
    expect(
      ys.filter((y) => y > first && y < last),
      'rules between the run',
    ).toEqual([]);
    expect(ys.filter((y) => y > last && y < next)).toHaveLength(3);
    expect(ys).toHaveLength(5);
  });
});
