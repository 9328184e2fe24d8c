import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { createCardsRenderer } from '../../src/render/render-cards.js';
import { createQuizRenderer } from '../../src/render/render-quiz.js';
import { createCheatsheetRenderer } from '../../src/render/render-cheatsheet.js';
import { cardsCsv } from '../../src/outputs/csv-output.js';
import { flashcardNotes } from '../../src/outputs/flashcard-notes.js';
import { quizletText } from '../../src/outputs/quizlet-output.js';
import { findAll, hasClass, parseHtml, textOf } from './html-dom.js';
import { untypeset } from '../untypeset.js';

// A multiple-choice question's options stand between it and its answer label: every output
// prints them with the question, so "Answer: C" has the options it names next to it.
describe('a question with its options printed with it', () => {
  const deck = parseDeck(
    [
      '# Chemistry',
      '',
      '## 1. Which gas makes up most of the air?',
      '',
      '- A. Oxygen',
      '- B. Argon',
      '- C. Nitrogen',
      '',
      '**Answer:** C',
      '',
      'About 78% of dry air is nitrogen.',
      '',
      '## 2. What is the pH of pure water at 25 °C?',
      '',
      'Seven: neither acid nor base.',
      '',
    ].join('\n'),
    { file: 'chem.md', slug: 'chem' },
  );
  const dirs = assetDirs();
  const text = (html: string, cls: string) =>
    findAll(parseHtml(html), (el) => hasClass(el, cls)).map((el) => untypeset(textOf(el)).replace(/\s+/g, ' ').trim());

  it('reads the options as the question’s, not as the start of its answer', () => {
    const [q1, q2] = deck.sections.flatMap((s) => s.questions);
    expect(q1.promptText).toBe('A. Oxygen; B. Argon; C. Nitrogen');
    // The letter alone says nothing on a card: the option it names, and the explanation.
    expect(q1.cardText).toBe('C. Nitrogen\nAbout 78% of dry air is nitrogen.');
    expect(untypeset(q1.answerHtml)).not.toContain('Oxygen');
    expect(q2.promptHtml).toBeUndefined();
  });

  it('prints them under the question in the guide, above the answer', () => {
    const html = createGuideRenderer(dirs)(deck, { paper: 'a4' });
    expect(text(html, 'question-prompt')).toEqual(['A. Oxygen B. Argon C. Nitrogen']);
    const article = findAll(parseHtml(html), (el) => el.tagName === 'article')[0];
    const order = findAll(article, (el) => hasClass(el, 'question-prompt') || hasClass(el, 'answer')).map((el) =>
      hasClass(el, 'answer') ? 'answer' : 'prompt',
    );
    expect(order).toEqual(['prompt', 'answer']);
  });

  it('prints them on the card front, and a flash card’s back leaves them out', () => {
    expect(text(createCardsRenderer(dirs)(deck, { cardSize: 'index-3x5' }), 'card-prompt')).toEqual(['A. Oxygen B. Argon C. Nitrogen']);
    const flash = parseHtml(createCardsRenderer(dirs)(deck, { cardSize: 'index-3x5', faces: 'flash' }));
    const fronts = findAll(flash, (el) => hasClass(el, 'card-front'));
    const backs = findAll(flash, (el) => hasClass(el, 'card-back'));
    expect(fronts.flatMap((el) => findAll(el, (e) => hasClass(e, 'card-prompt'))).length).toBe(1);
    expect(backs.flatMap((el) => findAll(el, (e) => hasClass(e, 'card-prompt'))).length).toBe(0);
  });

  it('prints them with the question in the quiz and the cheat sheet', () => {
    expect(text(createQuizRenderer(dirs)(deck, { paper: 'a4' }), 'quiz-prompt')).toEqual(['A. Oxygen B. Argon C. Nitrogen']);
    expect(text(createCheatsheetRenderer(dirs)(deck, { paper: 'a4' }), 'entry-prompt')).toEqual(['A. Oxygen B. Argon C. Nitrogen']);
  });

  it('puts them on the front of the exports', () => {
    expect(cardsCsv(deck).split('\r\n')[1]).toBe(
      '"Which gas makes up most of the air?\nA. Oxygen; B. Argon; C. Nitrogen","C. Nitrogen\nAbout 78% of dry air is nitrogen.",medium,',
    );
    expect(flashcardNotes(deck)[0].fields[0]).toContain('C. Nitrogen');
    expect(quizletText(deck).split('\n')[0]).toBe(
      'Which gas makes up most of the air? / A. Oxygen / B. Argon / C. Nitrogen\tC. Nitrogen / About 78% of dry air is nitrogen.',
    );
  });
});
