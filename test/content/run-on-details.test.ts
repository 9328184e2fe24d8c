import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// A `<details>` typed on after an answer's words, on the same line (`… returns. <details><summary>Example</summary>…`),
// printed its summary as a bold "Example" run into the paragraph; on a line of its own it was a box titled "Example".
const answer = (body: string): string => {
  const deck = parseDeck(`# Go\n\n## Basics\n\n### What does defer do?\n\n${body}\n\n### What is a nil map?\n\nA map declared but never made.\n`, { file: 'd.md', slug: 'd' });
  return allQuestions(deck)[0].answerHtml.replaceAll('\u00ad', '');
};

describe('a <details> run on after the words of a paragraph', () => {
  it('on the same line, closed there, is a box after the words', () => {
    const html = answer('It runs a call when the function returns. <details><summary>Example</summary>The file closes last.</details>');
    expect(html).toMatch(/^<p>It runs a call when the function returns\.<\/p>\s*<blockquote class="callout callout-example">\s*<p><strong>Example<\/strong><\/p>\s*<p>The file closes last\.<\/p>\s*<\/blockquote>$/);
  });

  it('closed lines below, over code, is a box holding the code', () => {
    const html = answer('It runs a call when the function returns. <details><summary>Example</summary>\n\n```go\ndefer f.Close()\n```\n\n</details>');
    expect(html).toMatch(/^<p>It runs a call when the function returns\.<\/p>\s*<blockquote class="callout callout-example">\s*<p><strong>Example<\/strong><\/p>\s*<pre><code[^>]*>[\s\S]*defer[\s\S]*<\/code><\/pre>\s*<\/blockquote>$/);
  });

  it('naming the answer is not boxed', () => {
    const html = answer('It runs a call when the function returns. <details><summary>Answer</summary>Last first.</details>');
    expect(html).not.toContain('callout');
    expect(html).toContain('Last first.');
  });

  it('in the answer of a <details> question is a box too', () => {
    const deck = parseDeck(
      '# Go\n\n<details><summary>What does defer do?</summary>\n\nIt runs a call when the function returns. <details><summary>Example</summary>The file closes last.</details>\n\n</details>\n\n<details><summary>What is a nil map?</summary>\n\nA map declared but never made.\n\n</details>\n',
      { file: 'd.md', slug: 'd' },
    );
    const html = allQuestions(deck)[0].answerHtml.replaceAll('\u00ad', '');
    expect(html).toMatch(/^<p>It runs a call when the function returns\.\s*<\/p>\s*<blockquote class="callout callout-example">\s*<p><strong>Example<\/strong><\/p>\s*<p>The file closes last\.<\/p>\s*<\/blockquote>$/);
  });
});
