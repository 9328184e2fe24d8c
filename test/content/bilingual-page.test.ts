import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A notes app's bilingual page (one question a file): the question asked in two languages, each under
// its own label heading, then the answer in each, under theirs. Its answers number their points in bold.
const PAGE = [
  '---',
  'id: kotlin-022',
  'title: "Ranges in Kotlin / Диапазоны в Kotlin"',
  'tags: [kotlin, ranges]',
  '---',
  '# Вопрос (RU)',
  '> Что такое диапазоны в Kotlin и как их использовать?',
  '',
  '---',
  '',
  '# Question (EN)',
  '> What are ranges in Kotlin and how do you use them?',
  '',
  '## Ответ (RU)',
  '',
  'Диапазон — это набор значений между двумя концами. Шаг по умолчанию 1.',
  '',
  '### Состояния',
  '',
  '**1. Started:**',
  '- Диапазон готов к итерации.',
  '',
  '**2. Suspended:**',
  '- Диапазон остановлен.',
  '',
  '---',
  '',
  '## Answer (EN)',
  '',
  'A range is the values between two ends. The step defaults to 1.',
  '',
  '### States',
  '',
  '**1. Started:**',
  '- The range is ready for iteration.',
  '',
  '**2. Suspended:**',
  '- The range is stopped.',
  '',
  '## Follow-ups',
  '',
  '- How do ranges differ from Java?',
  '',
].join('\n');

describe('a bilingual page of one question', () => {
  const read = () => parseDeck(PAGE, { file: 'q-kotlin-ranges.md', slug: 'q-kotlin-ranges' });

  it('is one question asked in its first language, the other language printed with it', () => {
    const questions = allQuestions(read());
    expect(questions.map((q) => q.text)).toEqual(['Что такое диапазоны в Kotlin и как их использовать?']);
    const [ranges] = questions;
    expect(ranges.promptText).toBe('What are ranges in Kotlin and how do you use them?');
    expect(ranges.cardText).toMatch(/^Диапазон — это набор значений/);
  });

  it('keeps both answers, the second under its own label, and the bold numbered points in them', () => {
    const [ranges] = allQuestions(read());
    expect(ranges.answerText).toMatch(/Диапазон — это набор/);
    expect(ranges.answerText).toMatch(/Answer \(EN\)[\s\S]*A range is the values/);
    expect(ranges.answerText).toMatch(/1\. Started:\s+Диапазон готов[\s\S]*1\. Started:\s+The range is ready/);
    expect(ranges.answerText).toMatch(/Follow-ups/);
  });

  it('is titled by its front matter', () => {
    expect(read().title).toBe('Ranges in Kotlin / Диапазоны в Kotlin');
  });
});

describe('a bilingual file of several questions', () => {
  it('reads each question asked in two languages as one', () => {
    const text = [
      '# Question (EN)',
      '> What is a coroutine?',
      '',
      '# Вопрос (RU)',
      '> Что такое корутина?',
      '',
      '---',
      '',
      '## Answer (EN)',
      'A function that can suspend.',
      '',
      '**1. Suspending:**',
      '- It gives its thread back.',
      '',
      '**2. Resuming:**',
      '- It continues where it stopped.',
      '',
      '## Ответ (RU)',
      'Функция, которая может приостанавливаться.',
      '',
      '**1. Приостановка:**',
      '- Она отдаёт поток.',
      '',
      '# Question (EN)',
      '> What is a flow?',
      '',
      '# Вопрос (RU)',
      '> Что такое поток?',
      '',
      '---',
      '',
      '## Answer (EN)',
      'A cold stream of values.',
      '',
      '## Ответ (RU)',
      'Холодный поток значений.',
      '',
    ].join('\n');
    const questions = allQuestions(parseDeck(text, { file: 'coroutines.md', slug: 'coroutines' }));
    expect(questions.map((q) => [q.text, q.promptText, q.cardText])).toEqual([
      ['What is a coroutine?', 'Что такое корутина?', 'A function that can suspend.'],
      ['What is a flow?', 'Что такое поток?', 'A cold stream of values.'],
    ]);
  });
});

describe('a bilingual page whose labels in the other language are written in Latin letters', () => {
  it('reads them as labels too: one question, its card the first answer', () => {
    const text = [
      '# Vopros (RU)',
      '',
      'Chto takoe zamykanie?',
      '',
      '# Question (EN)',
      '',
      'What is a closure?',
      '',
      '## Otvet (RU)',
      '',
      'Funkciya vmeste s okruzheniem, v kotorom ona sozdana.',
      '',
      '## Answer (EN)',
      '',
      'A function together with the scope it was made in.',
      '',
    ].join('\n');
    const questions = allQuestions(parseDeck(text, { file: 'closures.md', slug: 'closures' }));
    expect(questions.map((q) => [q.text, q.promptText, q.cardText])).toEqual([
      ['Chto takoe zamykanie?', 'What is a closure?', 'Funkciya vmeste s okruzheniem, v kotorom ona sozdana.'],
    ]);
    expect(questions[0].answerText).toMatch(/Answer \(EN\)[\s\S]*A function together with the scope/);
  });
});
