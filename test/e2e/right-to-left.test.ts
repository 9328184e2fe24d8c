import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord, type PdfWordPage } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';
import { textRuns } from '../pdf-font-sizes.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * A deck written right to left is a book bound on its right edge: its first page is a left-hand
 * page, the wide outer margin is on the left of odd pages, the running head starts at the right
 * (the deck's title) and the booklet's sides are mirrored, the cover on the left half.
 */
const TITLE = 'أسئلة الشبكات';
const answer = 'Version 2 — يشرح هذا الجواب كيف تعمل الشبكة وكيف تنتقل الحزم بين العقد عبر الموجهات والمحولات. '.repeat(7);
const question = (i: number) => `### ما هو البروتوكول رقم ${i} في الشبكات؟\n\n> بروتوكول يحدد كيفية تبادل البيانات رقم ${i}.\n\n${answer}\n`;
const DECK = ['---', 'lang: ar', '---', `# ${TITLE}`, '', '## الأساسيات', '', ...Array.from({ length: 10 }, (_, i) => question(i + 1))].join('\n');

let dir = '';
const file = (name: string) => path.join(dir, 'out', 'ar', name);

beforeAll(async () => {
  dir = await tempDir('rtl-');
  await writeFile(path.join(dir, 'ar.md'), DECK);
  await buildWith({ paths: [path.join(dir, 'ar.md')], outDir: path.join(dir, 'out'), outputs: ['guide'], booklet: true });
}, 120_000);

/** pdftotext's word boxes give right-to-left words in the order their letters are drawn. */
const drawn = (word: string) => [...word].reverse().join('');
// It may cut a word in pieces where the face spaces its letters: a piece of a title word counts.
const isTitleWord = (w: PdfWord) =>
  w.text.length >= 2 &&
  TITLE.split(' ')
    .map(drawn)
    .some((t) => t.includes(w.text));

/** The words of a page's text block: without the running head and the footer. */
const bodyOf = (page: PdfWordPage) => page.words.filter((w) => w.yMin > 80 && w.yMax < page.height - 60);

describe('a guide written right to left', () => {
  it('has its wide outer margin on the left of odd pages and on the right of even ones', () => {
    const pages = pdfWords(file('guide.pdf'));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const n of [3, 4]) {
      const body = bodyOf(pages[n - 1]);
      const left = Math.min(...body.map((w) => w.xMin));
      const right = pages[n - 1].width - Math.max(...body.map((w) => w.xMax));
      // Outer 58 mm (164 pt) against inner 22 mm (62 pt); a line may end short of its measure.
      if (n % 2 === 1) expect(left, `page ${n}: outer margin on the left`).toBeGreaterThan(right + 60);
      else expect(right, `page ${n}: outer margin on the right`).toBeGreaterThan(left + 60);
    }
  });

  it("heads its pages with the deck's title on the right and the section's on the left", () => {
    const page = pdfWords(file('guide.pdf'))[2];
    const head = page.words.filter((w) => w.yMax < 70);
    const titleWord = head.find(isTitleWord);
    const sectionWord = head.find((w) => w.text.includes(drawn('ساسيات'))); // الأساسيات: its lam-alef ligature keeps its own order;
    expect(titleWord, 'the running head names the deck').toBeDefined();
    expect(sectionWord, 'the running head names the section').toBeDefined();
    expect(titleWord!.xMin).toBeGreaterThan(page.width / 2);
    expect(sectionWord!.xMax).toBeLessThan(page.width / 2);
  });

  it('imposes its booklet mirrored: the cover on the left half of the first side', () => {
    const side = pdfWords(file('guide-booklet.pdf'))[0];
    // The cover's title, set large: its words' boxes stand some 70 pt high. The running head of the
    // page beside it names the deck too, small, yet its Arabic words' boxes reach 22 pt.
    const cover = side.words.filter((w) => isTitleWord(w) && w.yMax - w.yMin > 40);
    expect(cover.length, 'the cover title on the first side').toBeGreaterThan(0);
    for (const w of cover) expect(w.xMax, 'the cover is on the left half').toBeLessThan(side.width / 2);
  });

  // Arabic letters at the Latin body size look a size smaller than the Latin beside them (their
  // x-height is lower): the Arabic face is set larger, by a tenth or more, Latin staying as it was.
  it('sets Arabic text larger than the Latin body beside it', () => {
    const body = (font: RegExp) => {
      const sizes = textRuns(file('guide.pdf'))
        .filter((r) => r.page >= 3 && font.test(r.font))
        .map((r) => r.size);
      const counts = new Map<number, number>();
      for (const s of sizes) counts.set(s, (counts.get(s) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1])[0][0];
    };
    const latin = body(/SourceSans3-Regular/); // its Latin set in the sans, as the Arabic face is (render/fonts.ts)
    const arabic = body(/NotoSansArabic-Regular/);
    expect(latin).toBeCloseTo(11, 0);
    expect(arabic / latin).toBeGreaterThanOrEqual(1.1);
    expect(arabic / latin).toBeLessThanOrEqual(1.2);
  });
});
