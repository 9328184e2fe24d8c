import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/content/markdown.js';
import { summarisesQuestions } from '../../src/content/summary-table.js';

const QUESTIONS = ['Điểm mạnh của bạn là gì?', 'Tại sao bạn muốn làm việc ở đây?', 'Bạn xử lý xung đột thế nào?'];

/** A section's nodes: a table whose first column is `cells`, a row each. */
const tableOf = (cells: string[]) => parseMarkdown(['| Câu hỏi | Ý chính |', '| --- | --- |', ...cells.map((c) => `| ${c} | … |`)].join('\n')).children;

describe('a summary table over the questions', () => {
  it('names the questions by their words as check compares them: with their accents, or typed without them', () => {
    expect(summarisesQuestions(tableOf(['Điểm mạnh', 'Tại sao muốn làm việc ở đây', 'Xử lý xung đột']), QUESTIONS)).toBe(true);
    // The same table typed on a keyboard without Vietnamese marks: its rows still name the questions.
    expect(summarisesQuestions(tableOf(['Diem manh', 'Tai sao muon lam viec o day', 'Xu ly xung dot']), QUESTIONS)).toBe(true);
  });

  it('is not one whose rows name other things', () => {
    expect(summarisesQuestions(tableOf(['Lương', 'Ngày nghỉ', 'Địa điểm']), QUESTIONS)).toBe(false);
  });
});
