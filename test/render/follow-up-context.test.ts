import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { createCardsRenderer } from '../../src/render/render-cards.js';
import { createQuizRenderer } from '../../src/render/render-quiz.js';
import { cardsCsv } from '../../src/outputs/csv-output.js';
import { flashcardNotes } from '../../src/outputs/flashcard-notes.js';
import { quizletText } from '../../src/outputs/quizlet-output.js';
import { findAll, hasClass, parseHtml, textOf } from './html-dom.js';
import { untypeset } from '../untypeset.js';

// A follow-up numbered under its question (`2. What is a lock?` over `    1. And a deadlock?`)
// says too little alone: its card and its place in the guide name the question it follows up.
describe('a follow-up printed with the question it follows up', () => {
  const deck = parseDeck(
    [
      '# Concurrency',
      '',
      '1. What is a mutex?',
      '2. Explain how a deadlock happens.',
      '    1. How would you detect one?',
      '    2. 어떻게 피할 수 있나요?',
      '3. What is a semaphore?',
      '',
    ].join('\n'),
    { file: 'locks.md', slug: 'locks' },
  );
  const dirs = assetDirs();
  const text = (html: string, cls: string) =>
    findAll(parseHtml(html), (el) => hasClass(el, cls)).map((el) => untypeset(textOf(el)).replace(/\s+/g, ' ').trim());

  it('carries that question in the model', () => {
    const questions = deck.sections.flatMap((s) => s.questions);
    expect(questions.map((q) => [q.number, q.followsUp?.number])).toEqual([
      [1, undefined],
      [2, undefined],
      [3, 2],
      [4, 2],
      [5, undefined],
    ]);
    expect(questions[3].followsUp?.text).toBe('Explain how a deadlock happens.');
  });

  it('names it over the follow-up on its card, front and cheat card alike', () => {
    expect(text(createCardsRenderer(dirs)(deck, { cardSize: 'index-3x5' }), 'card-follows')).toEqual([
      'Q2 Explain how a deadlock happens.',
      'Q2 Explain how a deadlock happens.',
    ]);
    const flash = parseHtml(createCardsRenderer(dirs)(deck, { cardSize: 'index-3x5', faces: 'flash' }));
    const on = (face: string) => findAll(flash, (el) => hasClass(el, face)).flatMap((el) => findAll(el, (e) => hasClass(e, 'card-follows'))).length;
    expect([on('card-front'), on('card-back')]).toEqual([2, 0]);
  });

  it('sets the follow-up under it in the guide, named over it', () => {
    const html = createGuideRenderer(dirs)(deck, { paper: 'a4' });
    expect(text(html, 'question-follows')).toEqual(['Q2 Explain how a deadlock happens.', 'Q2 Explain how a deadlock happens.']);
    const followUps = findAll(parseHtml(html), (el) => el.tagName === 'article' && hasClass(el, 'question-follow-up'));
    expect(followUps).toHaveLength(2);
  });

  it('names it over the follow-up in the quiz', () => {
    expect(text(createQuizRenderer(dirs)(deck, { paper: 'a4' }), 'quiz-follows')).toEqual([
      '2. Explain how a deadlock happens.',
      '2. Explain how a deadlock happens.',
    ]);
  });

  it('names it on the front of the exports too', () => {
    expect(flashcardNotes(deck)[2].fields[0]).toBe('<div class="follows-up">Q2 Explain how a deadlock happens.</div>How would you detect one?');
    expect(cardsCsv(deck).split('\r\n')[3]).toMatch(/^"Q2 Explain how a deadlock happens\.\nHow would you detect one\?",/);
    expect(quizletText(deck).split('\n')[2]).toMatch(/^Q2 Explain how a deadlock happens\. \/ How would you detect one\?\t/);
  });
});
