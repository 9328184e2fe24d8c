import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { buildDeckText } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { outlineOf } from './guide-reading.js';
import { answerSummary } from '../../src/content/layouts/labels.js';

// Builds in this process parse their decks here, not on a thread each (parse-limits tests that).
parseInPlace();

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'rtl-answer-folds', 'deck.md');

describe('a translated bank whose answers fold under an "Answer" summary in its own language', () => {
  let titles: string[] = [];
  beforeAll(async () => {
    const out = await buildDeckText('folds', await readFile(FIXTURE, 'utf8'), ['guide']);
    titles = (await outlineOf(path.join(out, 'guide.pdf'))).map((e) => e.title);
  }, 120_000);

  it('prints each numbered question over its answer, never the summary as the question', () => {
    // Read as the question, the summary printed three questions called "Answer" over answers that began with the real ones.
    const questions = titles.filter((t) => /^س\d/.test(t));
    expect(questions).toHaveLength(3);
    expect(questions[0]).toMatch(/ما الذي تطبعه هذه الشيفرة/);
    expect(questions[1]).toMatch(/كم مرة تُنفذ الحلقة التالية/);
    expect(questions[2]).toMatch(/ما نوع القيمة/);
    expect(titles.join('\n')).not.toMatch(/الإجابة|الجواب/);
  });
});

describe('an answer summary', () => {
  it('is known in the right-to-left, Indic, Thai and Greek scripts translated banks use', () => {
    for (const word of ['الإجابة', 'الجواب', 'پاسخ', 'תשובה', 'उत्तर', 'উত্তর', 'คำตอบ', 'Απάντηση']) expect(answerSummary(word), word).toBe(true);
    // A question is not one.
    expect(answerSummary('ما هو الناتج؟')).toBe(false);
  });
});
