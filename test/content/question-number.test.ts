import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { questionNumber } from '../../src/content/layouts/question-number.js';

describe('question numbers', () => {
  it('reads a number within a chapter after a label (Q1.2:), a label word before it (Exercise 4:), and the plain forms', () => {
    expect(questionNumber('Q1.2: Ordering')).toBe(2);
    expect(questionNumber('Exercise 4: What is a program?')).toBe(4);
    expect(questionNumber('Q12: x')).toBe(12);
    expect(questionNumber('Q1.What is DNS?')).toBe(1);
    expect(questionNumber('Quarterly plans')).toBeUndefined();
  });

  it('takes a "Q1.2:" number off a question heading whole, not leaving "2: …" behind', () => {
    const deck = parseDeck('# Quiz\n\n## Queues\n\n### Q1.1: Partitions\n\nA group has more consumers than partitions.\n\n### Q1.2: Ordering\n\nOrder holds per key.\n', {
      file: 'q.md',
      slug: 'q',
    });
    expect(allQuestions(deck).map((q) => q.text)).toEqual(['Partitions', 'Ordering']);
  });

  it('reads the word "question" before a number in the languages banks are written in, and warns nothing', () => {
    const banks: [string, string, string][] = [
      ['Domanda', 'Risposta', 'Che cos’è un container?'],
      ['Pytanie', 'Odpowiedź', 'Czym jest kontener?'],
      ['Vraag', 'Antwoord', 'Wat is een container?'],
      ['Soru', 'Cevap', 'Konteyner nedir?'],
      ['Pertanyaan', 'Jawaban', 'Apa itu kontainer?'],
      ['質問', '回答', 'コンテナとは何ですか？'],
      ['Fråga', 'Svar', 'Vad är en container?'],
    ];
    for (const [question, answer, text] of banks) {
      const body = [1, 2]
        .map((n) => `### ${question} ${n}: ${text}\n\n**${answer}:** An image run as a process with its own view of the system.\n`)
        .join('\n');
      const deck = parseDeck(`# Bank\n\n${body}`, { file: 'b.md', slug: 'b' });
      expect(deck.reading?.layout, question).toBe('numbered-headings');
      expect(allQuestions(deck).map((q) => q.text)).toEqual([text, text]);
      // (The language is told from so little text by nothing: that warning is not this test's.)
      expect(deck.diagnostics.map((d) => d.code).filter((c) => c !== 'lang-untold')).toEqual([]);
    }
  });
});

