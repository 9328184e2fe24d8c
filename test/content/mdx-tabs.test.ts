import { describe, expect, it } from 'vitest';
import type { Html } from 'mdast';
import { parseMarkdown } from '../../src/content/markdown.js';

const html = (text: string): string[] =>
  parseMarkdown(text)
    .children.filter((n): n is Html => n.type === 'html')
    .map((n) => n.value.trim());

// MDX tabs: every tab printed under its name, the frame gone.
describe('MDX tabs', () => {
  it('names each tab by its label, else its value, and drops the frame', () => {
    expect(html('<Tabs>\n<TabItem value="var" label="var (old)">\n\nA\n\n</TabItem>\n<TabItem value="let">\n\nB\n\n</TabItem>\n</Tabs>\n')).toEqual([
      '<p><strong>var (old)</strong></p>',
      '<p><strong>let</strong></p>',
      '',
    ]);
  });
});
