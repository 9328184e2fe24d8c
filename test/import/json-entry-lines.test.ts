import { describe, expect, it } from 'vitest';
import { jsonEntryLines } from '../../src/import/json-entry-lines.js';

describe("the lines of a JSON bank's entries", () => {
  it('a list that is the whole file: each entry at the line it opens on', () => {
    const text = JSON.stringify([{ question: 'What is a ] bracket?', answer: 'A "}" too.' }, 'What is a stack?', { question: 'Why?' }], null, 2);
    expect(jsonEntryLines(text).get('')).toEqual([2, 6, 7]);
  });

  it('lists under keys: each under its key, the last of two same keys kept, other values passed over', () => {
    const text = [
      '{',
      '  "title": "Nets",',
      '  "meta": { "tags": [1, 2] },',
      '  "Basics": [',
      '    { "q": "What is DNS?" },',
      '    { "q": "What is ARP?" }',
      '  ],',
      '  "Basics": [',
      '    "What is NAT?"',
      '  ],',
      '  "Hard": [{ "q": "What is BGP?" }]',
      '}',
    ].join('\n');
    const lines = jsonEntryLines(text);
    expect(lines.get('Basics')).toEqual([9]);
    expect(lines.get('Hard')).toEqual([11]);
    expect(lines.has('meta')).toBe(false);
  });

  it('a file on one line: every entry at line 1', () => {
    expect(jsonEntryLines('[{"question":"A?"},{"question":"B?"}]').get('')).toEqual([1, 1]);
  });
});
