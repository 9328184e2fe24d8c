import { describe, expect, it } from 'vitest';
import type { Html } from 'mdast';
import { parseMarkdown } from '../../src/content/markdown.js';

const html = (text: string): string[] =>
  parseMarkdown(text)
    .children.filter((n): n is Html => n.type === 'html')
    .map((n) => n.value.trim());

// MDX accordions (Mintlify, Fumadocs): written as the details blocks they render as.
describe('MDX accordions', () => {
  it('writes an <Accordion title> as <details> with its title as the summary, and drops the group', () => {
    expect(html('<AccordionGroup>\n  <Accordion title="What is X?" icon="bolt">\n    It is Y.\n  </Accordion>\n</AccordionGroup>\n')).toEqual([
      '<details><summary>What is X?</summary>\n    It is Y.\n  </details>',
    ]);
  });

  it('closes the details block where the closing tag stands in a node of its own', () => {
    expect(html("<Accordion title='What is W?'>\n\nIt is **V**.\n\n</Accordion>\n")).toEqual(['<details><summary>What is W?</summary>', '</details>']);
  });

  it('leaves a component with no title as it is, its closing tag too', () => {
    expect(html('<Accordion>\n\nNo title.\n\n</Accordion>\n')).toEqual(['<Accordion>', '</Accordion>']);
  });
});
