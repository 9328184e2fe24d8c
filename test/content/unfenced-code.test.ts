import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// Code typed in an answer with no fence, as banks kept in a plain editor write it.
const deck = (answer: string) => `# Python\n\n## Basics\n\n### What does a generator give?\n\n> Its values one at a time.\n\n${answer}\n`;
const answerOf = (answer: string) => allQuestions(parseDeck(deck(answer), { file: 'd.md', slug: 'd' }))[0].answerHtml.replace(/\u00ad/g, '');

describe('code typed with no fence', () => {
  it('is a code block, its indents as the file has them, the lines around it text', () => {
    const html = answerOf('For example:\ndef count(n):\n    for i in range(n):\n        yield i\nEach call to next() runs to the next yield.');
    expect(html).toContain('<p>For example:</p>');
    expect(html).toContain('<pre><code>def count(n):\n    for i in range(n):\n        yield i\n</code></pre>');
    expect(html).toContain('<p>Each call to next() runs to the next yield.</p>');
  });

  it('leaves prose alone, also one line that reads as code among sentences', () => {
    const html = answerOf('A generator is a function that pauses.\nx = next(gen) takes the next value.\nIt ends when the function returns.');
    expect(html).not.toContain('<pre');
  });

  it('leaves hard-wrapped prose alone whose lines open with a keyword and end on a remark in brackets', () => {
    const html = answerOf('The client retries the request\nfor up to three attempts (with backoff)\nif the server answers 503 (or times out)\nand then gives up.');
    expect(html).not.toContain('<pre');
  });

  it('still reads a C-style condition as code', () => {
    const html = answerOf('Like this:\nif (count > limit)\n    count = limit;\nThe value is capped.');
    expect(html).toContain('<pre><code>if (count > limit)\n    count = limit;\n</code></pre>');
  });
});
