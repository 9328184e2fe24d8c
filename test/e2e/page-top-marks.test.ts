import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { pdfWords, type PdfWordPage } from '../pdf-words.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/**
 * Thai, Devanagari and Arabic carry marks above their letters that reach higher than a heading's
 * tight line box (Arabic's hamza over alef, أ, and its tanween over alef, اً, most of all: its face is
 * set 12 % larger). A heading
 * that opens a page then painted those marks at the foot of the page before it, as stray specks
 * under the last line (pdftotext reads them as words of no width there).
 */
const SCRIPTS = {
  th: ['ทั้งหมดที่ผู้ดูแลระบบต้องรู้', 'เริ่มทำงานได้เร็วกว่าเดิม', 'คอนเทนเนอร์ใช้เคอร์เนลร่วมกัน', 'สิ่งที่ต้องทำเมื่อระบบล่ม'],
  hi: ['उसे भी अद्यतन करना पड़ता है', 'लेकिन हर लिखने पर', 'इंडेक्स के बिना डेटाबेस', 'मूल बातें सीखें'],
  ar: ['أين تضع الذاكرة المؤقتة أيضاً', 'أفضل طريقة لتأمين الخادم دائماً', 'أسماء النطاقات وأنواع السجلات', 'أداء قاعدة البيانات جيداً'],
};

/** Three sections of eight questions, answers of varied length, every heading in the script. */
function deck(lang: keyof typeof SCRIPTS): string {
  const words = SCRIPTS[lang];
  const out = [`---\ntitle: ${words[2]}\nlang: ${lang}\n---\n# ${words[2]}\n`];
  for (let s = 0; s < 3; s++) {
    out.push(`\n## ${words[(s + 3) % 4]} ${s + 1}\n`);
    for (let q = 0; q < 8; q++) {
      const answer = Array.from({ length: 20 + ((q * 37 + s * 11) % 70) }, (_, i) => words[(i * 3 + q) % 4]).join(' ');
      out.push(`\n### ${words[(q + s) % 4]} ${words[(q + 1) % 4]}?\n\n> ${words[q % 4]}\n\n${answer}\n`);
    }
  }
  return out.join('');
}

/** A question's label as pdftotext reads it: "ข้อ 12" in Thai (two words), "प्र.12" in Hindi, "س 12" in Arabic. */
const QUESTION_LABEL: Record<string, RegExp> = { th: /^ข้อ$/, hi: /^प्र\.\d+$/, ar: /^س$/ };

/** Words printed with no width: marks cut loose from their letters. */
const specks = (pages: PdfWordPage[]) =>
  pages.flatMap((p, i) => p.words.filter((w) => w.xMax - w.xMin < 0.5).map((w) => `p${i + 1} ${w.text} at y ${Math.round(w.yMin)}`));

let out = '';
beforeAll(async () => {
  out = await tempDir('studyguide-marks-');
  const files = [];
  for (const lang of Object.keys(SCRIPTS) as (keyof typeof SCRIPTS)[]) {
    const file = path.join(out, `${lang}.md`);
    await writeFile(file, deck(lang));
    files.push(file);
  }
  const { result } = await buildWith({ paths: files, outDir: out, outputs: ['guide'], quiz: true });
  expect(result.failed).toEqual([]);
  // The Arabic quiz on Letter too: its answer key ran on to a page whose first question painted its tanween (اً) on the page before.
  const letter = await buildWith({ paths: [path.join(out, 'ar.md')], outDir: path.join(out, 'letter'), outputs: ['quiz'], paper: 'letter' });
  expect(letter.result.failed).toEqual([]);
}, 240_000);

describe('headings in scripts with marks above the letters, at the top of a page', () => {
  it.each(['th', 'hi', 'ar'])('%s: leave no marks on the page before (guide and quiz)', (lang) => {
    const guide = pdfWords(path.join(out, lang, 'guide.pdf'));
    // The case arises: section titles and question headings open pages.
    const opening = guide.slice(2).filter((p) => p.words.some((w) => w.yMin < 120 && QUESTION_LABEL[lang].test(w.text)));
    expect(opening.length).toBeGreaterThan(2);
    expect(specks(guide)).toEqual([]);
    expect(specks(pdfWords(path.join(out, lang, 'quiz.pdf')))).toEqual([]);
  });

  it('ar: the quiz on Letter, its answer key over two pages, leaves none either', () => {
    const quiz = pdfWords(path.join(out, 'letter', 'ar', 'quiz.pdf'));
    expect(quiz.length).toBeGreaterThan(6);
    expect(specks(quiz)).toEqual([]);
  });
});
