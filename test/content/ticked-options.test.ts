import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// Quiz banks tick the right option in a task list (`- [x] c) …`) and number their questions
// with a label word (`**Exercise 3: …?**`). The ticked options answer; the question prints the
// options unticked, so it does not give its answer away.
const bank = [
  '# Storage drills',
  '',
  '**Exercise 1: Which tier keeps data through a power cut?**',
  '',
  '- [ ] a) Registers',
  '- [ ] b) Cache',
  '- [x] c) Disk',
  '',
  '**Exercise 2: What is a block device?**',
  '',
  'A device read and written in fixed-size blocks, such as a disk.',
  '',
  '**Exercise 3: Which of these are volatile?**',
  '```text',
  'pick every one that loses its data',
  '```',
  '- [x] a) RAM',
  '- [ ] b) SSD',
  '- [x] c) CPU cache',
  '',
  'Both lose what they hold when the power goes.',
  '',
].join('\n');

describe('ticked options and label-numbered questions', () => {
  const questions = allQuestions(parseDeck(bank, { file: 'drills.md', slug: 'drills' }));

  it('reads every "Exercise N:" bold line as a question', () => {
    expect(questions.map((q) => q.text)).toEqual([
      'Which tier keeps data through a power cut?',
      'What is a block device?',
      'Which of these are volatile?',
    ]);
  });

  it('prints the options with the question, unticked, and answers with the ticked ones', () => {
    const [q1, , q3] = questions;
    expect(q1.promptText).toBe('a) Registers; b) Cache; c) Disk');
    expect(q1.promptHtml).toContain('class="options"');
    expect(q1.promptHtml).not.toMatch(/checkbox|checked/);
    expect(q1.cardText).toBe('c) Disk');
    expect(q3.promptText).toContain('pick every one');
    expect(q3.cardText).toBe('a) RAM; c) CPU cache');
    expect(q3.answerText).toContain('Both lose what they hold');
    expect(q3.answerHtml).not.toMatch(/checkbox/);
  });

  it('does the same in our own format, under a ### question with no card answer', () => {
    const [q] = allQuestions(
      parseDeck('# Own\n\n## Ports\n\n### Which port does HTTPS use?\n\n- [ ] A) 80\n- [x] B) 443\n- [ ] C) 22\n\nTLS-wrapped HTTP listens on 443.\n', { file: 'own.md', slug: 'own' }),
    );
    expect(q.promptText).toBe('A) 80; B) 443; C) 22');
    expect(q.cardText).toBe('B) 443');
  });

  it('leaves a task list that is not lettered options, or has nothing ticked, as it was', () => {
    const [q] = allQuestions(parseDeck('# T\n\n## S\n\n### What is left to do?\n\n- [x] write the plan\n- [ ] run it\n', { file: 't.md', slug: 't' }));
    expect(q.promptHtml).toBeUndefined();
    expect(q.answerHtml).toContain('checkbox');
  });
});

describe('a ticked lettered list further down an answer', () => {
  it('stays in the answer: prose above it is the answer, not the question', () => {
    const [q] = allQuestions(
      parseDeck('# T\n\n## S\n\n### How do you cut a release?\n\nWork down the checklist.\n\n- [x] a) tag the commit\n- [ ] b) publish the notes\n', { file: 't.md', slug: 't' }),
    );
    expect(q.promptHtml).toBeUndefined();
    expect(q.answerText).toContain('Work down the checklist.');
  });
});

describe('a bank of numbered headings with a note, a question heading, meta lines and ticked options', () => {
  const bank = [
    '# Banco: física básica',
    '',
    '## Pregunta 1 (Dificultad 2)',
    '',
    '**ID:** `FIS-001`',
    '**Type:** `single`',
    '',
    '### Enunciado',
    'Una plancha consume 5 A a 110 V. ¿Cuál es su resistencia?',
    '',
    '- [ ] A) 5 Ω',
    '- [x] B) 22 Ω <!-- feedback: R = V/I -->',
    '- [ ] C) 550 Ω',
    '',
    '### Explicación',
    'La ley de Ohm da R = V/I.',
    '',
    '## Pregunta 2 (Dificultad 1)',
    '',
    '**ID:** `FIS-002`',
    '**Type:** `single`',
    '',
    '### Enunciado',
    '¿Qué mide un amperímetro?',
    '',
    '- [x] A) Corriente',
    '- [ ] B) Tensión',
    '',
  ].join('\n');

  it('reads each question under its number, the bank’s ID/Type lines as its own, the ticked option as the card', () => {
    const questions = allQuestions(parseDeck(bank, { file: 'fis.md', slug: 'fis' }));
    expect(questions.map((q) => [q.text, q.promptText, q.cardText])).toEqual([
      ['Una plancha consume 5 A a 110 V. ¿Cuál es su resistencia?', 'A) 5 Ω; B) 22 Ω; C) 550 Ω', 'B) 22 Ω'],
      ['¿Qué mide un amperímetro?', 'A) Corriente; B) Tensión', 'A) Corriente'],
    ]);
    expect(questions[0].answerText).toContain('La ley de Ohm');
  });
});
