import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * A question's number is labelled in the deck's language, in every output: "Q1" is an English
 * letter in the middle of an Arabic, Russian or Japanese page. An Arabic deck that writes its
 * numbers in Arabic-Indic digits gets its question numbers in them too.
 */
const deck = (lang: string, title: string, questions: [string, string, string][]) =>
  ['---', `lang: ${lang}`, '---', `# ${title}`, '', '## 1', '', ...questions.map(([q, card, answer]) => `### ${q}\n\n> ${card}\n\n${answer}\n`)].join('\n');

const DECKS: Record<string, string> = {
  ar: deck('ar', 'أسئلة الشبكات', [
    ['ما هو عنوان IP؟', 'رقم يحدد الجهاز على الشبكة.', 'في الإصدار ٤ يتكون العنوان من ٣٢ بتًا، وفي الإصدار ٦ من ١٢٨ بتًا.'],
    ['ما هو DNS؟', 'نظام يحول الأسماء إلى عناوين.', 'يعمل نظام أسماء النطاقات عبر المنفذ ٥٣ أو المنفذ ٨٥٣ المشفر.'],
  ]),
  ru: deck('ru', 'Вопросы о сетях', [
    ['Что такое IP-адрес?', 'Число, которое определяет устройство в сети.', 'В версии 4 адрес состоит из 32 бит, в версии 6 из 128 бит.'],
    ['Что такое DNS?', 'Система, которая переводит имена в адреса.', 'Система доменных имён отвечает на запросы через порт 53.'],
  ]),
  ja: deck('ja', 'ネットワークの質問', [
    ['IPアドレスとは何ですか？', 'ネットワーク上の機器を識別する番号です。', 'バージョン4では32ビットで構成されます。'],
    ['DNSとは何ですか？', '名前をアドレスに変換する仕組みです。', 'ポート53を使って名前を数値のアドレスに変換します。'],
  ]),
};

const OUTPUTS = ['guide', 'quiz', 'cards', 'cheatsheet'];
let out = '';
/** A PDF's text, without the direction marks pdftotext puts around right-to-left runs. */
const text = (lang: string, output: string) => pdfText(path.join(out, lang, `${output}.pdf`)).replace(/[\u200e\u200f\u202a-\u202e]/g, '');

beforeAll(async () => {
  const dir = await tempDir('qlabels-');
  out = path.join(dir, 'out');
  for (const [lang, markdown] of Object.entries(DECKS)) await writeFile(path.join(dir, `${lang}.md`), markdown);
  const { result } = await buildWith({ paths: Object.keys(DECKS).map((l) => path.join(dir, `${l}.md`)), outDir: out, outputs: OUTPUTS });
  expect(result.failed).toEqual([]);
}, 240_000);

describe('question numbers in the language of the deck', () => {
  it.each(Object.keys(DECKS).flatMap((lang) => OUTPUTS.map((o) => [lang, o])))('%s %s prints no "Q1"', (lang, output) => {
    expect(text(lang, output)).not.toMatch(/Q\s?\d/);
  });

  it('labels Japanese questions 問1, 問2 in the guide, its contents, cards, cheat sheet and quiz', () => {
    for (const output of OUTPUTS) expect(text('ja', output), output).toMatch(/問\s?1[\s\S]*問\s?2/);
    // The contents and the heading both name it.
    expect(text('ja', 'guide').match(/問\s?1/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('labels Russian questions № 1, № 2', () => {
    for (const output of ['guide', 'cards', 'cheatsheet']) expect(text('ru', output), output).toMatch(/№\s?1[\s\S]*№\s?2/);
  });

  // pdftotext gives a right-to-left run in the order it is drawn: the digit may come before the letter.
  it('labels Arabic questions س١, س٢ in the Arabic-Indic digits the deck writes', () => {
    const label = (digit: string) => new RegExp(`س\\s?${digit}|${digit}\\s?س`);
    for (const output of ['guide', 'cards', 'cheatsheet']) {
      expect(text('ar', output), output).toMatch(label('١'));
      expect(text('ar', output), output).toMatch(label('٢'));
    }
    expect(text('ar', 'quiz')).toMatch(/١\s?\.|\.\s?١/);
  });
});
