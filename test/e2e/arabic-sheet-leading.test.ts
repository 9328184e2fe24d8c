import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildDeckText } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { pdfBlocks } from '../pdf-lines.js';
import { textRuns } from '../pdf-font-sizes.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/** Sixteen questions whose short answers run to two or three lines in a column, with marks above (اً, أ, ّ). */
const ANSWER = 'الخادم يحفظ نسخة من البيانات أيضاً، ويعيد إرسالها دائماً إلى العميل الذي طلبها أولاً، ثم يحدّث السجل';
const DECK = [
  '---\ntitle: أسئلة الخوادم\nlang: ar\n---\n# أسئلة الخوادم\n',
  ...[1, 2].map(
    (s) =>
      `\n## القسم ${s}\n` +
      Array.from({ length: 8 }, (_, i) => `\n### ما الذي يفعله الخادم عادةً في الحالة رقم ${s * 10 + i}؟\n\n> ${ANSWER} رقم ${i}.\n`).join(''),
  ),
].join('');

let out = '';
beforeAll(async () => {
  out = await buildDeckText('servers', DECK, ['cheatsheet']);
}, 120_000);

/** The middle of the sorted values. */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('an Arabic cheat sheet', () => {
  it('sets its lines far enough apart for the marks above and below the letters', () => {
    const file = path.join(out, 'cheatsheet.pdf');
    const runs = textRuns(file).filter((r) => /NotoSansArabic-Regular/.test(r.font));
    const size = median(runs.map((r) => r.size));
    // From one line to the next within an entry's answer or heading.
    const gaps = pdfBlocks(file).flatMap((b) => b.lines.slice(1).map((l, i) => l.yMin - b.lines[i].yMin));
    expect(gaps.length).toBeGreaterThan(10);
    // At 1.25 of the Latin size (1.12 of the Arabic face's, set 12 % larger) the tanween of a line
    // touched the descenders of the line over it; Arabic is set at 1.4 of its size or more.
    expect(median(gaps) / size).toBeGreaterThanOrEqual(1.35);
  });
});

// Fully vowelled, the title's stacked marks (a fatha over a shadda or over the hamza of أ) rise
// over its line box at the top of the first page, where Chromium left them out of the PDF.
describe('a fully vowelled Arabic cheat sheet', () => {
  const TITLE = 'أَسْئِلَةُ الشَّبَكَاتِ';
  const QUESTION = 'مَا هُوَ عُنْوَانُ الجِهَازِ؟';
  const ANSWER_TEXT = 'رَقْمٌ يُعَرِّفُ الجِهَازَ فِي الشَّبَكَةِ.';
  let file = '';
  beforeAll(async () => {
    const deck = `---\ntitle: ${TITLE}\nlang: ar\n---\n# ${TITLE}\n\n## الأَسَاسِيَّاتُ\n\n### ${QUESTION}\n\n> ${ANSWER_TEXT}\n`;
    file = path.join(await buildDeckText('vowelled', deck, ['cheatsheet']), 'cheatsheet.pdf');
  }, 120_000);

  it('prints every mark of its title, section, question and answer', () => {
    const printed = execFileSync('mutool', ['trace', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const source = [TITLE, 'الأَسَاسِيَّاتُ', QUESTION, ANSWER_TEXT].join(' ');
    // The fatha and the damma: a shadda over a kasra prints as one glyph of both, which names neither.
    for (const mark of ['\u064e', '\u064f']) {
      expect(printed.split(`unicode="${mark}"`).length - 1, `U+0${mark.codePointAt(0)!.toString(16)}`).toBe(source.split(mark).length - 1);
    }
  });
});
