import { describe, expect, it } from 'vitest';
import { flagValues } from '../../src/config/config.js';

// Numbers a careless user types: a count below zero is refused by name, not taken as it came.

describe('counts and limits', () => {
  it('refuse a negative --print-part or --max-questions (both were accepted and the build went on)', () => {
    expect(() => flagValues({ printPart: '-5' })).toThrow('--print-part must be a whole number, 0 or more (got -5)');
    expect(() => flagValues({ maxQuestions: '-1' })).toThrow('--max-questions must be a whole number, 0 or more (got -1)');
  });

  it('take 0 (no parts, no limit) and positive whole numbers', () => {
    expect(flagValues({ printPart: '0', maxQuestions: '25' })).toMatchObject({ printPart: 0, maxQuestions: 25 });
  });
});
