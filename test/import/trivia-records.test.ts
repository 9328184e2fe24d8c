import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { importBank } from '../../src/import/import-bank.js';
import { tempDirSync } from '../temp-dir.js';

const work = tempDirSync('sg-import-trivia-');

describe('import of multiple-choice records written as trivia exports write them', () => {
  it('reads correct_answer as the answer and prints the incorrect answers under it as the wrong options', async () => {
    const bank = path.join(work, 'trivia.json');
    const records = [
      {
        difficulty: 'easy',
        category: 'Networks',
        question: 'Which port does SSH listen on by default?',
        correct_answer: '22',
        incorrect_answers: ['21', '23', '80'],
      },
      {
        difficulty: 'medium',
        category: 'Networks',
        question: 'What does DNS turn names into?',
        correctAnswer: 'IP addresses.',
        incorrectAnswers: ['Port numbers.', 'MAC addresses.'],
      },
    ];
    writeFileSync(bank, JSON.stringify(records, null, 2));
    const imported = await importBank(bank);
    expect(imported.diagnostics).toEqual([]);
    expect(imported.markdown).not.toContain('Status: open');
    expect(imported.markdown).toContain('Level: easy\n\n22\n\n**Wrong options:**\n\n- 21\n- 23\n- 80');
    expect(imported.markdown).toContain('IP addresses.\n\n**Wrong options:**\n\n- Port numbers.\n- MAC addresses.');
  });
});
