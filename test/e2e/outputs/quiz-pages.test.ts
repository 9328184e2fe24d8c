import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, pdfPages } from '../../helpers.js';
import { inkFill } from '../../pdf-page-fill.js';
import { parseInPlace } from '../../parse-in-place.js';

parseInPlace();

// Nine questions whose writing space fills two pages and part of a third (answer lines grow with the card).
const question = (n: number) => [`### Question number ${n} about the topic?`, '', `> ${'An answer of a few words. '.repeat(1 + (n % 4))}`, ''];
const DECK = ['# Quiz Pages', '', '## Topic', '', ...Array.from({ length: 9 }, (_, i) => question(i + 1)).flat()].join('\n');

// The quiz's @page margins (quiz.css), with 2 mm for the last rule's stroke.
const MARGINS = { top: 18, bottom: 16 };

describe('the quiz', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('quiz-pages', DECK, ['quiz']), 'quiz.pdf');
  });

  it('fills every page of questions with writing space down to its foot, the last one before the key too', () => {
    const pages = pdfPages(file);
    const key = pages.findIndex((p) => /Answer key/.test(p));
    expect(key).toBeGreaterThan(1);
    const fills = pages.slice(0, key).map((_, i) => Math.round(inkFill(file, i + 1, MARGINS) * 100));
    expect(
      fills.filter((f) => f < 92),
      `fills ${fills.join(' ')}`,
    ).toEqual([]);
  });

  it('keeps the answer key on a page of its own, with every question and answer', () => {
    const pages = pdfPages(file);
    const key = pages.findIndex((p) => /Answer key/.test(p));
    expect(pages[key - 1]).not.toMatch(/Answer key/);
    expect(pages.slice(key).join('\n')).toMatch(/Question number 9/);
    expect(
      pages
        .slice(0, key)
        .join('\n')
        .match(/Question number \d/g),
    ).toHaveLength(9);
  });
});

// Twelve questions whose last, with a one-word answer, did not fit under the eleventh: it stood
// alone on a page of its own, one writing line at its head, the rest of the page blank.
const SHORT_LAST = [
  '# Quiz Pages',
  '',
  '## Topic',
  '',
  ...Array.from({ length: 11 }, (_, i) => question(i + 1)).flat(),
  '### Which port does HTTPS use?',
  '',
  '> Port 443.',
  '',
].join('\n');

describe('the quiz whose last question, a short one, spills over alone', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('quiz-short-last', SHORT_LAST, ['quiz']), 'quiz.pdf');
  });

  it('takes a line or two from the questions before it so that it fits on their page, every page still filled', () => {
    const pages = pdfPages(file);
    const key = pages.findIndex((p) => /Answer key/.test(p));
    const asked = pages.slice(0, key).map((p) => (p.match(/Question number \d+|Which port/g) ?? []).length);
    expect(asked, `questions per page ${asked.join(' ')}`).toEqual([5, 7]);
    const fills = pages.slice(0, key).map((_, i) => Math.round(inkFill(file, i + 1, MARGINS) * 100));
    expect(
      fills.filter((f) => f < 92),
      `fills ${fills.join(' ')}`,
    ).toEqual([]);
  });
});

// Stories asked for under a short cue card ("The on-call gap." over a story of a dozen lines), as a
// behavioural deck writes them: each was given the one writing line of a one-word answer, and the
// lines were never added to, so the quiz's second page held three questions and a blank page below.
const story = (n: number) => [
  `### Tell me about a time you handled hard situation number ${n}.`,
  '',
  `> Cue number ${n}.`,
  '',
  `${'What happened, what I did about it and what came of it, told in order. '.repeat(4)}`,
  '',
  `${'What I would do differently now, and what the interviewer listens for. '.repeat(3)}`,
  '',
];
const STORIES = ['# Quiz Stories', '', '## Stories', '', ...Array.from({ length: 12 }, (_, i) => story(i + 1)).flat()].join('\n');

describe('the quiz of stories asked for under short cue cards', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('quiz-stories', STORIES, ['quiz']), 'quiz.pdf');
  });

  it('gives each story lines to write it on, every page of questions filled to its foot', () => {
    const pages = pdfPages(file);
    const key = pages.findIndex((p) => /Answer key/.test(p));
    const asked = pages.slice(0, key).map((p) => (p.match(/hard situation number \d+/g) ?? []).length);
    // Four lines at least a story: five questions a page at most.
    expect(Math.max(...asked), `questions per page ${asked.join(' ')}`).toBeLessThanOrEqual(5);
    const fills = pages.slice(0, key).map((_, i) => Math.round(inkFill(file, i + 1, MARGINS) * 100));
    expect(
      fills.filter((f) => f < 92),
      `fills ${fills.join(' ')}`,
    ).toEqual([]);
  });
});

// A Japanese deck's card of 40 characters is a sentence two handwritten lines long, counted as a
// one-word answer by its characters: each question got one writing line, the page never filled.
const japanese = (n: number) => [
  `### ループ ${n} の仕組みを説明してください。`,
  '',
  `> スタックが空になるたびに、マイクロタスクを先にすべて実行する。`,
  '',
  `同期コードを実行したあと、Promise の処理を先に片付けてから、タイマーや入出力のタスクに進みます。`,
  '',
];
const JAPANESE = ['---', 'lang: ja', '---', '', '# 面接の練習', '', '## 基本', '', ...Array.from({ length: 12 }, (_, i) => japanese(i + 1)).flat()].join('\n');

describe('the quiz of a Japanese deck, whose short cards are sentences', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('quiz-japanese', JAPANESE, ['quiz']), 'quiz.pdf');
  });

  it('gives each question lines to write its sentence on, every page of questions filled to its foot', () => {
    const pages = pdfPages(file);
    const key = pages.findIndex((p) => /^\s*解答\s*$/m.test(p));
    expect(pages[key]).toMatch(/ループ 12 の/);
    const asked = pages.slice(0, key).map((p) => (p.match(/ループ \d+ の/g) ?? []).length);
    // Four lines at least a question: about five a page.
    expect(Math.max(...asked), `questions per page ${asked.join(' ')}`).toBeLessThanOrEqual(6);
    const fills = pages.slice(0, key).map((_, i) => Math.round(inkFill(file, i + 1, MARGINS) * 100));
    expect(
      fills.filter((f) => f < 92),
      `fills ${fills.join(' ')}`,
    ).toEqual([]);
  });
});
