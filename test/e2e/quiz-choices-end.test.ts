import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { linesPerQuestion } from '../quiz-lines.js';
import { inkFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A multiple-choice quiz whose card answers repeat the option's text ("a) To keep a record that a
 * feature branch existed…"): counted by their length, those answers were given four writing lines (seven once each page was filled),
 * the last question no longer fitted, and the page balancer sent the one before it on with it, 22
 * writing lines under one question on a third page of questions. The letter is what a reader
 * writes: one line each, as the short ones had, and the questions end on page 2.
 */
const DECK = 'test/fixtures/quiz-choices-end/choices.md';
const QUESTIONS = [
  'Which command shows the commits',
  'What does a hard reset do',
  'Which shell operator sends',
  'What does a rebase change',
  'Which exit status means',
  'What is a detached head',
  'Which variable holds the list',
  'Why would you choose a merge commit',
  'Which command makes a file executable',
];
/** The quiz's page margins (quiz.css): the text block the fill is measured in. */
const QUIZ_MARGINS = { top: 18, bottom: 16 };

describe('a multiple-choice quiz answered by letters', () => {
  let file = '';
  beforeAll(async () => {
    const dir = await tempDir();
    const { result } = await buildWith({ paths: [DECK], outDir: dir, outputs: ['quiz'], paper: 'a4' });
    expect(result.failed).toEqual([]);
    file = path.join(dir, 'choices', 'quiz.pdf');
  }, 120_000);

  it('gives each question one writing line for its letter, never a page of lines', () => {
    // Before: [1, 7, 7, 6, 1, 7, 1, 22, 1].
    expect(linesPerQuestion(file, QUESTIONS)).toEqual(QUESTIONS.map(() => 1));
  });

  it('ends its questions on page 2, a page that holds four of them, the key on a page of its own', () => {
    const pages = pdfPages(file);
    // Before: four pages, the key's the fourth.
    expect(pages).toHaveLength(3);
    expect(pages[2]).toContain('Answer key');
    expect(pages[1]).toContain('Which command makes a file executable');
    expect(pages[1]).not.toContain('Answer key');
    const fill = inkFill(file, 2, QUIZ_MARGINS);
    expect(Math.round(fill * 100), 'page 2 full').toBeGreaterThanOrEqual(40);
  });
});
