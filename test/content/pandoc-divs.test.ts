import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../src/content/markdown.js';

const read = (text: string) => parseMarkdown(text).children.map((n) => [n.type, n.type === 'html' ? n.value : toString(n)]);

// Pandoc divs with attributes (Quarto's callouts): read as the boxes they render as.
describe('Pandoc divs', () => {
  it('folds a collapsible callout under the heading it opens with', () => {
    expect(read('::: {.callout-tip collapse="true"}\n## What is a p-value?\nThe chance of data this extreme.\n:::\n')).toEqual([
      ['html', '<details>\n<summary>What is a p-value?</summary>'],
      ['paragraph', 'The chance of data this extreme.'],
      ['html', '</details>'],
    ]);
  });

  it('takes a title attribute, and prints a callout that does not fold under its title in bold', () => {
    expect(read('::: {.callout-note title="Mind the units"}\nSizes are in bytes.\n:::\n')).toEqual([
      ['paragraph', 'Mind the units'],
      ['paragraph', 'Sizes are in bytes.'],
    ]);
  });
});
