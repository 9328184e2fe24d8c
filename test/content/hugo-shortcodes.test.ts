import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../src/content/markdown.js';

// Hugo shortcodes around markdown: read as the boxes they render as, not printed with their braces.
describe('Hugo shortcodes', () => {
  it('reads {{< details "…" >}} as a details block with its title as the summary', () => {
    const tree = parseMarkdown('{{< details "What does rebase do?" >}}\nIt replays commits.\n{{< /details >}}\n');
    expect(tree.children.map((n) => n.type)).toEqual(['html', 'paragraph', 'html']);
    expect((tree.children[0] as { value: string }).value).toContain('<summary>What does rebase do?</summary>');
    expect(toString(tree.children[1])).toBe('It replays commits.');
    expect(tree.children[1].position?.start.line).toBe(2);
  });

  it('reads a named title and the % form, and a styled box inside the answer as a box of its style', () => {
    const tree = parseMarkdown('{{% expand title="What is reflog?" %}}\nA log of HEAD.\n\n{{< hint warning >}}\nIt expires.\n{{< /hint >}}\n{{% /expand %}}\n');
    expect(tree.children.map((n) => n.type)).toEqual(['html', 'paragraph', 'blockquote', 'html']);
    expect((tree.children[0] as { value: string }).value).toContain('<summary>What is reflog?</summary>');
    expect(tree.children.slice(1, 3).map((n) => toString(n))).toEqual(['A log of HEAD.', 'WarningIt expires.']);
    expect(tree.children[2].data).toMatchObject({ callout: true, kind: 'warning' });
  });

  it('leaves a shortcode with no closing tag as it is', () => {
    const tree = parseMarkdown('{{< details "Open" >}}\nNo end.\n');
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph']);
  });
});
