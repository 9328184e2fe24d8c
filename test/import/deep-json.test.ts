import { describe, expect, it } from 'vitest';
import { jsonToDeck } from '../../src/import/read-json.js';
import { StudyguideError } from '../../src/errors.js';

// JSON nested far deeper than any bank (a fuzzer's, or a broken export): one line naming the file, no stack overflow.
describe('a JSON bank nested too deep', () => {
  it('is an error at the file, saying what a bank looks like', () => {
    const deep = `[{"question": "Q?", "answer": ${'['.repeat(100_000)}${']'.repeat(100_000)}}]`;
    let caught: unknown;
    try {
      jsonToDeck(deep, 'bank.json');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(StudyguideError);
    expect((caught as StudyguideError).format()).toBe(
      'bank.json:1: not a bank: its JSON is nested too deep to read — write the bank as a list of records: [{"question": "…", "answer": "…"}]',
    );
  });
});
