import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { allQuestions } from '../../src/model/deck.js';

const BOX = /<blockquote class="callout callout-example">\s*<p><strong>Example<\/strong><\/p>\s*<pre><code>defer file.Close\(\)\s*<\/code><\/pre>\s*<\/blockquote>/;
const FOLD = '<details><summary>Example</summary><pre>defer file.Close()</pre></details>';

// A `<details>` block typed on one line inside a `<details>` question's answer printed its summary
// as a bold line over the code; typed over several pieces of HTML it was a box titled with the summary.
describe('a <details> block on one line inside an answer', () => {
  for (const [name, gap] of [
    ['with blank lines around it', '\n\n'],
    ['with none', '\n'],
  ] as const) {
    it(`prints as a box titled with its summary, ${name}`, () => {
      const deck = parseDeck(
        `# Go Notes\n\n<details><summary>What does defer do?</summary>${gap}It runs a call when the function returns, the last one first.${gap}${FOLD}${gap}</details>\n\n<details><summary>What is a nil map?</summary>${gap}A map declared but never made: reads work, writes panic.${gap}</details>\n`,
        { file: 'd.md', slug: 'd' },
      );
      const [first, second] = allQuestions(deck);
      expect(first.answerHtml.replaceAll('\u00ad', '')).toMatch(BOX);
      expect(first.cardText).toBe('It runs a call when the function returns, the last one first.');
      expect(second.text).toBe('What is a nil map?');
    });
  }

  it('whose summary names the answer is still the answer', () => {
    const deck = parseDeck(
      '# Go Notes\n\n<details><summary>What does defer do?</summary>\n\n<details><summary>Answer</summary>It runs a call when the function returns.</details>\n\n</details>\n',
      { file: 'd.md', slug: 'd' },
    );
    const [first] = allQuestions(deck);
    expect(first.answerHtml).not.toContain('callout');
    expect(first.cardText).toContain('It runs a call when the function returns');
  });

  it('in an answer of ours prints as a box too', () => {
    const deck = parseDeck(`# Go\n\n## Basics\n\n### What does defer do?\n\nIt runs a call when the function returns, the last one first.\n\n${FOLD}\n`, { file: 'd.md', slug: 'd' });
    expect(allQuestions(deck)[0].answerHtml.replaceAll('\u00ad', '')).toMatch(BOX);
  });

  it('run on after the answer’s words keeps its code', () => {
    // Read as words of the paragraph, the code went without a word: only "Example" printed.
    const deck = parseDeck(`# Go\n\n## Basics\n\n### What does defer do?\n\nIt runs a call when the function returns. ${FOLD}\n`, { file: 'd.md', slug: 'd' });
    const html = allQuestions(deck)[0].answerHtml.replaceAll('\u00ad', '');
    expect(html).toMatch(/<p>It runs a call when the function returns.<\/p>/);
    expect(html).toMatch(/<pre><code>defer file.Close\(\)\s*<\/code><\/pre>/);
  });
});
