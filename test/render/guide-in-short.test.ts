import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { findAll, parseHtml } from './html-dom.js';
import { toText } from 'hast-util-to-text';
import { untypeset } from '../untypeset.js';

// A card derived from the answer is the answer's own first sentence: the guide prints it once.
describe('guide "In short" box', () => {
  const deck = parseDeck(
    [
      '# Deck',
      '',
      '## Section',
      '',
      '### Given card?',
      '',
      '> Written by the author.',
      '',
      'The full answer says more.',
      '',
      '### Derived card?',
      '',
      'The first sentence is the card. The rest follows.',
      '',
    ].join('\n'),
    { file: 'deck.md', slug: 'deck' },
  );
  const html = createGuideRenderer(assetDirs())(deck, { paper: 'a4' });
  const articles = findAll(parseHtml(html), (el) => el.tagName === 'article');

  it('shows the card answer the deck wrote', () => {
    const box = findAll(articles[0], (el) => el.tagName === 'aside');
    expect(box.map((el) => toText(el).replace(/\s+/g, ' ').trim())).toEqual(['In short: Written by the author.']);
  });

  it('leaves out a derived card, whose sentence the answer prints once', () => {
    expect(findAll(articles[1], (el) => el.tagName === 'aside')).toEqual([]);
    const text = untypeset(toText(articles[1]));
    expect(text.split('The first sentence is the card.').length - 1).toBe(1);
  });
});
