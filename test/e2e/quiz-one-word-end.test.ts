import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { inkFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

/** The quiz's page margins (quiz.css): the text block the fill is measured in. */
const QUIZ_MARGINS = { top: 18, bottom: 16 };

/**
 * A quiz whose last page of questions holds one-word answers only: those keep their one writing
 * line, so that page took no lines and stayed as short as they are (the A4 drill's page 3: five
 * questions, 42 % full by its ink, under a full page of four long ones, then the key's page). Now
 * the page before sends on its last long question, whose lines take the room: page 3 98 % full,
 * still four pages, the key on its own.
 */
const DECK = 'test/fixtures/quiz-one-word-end/systems.md';

describe('a quiz ending with a page of one-word answers', () => {
  let file = '';
  beforeAll(async () => {
    const dir = await tempDir();
    const { result } = await buildWith({ paths: [DECK], outDir: dir, outputs: ['quiz'], paper: 'a4' });
    expect(result.failed).toEqual([]);
    file = path.join(dir, 'systems', 'quiz.pdf');
  }, 120_000);

  it('fills its last page of questions with writing lines, the key still on a page of its own', () => {
    const pages = pdfPages(file);
    const key = pages.findIndex((p) => p.includes('Answer key'));
    expect(key).toBe(3);
    expect(pages[key - 1]).toContain('What is the default SSH port?');
    expect(pages[key - 1]).not.toContain('Answer key');
    const fill = inkFill(file, key, QUIZ_MARGINS);
    expect(Math.round(fill * 100), `page ${key} full`).toBeGreaterThanOrEqual(90);
  });
});
