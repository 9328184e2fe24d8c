import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const parse = (text: string) => parseDeck(text, { file: 'bank.md', slug: 'bank' });
const questions = (text: string) => parse(text).sections.flatMap((s) => s.questions.map((q) => ({ text: q.text, level: q.level, answer: q.answerText })));

const ours = `# Web questions

## Basics

### 🔥 What is the event loop?

> It runs queued callbacks once the call stack is empty.

### ✅✅ What is hoisting?

> Declarations are moved to the top of their scope. ✅

### 👉🏽 什么是闭包？

> A function with the variables it captured.

### ✅ vs ❌: which marks a passing test?

> The tick.

### What does 🍕 mean in a commit?

> Nothing official.

### How does the GIL work? 🔥 👀

> One thread runs bytecode at a time.

### Is 🍕 a pictograph?

> Yes.
`;

describe('decorative pictographs opening or closing a question', () => {
  it('are left out of the question, in a deck of ours, its answer and mid-sentence ones kept', () => {
    expect(questions(ours)).toEqual([
      { text: 'What is the event loop?', level: 'medium', answer: expect.any(String) },
      { text: 'What is hoisting?', level: 'medium', answer: expect.stringContaining('scope. ✅') },
      { text: '什么是闭包？', level: 'medium', answer: expect.any(String) },
      // A pictograph the sentence goes on from is part of it.
      { text: '✅ vs ❌: which marks a passing test?', level: 'medium', answer: expect.any(String) },
      { text: 'What does 🍕 mean in a commit?', level: 'medium', answer: expect.any(String) },
      // After the closing mark the sentence is over: what follows is decoration too.
      { text: 'How does the GIL work?', level: 'medium', answer: expect.any(String) },
      { text: 'Is 🍕 a pictograph?', level: 'medium', answer: expect.any(String) },
    ]);
  });

  it('are left out of a foreign bank’s questions too', () => {
    const bank = `# Web questions\n\n1. 🔥 What is the event loop?\n   It runs queued callbacks.\n2. 💡 What is hoisting?\n   Moving declarations up. 🚀\n3. 🔴 What is a microtask?\n   A job run before the next task.\n`;
    // A level mark is the question's level, not decoration.
    expect(questions(bank).map((q) => [q.text, q.level])).toEqual([
      ['What is the event loop?', 'medium'],
      ['What is hoisting?', 'medium'],
      ['What is a microtask?', 'hard'],
    ]);
    expect(questions(bank)[1].answer).toContain('🚀');
  });
});
