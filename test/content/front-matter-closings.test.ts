import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

const deck = (text: string) => parseDeck(text, { file: 'd.md', slug: 'd' });

describe('front matter closed with YAML’s document end (`...`)', () => {
  // Our check read the block, markdown did not: the deck failed as "deck has no title".
  it('is read as front matter, every line keeping its number', () => {
    const read = deck('---\ntitle: Queues\ntags: [messaging]\n...\n\n## Basics\n\n### What does a queue keep?\n\n> Messages, in order.\n');
    expect(read.title).toBe('Queues');
    expect(allQuestions(read).map((q) => [q.text, q.line])).toEqual([['What does a queue keep?', 8]]);
  });

  it('is closed at its first closing line, `---` or `...`', () => {
    const read = deck('---\ntitle: Locks\n---\n\n## Basics\n\n### What is a mutex?\n\nSome text.\n...\n');
    expect(read.title).toBe('Locks');
    expect(allQuestions(read)[0].answerHtml).toContain('…');
  });
});

describe('front matter holding only comments', () => {
  // Read as a rule over a `# comment` heading, it failed as a second `#` title at line 2.
  it('is empty front matter over a deck with its own title', () => {
    const read = deck('---\n# keys go here later\n---\n\n# Queues\n\n## Basics\n\n### What does a queue keep?\n\n> Messages, in order.\n');
    expect(read.title).toBe('Queues');
    expect(allQuestions(read).map((q) => [q.text, q.line])).toEqual([['What does a queue keep?', 9]]);
  });
});
