import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/content/markdown.js';

/** Each top-level block's type and first line, with a list's first number. */
const blocks = (text: string): string[] =>
  parseMarkdown(text).children.map((n) => `${n.type}${n.type === 'list' && n.ordered ? `:${n.start}` : ''}@${n.position?.start.line}`);

// A numbered question typed on the line right under the answer above it starts the next item.
describe('restoreNumberedRunOns', () => {
  it('starts the next item where the number goes on from the list above', () => {
    expect(blocks('1. Why?\n\nBecause.\n\n2. How?\n\n```\nrun()\n```\nLike so.\n3. When?\n\nNow.\n')).toEqual(['list:1@1', 'paragraph@3', 'list:2@5', 'code@7', 'paragraph@10', 'list:3@11', 'paragraph@13']);
  });

  it('leaves a number that does not go on from the list above, or uses the other delimiter, in its paragraph', () => {
    expect(blocks('1. Why?\n\nBecause.\n5. not next\n')).toEqual(['list:1@1', 'paragraph@3']);
    expect(blocks('1. Why?\n\nBecause.\n2) not the same list\n')).toEqual(['list:1@1', 'paragraph@3']);
  });

  it('leaves a paragraph under a heading that parts it from the list', () => {
    expect(blocks('1. Why?\n\n## Next\n\nBecause.\n2. steps\n')).toEqual(['list:1@1', 'heading@3', 'paragraph@5']);
  });
});
