import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfPages, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * A deck that writes its numbers in its own digits gets its page numbers in them too: the running
 * footer, the contents' page column, the cards' and cheat sheet's "full answer: p. N". An Arabic
 * guide labelled س١ with "صفحة 2 من 5" under it mixes two number systems on one page.
 */
const para = (n: string, body: string) => Array.from({ length: 6 }, () => body.replace('{n}', n)).join(' ');
const deck = (lang: string, title: string, sections: [string, [string, string, string][]][]) =>
  [
    '---',
    `lang: ${lang}`,
    '---',
    `# ${title}`,
    '',
    ...sections.flatMap(([heading, qs]) => [`## ${heading}`, '', ...qs.map(([q, card, answer]) => `### ${q}\n\n> ${card}\n\n${answer}\n\n${answer}\n`)]),
  ].join('\n');

const arAnswer = (n: string) => para(n, 'يستخدم هذا البروتوكول المنفذ {n} ويرسل الحزم عبر الشبكة حتى تصل إلى وجهتها، ويعيد المحاولة عند الفشل.');
const hiAnswer = (n: string) => para(n, 'यह प्रोटोकॉल पोर्ट {n} का उपयोग करता है और पैकेट को नेटवर्क पर तब तक भेजता है जब तक वे अपने गंतव्य तक न पहुँच जाएँ।');

const DECKS: Record<string, string> = {
  ar: deck('ar', 'أسئلة الشبكات', [
    [
      'البروتوكولات',
      [
        ['ما هو DNS؟', 'نظام يحول الأسماء إلى عناوين عبر المنفذ ٥٣.', arAnswer('٥٣')],
        ['ما هو HTTP؟', 'بروتوكول الويب على المنفذ ٨٠.', arAnswer('٨٠')],
      ],
    ],
    [
      'الأمان',
      [
        ['ما هو TLS؟', 'تشفير الاتصال على المنفذ ٤٤٣.', arAnswer('٤٤٣')],
        ['ما هو SSH؟', 'دخول آمن عن بعد على المنفذ ٢٢.', arAnswer('٢٢')],
      ],
    ],
  ]),
  hi: deck('hi', 'नेटवर्क के प्रश्न', [
    [
      'प्रोटोकॉल',
      [
        ['DNS क्या है?', 'नामों को पतों में बदलने वाली प्रणाली, पोर्ट ५३ पर।', hiAnswer('५३')],
        ['HTTP क्या है?', 'वेब का प्रोटोकॉल, पोर्ट ८० पर।', hiAnswer('८०')],
      ],
    ],
    [
      'सुरक्षा',
      [
        ['TLS क्या है?', 'पोर्ट ४४३ पर जुड़ाव का कूटलेखन।', hiAnswer('४४३')],
        ['SSH क्या है?', 'पोर्ट २२ पर सुरक्षित दूरस्थ प्रवेश।', hiAnswer('२२')],
      ],
    ],
  ]),
};

/** Each deck's digits one to nine, and its word for "page" in short. */
const DIGITS = { ar: '١٢٣٤٥٦٧٨٩', hi: '१२३४५६७८९' };
const OUTPUTS = ['guide', 'quiz', 'cards', 'cheatsheet'];
let out = '';
/** Text without the direction marks pdftotext puts around right-to-left runs. */
const plain = (s: string) => s.replace(/[\u200e\u200f\u202a-\u202e]/g, '');
const file = (lang: string, output: string) => path.join(out, lang, `${output}.pdf`);

beforeAll(async () => {
  const dir = await tempDir('pdigits-');
  out = path.join(dir, 'out');
  for (const [lang, markdown] of Object.entries(DECKS)) await writeFile(path.join(dir, `${lang}.md`), markdown);
  const { result } = await buildWith({ paths: Object.keys(DECKS).map((l) => path.join(dir, `${l}.md`)), outDir: out, outputs: OUTPUTS });
  expect(result.failed).toEqual([]);
}, 240_000);

describe('page numbers in the digits the deck writes', () => {
  it.each(Object.keys(DECKS).flatMap((lang) => OUTPUTS.map((o) => [lang, o])))('%s %s prints no Western digit', (lang, output) => {
    expect(plain(pdfText(file(lang, output)))).not.toMatch(/[0-9]/);
  });

  it.each(Object.keys(DECKS))('%s guide: every page after the cover has its number in the deck digits in the footer', (lang) => {
    const digits = DIGITS[lang as keyof typeof DIGITS];
    const pages = pdfPages(file(lang, 'guide')).map(plain);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // Page 2's footer and the contents' column both show the deck's 2, 3, …
    pages.slice(1).forEach((text, i) => expect(text, `page ${i + 2}`).toContain(digits[i + 1]));
  });

  it.each(Object.keys(DECKS).flatMap((lang) => ['cards', 'cheatsheet'].map((o) => [lang, o])))(
    '%s %s cites the full answer page in the deck digits',
    (lang, output) => {
      const digits = DIGITS[lang as keyof typeof DIGITS];
      const short = { ar: 'ص', hi: 'पृ\\.' }[lang as 'ar' | 'hi'];
      // Right-to-left runs may come out with the number before the word.
      expect(plain(pdfText(file(lang, output)))).toMatch(new RegExp(`${short}\\s*[${digits}]|[${digits}]\\s*${short}`));
    },
  );
});
