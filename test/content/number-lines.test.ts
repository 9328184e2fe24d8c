import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const parse = (text: string) => parseDeck(text, { file: 'bank.md', slug: 'bank' });

// A bank that numbers each question on a line of its own (`✅ **Q1**`) over a heading naming the
// topic, written with no space after its hashes, the whole in one paragraph with the answer's first line.
const bank = `#Вопросы по Python
____
✅ __Q1__
###Итераторы
*Итератор* — объект с методом \`__next__\`, который отдаёт элементы по одному.
___
✅ Q2
###Контекстные менеджеры
Объект с методами \`__enter__\` и \`__exit__\` для оператора \`with\`.
___
✅ __Q3__
###Срезы
Срез \`a[1:3]\` даёт новый список из элементов 1 и 2.
`;

describe('a question number on its own line over a topic heading', () => {
  const deck = parse(bank);
  const questions = deck.sections.flatMap((s) => s.questions);

  it('reads each heading written without its space as a question, its lines under it the answer', () => {
    expect(deck.title).toBe('Вопросы по Python');
    expect(questions.map((q) => [q.text, q.cardText])).toEqual([
      ['Итераторы', 'Итератор — объект с методом __next__, который отдаёт элементы по одному.'],
      ['Контекстные менеджеры', 'Объект с методами __enter__ и __exit__ для оператора with.'],
      ['Срезы', 'Срез a[1:3] даёт новый список из элементов 1 и 2.'],
    ]);
  });

  it('prints the number lines neither as the intro nor at the end of the answer above', () => {
    expect(deck.introHtml).toBe('');
    for (const q of questions) expect(q.answerHtml).not.toMatch(/Q\d/);
  });

  it('keeps a lone number line that stands over no heading', () => {
    const once = parse(`# Bank\n\n## Basics\n\n### What is a list?\n\nAn ordered sequence.\n\nQ7\n\n### What is a tuple?\n\nAn ordered sequence that cannot change.\n`);
    expect(once.sections[0].questions[0].answerHtml).toContain('Q7');
  });
});
