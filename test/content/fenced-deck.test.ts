import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { unwrapFencedDeck } from '../../src/content/fenced-deck.js';

// A bank pasted from a chat: a line of chat, the whole bank in one ```markdown block (whose inner
// code blocks close it early in markdown's reading), a line of chat.
const PASTED = [
  'Here are the questions you asked for:',
  '',
  '```markdown',
  '# Docker Questions',
  '',
  '## Basics',
  '',
  '### 1. What is a Dockerfile?',
  '**Answer:**',
  'A script of instructions that builds an image.',
  '',
  '```dockerfile',
  'FROM node:20',
  '```',
  '',
  '### 2. How do you run an image?',
  '**Answer:**',
  'With `docker run`, which starts a container from it.',
  '```',
  '',
  'Let me know if you need more!',
].join('\n');

describe('a bank pasted whole in a ```markdown block', () => {
  it('is read from inside the block, its inner code kept, and says what around it was left out', () => {
    const deck = parseDeck(PASTED, { file: 'pasted.md', slug: 'pasted' });
    expect(deck.title).toBe('Docker Questions');
    const [dockerfile, run] = deck.sections[0].questions;
    expect([dockerfile.text, run.text]).toEqual(['What is a Dockerfile?', 'How do you run an image?']);
    expect(dockerfile.answerHtml).toContain('FROM node:20');
    expect(run.line).toBe(16);
    expect(deck.diagnostics.map((d) => [d.line, d.code, d.message])).toEqual([
      [1, 'left-out', 'the deck is read from its ```markdown block; the text around it (lines 1, 21) is left out'],
    ]);
  });

  it('ends the block at its own closing fence, reading a second bank after it as more of the deck', () => {
    const text = ['```markdown', '# A', '', '### 1. One?', '```sh', 'ls', '```', '', '### 2. Two?', 'Two.', '```', '', '# B', '', '**Q:** Three?', '', '**A:** Three:', '```bash', 'echo 3', '```'].join('\n');
    const fenced = unwrapFencedDeck(text)!;
    expect(fenced.text.split('\n').slice(12)).toEqual(['# B', '', '**Q:** Three?', '', '**A:** Three:', '```bash', 'echo 3', '```']);
    expect(fenced.text.split('\n')[10]).toBe('');
    expect(fenced.leftOut).toEqual([]);
  });

  it('keeps an inner block opened by a bare fence inside the block', () => {
    const text = ['```markdown', '# A', '', '### 1. One?', '```', 'ls', '```', '', '### 2. Two?', 'Two.', '```', '', 'Bye!'].join('\n');
    const fenced = unwrapFencedDeck(text)!;
    expect(fenced.text.split('\n').slice(4, 7)).toEqual(['```', 'ls', '```']);
    expect(fenced.leftOut).toEqual([13]);
  });

  it('leaves out chat to the reader after the block, but keeps an answer that speaks to the reader', () => {
    const base = ['```markdown', '# A', '', '### 1. One?', 'One.', '', '### 2. Two?', 'Two.', '```', '', '# B', '', '**Q:** Three?', '', '**A:** Three.', ''];
    const chat = unwrapFencedDeck([...base, 'Work through these questions twice and you will walk into the interview calm.'].join('\n'))!;
    expect(chat.chat.map((c) => c.line)).toEqual([17]);
    expect(chat.text).not.toContain('calm');
    const answer = unwrapFencedDeck([...base, 'You can also undo it with `git revert`.'].join('\n'))!;
    expect(answer.chat).toEqual([]);
    expect(answer.text).toContain('git revert');
  });

  it('leaves a deck alone whose own headings stand outside the block, or whose block holds no deck', () => {
    expect(unwrapFencedDeck('# Deck\n\n## S\n\n### Q?\n\n> A.\n\n```markdown\n# Example\n## Of a deck\n```\n')).toBeUndefined();
    expect(unwrapFencedDeck('Intro\n\n```md\nplain text\n```\n')).toBeUndefined();
  });
});
