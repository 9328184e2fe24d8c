import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const parse = (text: string) => parseDeck(text, { file: 'bank.md', slug: 'bank' });
const questions = (text: string) => parse(text).sections.flatMap((s) => s.questions.map((q) => [q.text, q.cardText]));

// A bank of `### Question?` headings, read as ours, that slipped a question in as a bold paragraph.
const bank = `# Redis questions

## Data

### What is a sorted set?

A set whose members each carry a score, kept in score order.

**How is a sorted set stored?**

As a skip list with a hash table beside it, or a compact list while it is small.

### What does EXPIRE do?

It sets a time to live on a key. **Why not delete by hand?** The server does it for you.
`;

describe('a question slipped in as a bold paragraph', () => {
  it('is a question of its own, between two answers', () => {
    expect(questions(bank)).toEqual([
      ['What is a sorted set?', 'A set whose members each carry a score, kept in score order.'],
      ['How is a sorted set stored?', 'As a skip list with a hash table beside it, or a compact list while it is small.'],
      ['What does EXPIRE do?', 'It sets a time to live on a key.'],
    ]);
  });

  it('stays in the answer in a deck that writes card answers (ours)', () => {
    const ours = bank.replace('### What is a sorted set?\n', '### What is a sorted set?\n\n> Members with scores, in score order.\n');
    expect(questions(ours).map(([text]) => text)).toEqual(['What is a sorted set?', 'What does EXPIRE do?']);
  });

  it('stays in the answer when nothing follows it before the next question', () => {
    const last = bank.replace('\nAs a skip list with a hash table beside it, or a compact list while it is small.\n', '');
    expect(questions(last).map(([text]) => text)).toEqual(['What is a sorted set?', 'What does EXPIRE do?']);
  });
});
