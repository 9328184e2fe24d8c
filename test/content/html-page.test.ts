import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { unindentedHtmlPage } from '../../src/content/html-page.js';

// A bank saved as a whole web page, its markup indented (fixture details-html-page): markdown read the
// indented lines after a blank line as code, and the deck had no questions.
const page = [
  '<!DOCTYPE html>',
  '<html lang="en">',
  '<body>',
  '    <h1>SQL Questions</h1>',
  '',
  '    <details>',
  '        <summary>What is a primary key?</summary>',
  '        <p>A column whose value identifies one row.</p>',
  '    </details>',
  '',
  '    <details>',
  '        <summary>What does a LEFT JOIN return?</summary>',
  '        <pre><code>SELECT a.id',
  '  FROM a LEFT JOIN b ON b.a_id = a.id;</code></pre>',
  '    </details>',
  '</body>',
  '</html>',
  '',
].join('\n');

describe('a bank saved as a whole HTML page', () => {
  it('reads its questions, the indents being the markup’s', () => {
    const deck = parseDeck(page, { file: 'p.md', slug: 'p' });
    expect(allQuestions(deck).map((q) => [q.text, q.line])).toEqual([
      ['What is a primary key?', 6],
      ['What does a LEFT JOIN return?', 11],
    ]);
  });

  it('keeps the indent inside <pre>, and leaves any other text alone', () => {
    expect(unindentedHtmlPage(page).split('\n')[13]).toBe('  FROM a LEFT JOIN b ON b.a_id = a.id;</code></pre>');
    const markdown = '# Deck\n\n    indented code\n';
    expect(unindentedHtmlPage(markdown)).toBe(markdown);
  });
});
