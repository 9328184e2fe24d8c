import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../src/content/markdown.js';

// MyST directives (Jupyter Book, Sphinx), fenced with colons or backticks: read as the boxes they render as.
describe('MyST directives', () => {
  it('reads a colon-fenced {dropdown} as a details block, its options left out', () => {
    const tree = parseMarkdown(':::{dropdown} What is a p-value?\n:open:\nThe chance of data this extreme.\n:::\n');
    expect(tree.children.map((n) => n.type)).toEqual(['html', 'paragraph', 'html']);
    expect((tree.children[0] as { value: string }).value).toContain('<summary>What is a p-value?</summary>');
    expect(toString(tree.children[1])).toBe('The chance of data this extreme.');
    expect(tree.children[1].position?.start.line).toBe(3);
  });

  it('reads a backtick-fenced admonition of the dropdown class as a details block', () => {
    const tree = parseMarkdown('```{admonition} What is the CLT?\n:class: dropdown\nSample means are near normal.\n```\n');
    expect(tree.children.map((n) => n.type)).toEqual(['html', 'paragraph', 'html']);
    expect((tree.children[0] as { value: string }).value).toContain('<summary>What is the CLT?</summary>');
    expect(toString(tree.children[1])).toBe('Sample means are near normal.');
  });

  it('prints a {note} title in bold over its content, and a {code-block} as code in its language', () => {
    const tree = parseMarkdown('```{note} Mind the units\nAll sizes are in bytes.\n```\n\n```{code-block} python\n:linenos:\nprint(1)\n```\n');
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'code']);
    expect(toString(tree.children[0])).toBe('Mind the units');
    expect(tree.children[2]).toMatchObject({ lang: 'python', value: 'print(1)' });
  });
});
