import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createCardsRenderer } from '../../src/render/render-cards.js';
import { findAll, hasClass, parseHtml, textOf } from './html-dom.js';
import type { Element } from 'hast';

// A bank that asks without answering (a list of questions) still gives a card per question: the
// question with ruled space under it (or on the back of a flash card) to write the answer in.
describe('cards of open questions', () => {
  const deck = parseDeck(
    [
      '# Networking',
      '',
      '## Basics',
      '',
      '1. **What is DNS?**',
      '   The system that maps names to addresses.',
      '2. **What is a CDN?**',
      '3. **What does TLS protect?**',
      '',
    ].join('\n'),
    { file: 'net.md', slug: 'net' },
  );
  const render = createCardsRenderer(assetDirs());
  const guidePages = new Map(deck.sections.flatMap((s) => s.questions.map((q, i) => [q.id, i + 2] as const)));
  const cardsOf = (html: string) => findAll(parseHtml(html), (el) => el.tagName === 'article' && hasClass(el, 'card'));
  const cls = (el: Element, name: string) => findAll(el, (e) => hasClass(e, name));

  it('reads two of the three questions as open', () => {
    expect(deck.sections[0].questions.map((q) => q.open === true)).toEqual([false, true, true]);
  });

  it('prints every question on a card, the open ones ruled for an answer and citing no full answer', () => {
    const cards = cardsOf(render(deck, { cardSize: 'index-3x5', guidePages }));
    expect(cards.map((c) => textOf(cls(c, 'card-question')[0]).trim())).toEqual(['What is DNS?', 'What is a CDN?', 'What does TLS protect?']);
    expect(cards.map((c) => cls(c, 'card-write').length)).toEqual([0, 1, 1]);
    expect(cards.map((c) => hasClass(c, 'card-open'))).toEqual([false, true, true]);
    expect(cards.map((c) => cls(c, 'card-ref').length)).toEqual([1, 0, 0]);
    expect(textOf(cls(cards[0], 'card-answer')[0])).toContain('maps names to addresses');
  });

  it('rules the back of a flash card and leaves its front the question alone', () => {
    const cards = cardsOf(render(deck, { cardSize: 'index-3x5', guidePages, faces: 'flash' }));
    const open = cards.filter((c) => c.properties.dataCard === '2-front' || c.properties.dataCard === '2-back');
    expect(open.map((c) => [c.properties.dataFace, cls(c, 'card-write').length, cls(c, 'card-question').length])).toEqual([
      ['front', 0, 1],
      ['back', 1, 0],
    ]);
  });
});
