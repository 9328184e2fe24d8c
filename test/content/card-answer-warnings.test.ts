import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const warnings = (text: string) =>
  parseDeck(text, { file: 'bank.md', slug: 'bank' })
    .diagnostics.filter((d) => d.code === 'no-card-answer')
    .map((d) => `${d.line}: ${d.message}`);

// A bank in our heading format that never writes `> card answer` lines warned once per question.
describe('questions with no card answer', () => {
  const plain = '# Redis\n\n## Basics\n\n### What is Redis?\n\nAn in-memory store.\n\n### How does it persist?\n\nBy snapshots or a log.\n\n### What is a key space?\n\nThe keys of one database.\n';

  it('are one warning, with the count and the first place, when the bank gives no question a card answer', () => {
    expect(warnings(plain)).toEqual([
      '5: 3 questions have no card answer (the first: "What is Redis?"); their first sentences are used — a "> card answer" line under a question chooses its card',
    ]);
  });

  it('are each said where the bank gives other questions card answers', () => {
    const some = plain.replace('An in-memory store.', '> An in-memory store.');
    expect(warnings(some)).toEqual([
      '9: question "How does it persist?" has no card answer; its first sentence is used',
      '13: question "What is a key space?" has no card answer; its first sentence is used',
    ]);
  });

  it('is said as before for a bank of one question', () => {
    expect(warnings('# Redis\n\n### What is Redis?\n\nAn in-memory store.\n')).toEqual(['3: question "What is Redis?" has no card answer; its first sentence is used']);
  });
});
