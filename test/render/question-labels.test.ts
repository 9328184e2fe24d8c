import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import type { Deck } from '../../src/model/deck.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { createQuizRenderer } from '../../src/render/render-quiz.js';
import { cardsRenderOptions, createCardsRenderer } from '../../src/render/render-cards.js';
import { createCheatsheetRenderer } from '../../src/render/render-cheatsheet.js';
import { findAll, parseHtml, textOf } from './html-dom.js';

/**
 * A question's number is labelled in the deck's language, in every output: "Q1" is an English
 * letter in the middle of an Arabic, Russian or Japanese page. An Arabic deck that writes its
 * numbers in Arabic-Indic digits gets its question numbers in them too. Read from each output's
 * HTML, the page its PDF is printed from: the labels are text there (model/question-label.ts),
 * which printing does not change, so no PDF is printed here (it was a build of twelve PDFs).
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
const dirs = assetDirs();
/** Each output's page as the build renders it with default options, before printing. */
const RENDER: Record<string, (deck: Deck) => string> = {
  guide: (deck) => createGuideRenderer(dirs)(deck, { paper: 'a4' }),
  quiz: (deck) => createQuizRenderer(dirs)(deck, { paper: 'a4' }),
  cards: (deck) => createCardsRenderer(dirs)(deck, cardsRenderOptions({ ...defaultOptions(), paths: [] })),
  cheatsheet: (deck) => createCheatsheetRenderer(dirs)(deck, { paper: 'a4' }),
};
/** An output's visible text: its body without scripts and styles, soft hyphens dropped; rendered once a deck and output. */
const texts = new Map<string, string>();
const text = (lang: string, output: string): string => {
  const key = `${lang} ${output}`;
  if (!texts.has(key)) {
    const [body] = findAll(parseHtml(RENDER[output](parseDeck(DECKS[lang], { file: `${lang}.md`, slug: lang }))), (el) => el.tagName === 'body');
    for (const el of findAll(body, (e) => e.tagName === 'script' || e.tagName === 'style')) el.children = [];
    texts.set(key, textOf(body).replace(/\u00ad/g, ''));
  }
  return texts.get(key)!;
};

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

  // The digit may come before the letter, as a PDF's text layer gave a right-to-left run (in the order drawn).
  it('labels Arabic questions س١, س٢ in the Arabic-Indic digits the deck writes', () => {
    const label = (digit: string) => new RegExp(`س\\s?${digit}|${digit}\\s?س`);
    for (const output of ['guide', 'cards', 'cheatsheet']) {
      expect(text('ar', output), output).toMatch(label('١'));
      expect(text('ar', output), output).toMatch(label('٢'));
    }
    expect(text('ar', 'quiz')).toMatch(/١\s?\.|\.\s?١/);
  });
});
