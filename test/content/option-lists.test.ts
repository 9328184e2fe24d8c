import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

/** A question in our own format: its options under the heading, then the card, then the full answer. */
const ownFormat = (options: string, card = '> B) TCP: it carries ordered streams.') =>
  parseDeck(`# T\n\n## S\n\n### Which one is a layer 4 protocol?\n\nLevel: easy\n\n${options}\n\n${card}\n\nTCP is layer 4; HTTP and DNS sit above it.\n`, {
    file: 'd.md',
    slug: 'd',
  }).sections[0].questions[0];

describe('options in our own format', () => {
  it.each([
    ['A) …', '- A) HTTP\n- B) TCP\n- C) DNS'],
    ['a. …', '- a. HTTP\n- b. TCP'],
    ['(A) …', '* (A) HTTP\n* (B) TCP'],
    ['[A] …', '- [A] HTTP\n- [B] TCP'],
    ['1. A) …', '1. A) HTTP\n2. B) TCP'],
  ])('print with the question, marked to print without bullets (%s); the quote below is the card', (_, list) => {
    const q = ownFormat(list);
    expect(q.promptHtml).toMatch(/^<[uo]l class="options">/);
    expect(q.promptText).toContain('HTTP');
    expect(q.cardText).toBe('B) TCP: it carries ordered streams.');
    expect(q.cardGenerated).toBe(false);
    expect(q.level).toBe('easy');
    expect(q.answerText).not.toContain('A) HTTP');
  });

  it('stay the answer when no card quote follows them, and a list of notes is no options', () => {
    const noCard = ownFormat('- A) HTTP\n- B) TCP', '');
    expect(noCard.promptHtml).toBeUndefined();
    expect(noCard.answerHtml).toMatch(/^<ul class="options">/);
    const notes = ownFormat('- HTTP is layer 7\n- A. TCP is layer 4');
    expect(notes.promptHtml).toBeUndefined();
    expect(notes.answerHtml).not.toContain('class="options"');
    expect(ownFormat('- A) only one').promptHtml).toBeUndefined();
  });

  it('a listing or choices with empty boxes right over the card print with the question; the quote is still the card', () => {
    const listing = ownFormat('```js\nconsole.log(typeof []);\n```', '> "object": arrays are objects.');
    expect(listing.promptText).toBe('console.log(typeof []);');
    expect(listing.cardText).toBe('"object": arrays are objects.');
    expect(listing.cardGenerated).toBe(false);
    const boxes = ownFormat('- [ ] HTTP\n- [ ] TCP\n- [ ] DNS', '> TCP');
    expect(boxes.promptText).toContain('HTTP');
    expect(boxes.cardText).toBe('TCP');
  });

  it('cannot be marked by the deck: a class written in raw HTML is dropped', () => {
    const q = ownFormat('<ul class="options"><li>x</li><li>y</li></ul>');
    expect(`${q.promptHtml ?? ''}${q.answerHtml}${q.cardHtml}`).not.toContain('class="options"');
  });
});
