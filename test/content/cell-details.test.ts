import { describe, expect, it } from 'vitest';
import type { PhrasingContent } from 'mdast';
import { unfoldedCell } from '../../src/content/layouts/cell-details.js';

const html = (value: string): PhrasingContent => ({ type: 'html', value });
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const folded = (summary: string, answer: string): PhrasingContent[] => [html('<details>'), html('<summary>'), text(summary), html('</summary>'), text(answer), html('</details>'), text(' ')];

// A table cell's answer folded under a summary that only says to open it.
describe('unfoldedCell', () => {
  it('gives what a block summarised "Show", "👀" or "Answer" folds', () => {
    for (const summary of ['Show', '👀', 'Answer', 'Ответ']) expect(unfoldedCell(folded(summary, 'An inode.'))).toEqual([text('An inode.')]);
  });

  it('keeps a block whose summary says more, and a cell with no block', () => {
    const hint = folded('Think about inodes', 'It lives on.');
    expect(unfoldedCell(hint)).toBe(hint);
    const plain = [text('Just words.')];
    expect(unfoldedCell(plain)).toBe(plain);
  });
});
