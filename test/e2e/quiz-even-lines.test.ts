import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { linesPerQuestion } from '../quiz-lines.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// Five questions in two tables: on Letter paper three fit the first page (under the quiz's title),
// two the second, which used to give them all its room: 13 writing lines each against 6 or 7.
const QUESTIONS = [
  'Walk Me Through Your Background',
  'What Made You Apply Here?',
  'Where Do You Do Your Best Work?',
  'What Are You Still Improving?',
  'How Do You Take Feedback?',
];
const row = (q: string) => `| **${q}** | \`"An answer in a sentence of about a dozen words, in quotes."\` |`;
const table = (qs: string[]) => ['| Question | Suggested Answer |', '| --- | --- |', ...qs.map(row), ''];
const DECK = [
  '---',
  'title: Interview Warm-Up',
  '---',
  '',
  '## Opening Questions',
  '',
  '### 1. About You',
  '',
  ...table(QUESTIONS.slice(0, 2)),
  '### 2. Self-Assessment',
  '',
  ...table(QUESTIONS.slice(2)),
].join('\n');

describe.each(['a4', 'letter'] as const)('the quiz on %s paper', (paper) => {
  let counts: number[] = [];
  beforeAll(async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'warm-up.md'), DECK);
    const { result } = await buildWith({ paths: [path.join(dir, 'warm-up.md')], outDir: path.join(dir, 'out'), outputs: ['quiz'], paper });
    expect(result.failed).toEqual([]);
    counts = linesPerQuestion(path.join(dir, 'out', 'warm-up', 'quiz.pdf'), QUESTIONS);
  });

  it('shares the writing space so that no question has more than four lines over another', () => {
    expect(counts, `lines per question ${counts.join(' ')}`).toHaveLength(5);
    expect(Math.max(...counts) - Math.min(...counts), `lines per question ${counts.join(' ')}`).toBeLessThanOrEqual(4);
  });
});
