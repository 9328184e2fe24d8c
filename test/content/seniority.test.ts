import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { seniorityLevel } from '../../src/content/seniority.js';
import { importBank } from '../../src/import/import-bank.js';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { tempDirSync } from '../temp-dir.js';

describe('a seniority word in a title', () => {
  it('gives the level it names, anywhere in the title', () => {
    expect(['Questions for a Junior developer', 'Mid-level', 'Mid', 'Вопросы для Middle', 'Perguntas para Pleno', 'Semi Senior', 'Para sêniores', 'Для сеньоров', 'Python Interview Questions for Seniors'].map(seniorityLevel)).toEqual([
      'easy',
      'medium',
      'medium',
      'medium',
      'medium',
      'medium',
      'hard',
      'hard',
      'hard',
    ]);
  });

  it('names none in a range, or in words that only contain one', () => {
    expect(['Junior to Senior', 'Middleware', 'Mid-way checks', 'Seniority rules', 'Juniper routers'].map(seniorityLevel)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('in a bank’s title, is carried into the imported deck', async () => {
    const dir = tempDirSync('sg-seniority-');
    const bank = path.join(dir, 'bank.md');
    writeFileSync(bank, '# Python Questions for Seniors\n\n1. What is the MRO?\n   The order base classes are searched in.\n2. What does `__slots__` save?\n   The per-instance dict.\n');
    expect(allQuestions(await loadDeck(bank)).map((q) => q.level)).toEqual(['hard', 'hard']);
    writeFileSync(path.join(dir, 'deck.md'), (await importBank(bank)).markdown);
    expect(allQuestions(await loadDeck(path.join(dir, 'deck.md'))).map((q) => q.level)).toEqual(['hard', 'hard']);
  });
});
