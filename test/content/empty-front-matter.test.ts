import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// `---⏎---` (a template's front matter with its keys deleted) failed as "front matter is not
// closed — end it with a line of three dashes", over a file whose second line is one.
describe('empty front matter', () => {
  it('is no front matter to read, and the deck under it is read whole', () => {
    for (const open of ['---\n---\n', '---  \n---\n']) {
      const deck = parseDeck(`${open}\n# Shell\n\n## Basics\n\n### What does pwd print?\n\n> The current folder.\n`, { file: 'd.md', slug: 'd' });
      expect(deck.title).toBe('Shell');
      expect(allQuestions(deck).map((q) => [q.text, q.line])).toEqual([['What does pwd print?', 8]]);
    }
  });
});
