import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../src/content/markdown.js';
import { withoutNumberLines } from '../../src/content/layouts/number-lines.js';

const read = (text: string): string[] => withoutNumberLines(parseMarkdown(text).children).map((n) => toString(n));

// A question's number on a line of its own over its heading goes; a figure answering the question above stays.
describe('withoutNumberLines', () => {
  it('takes the number lines over the headings they number', () => {
    expect(read('**Q1**\n\n### Iterators\n\nThey yield.\n\n**Q2**\n\n### Decorators\n\nThey wrap.\n')).toEqual(['Iterators', 'They yield.', 'Decorators', 'They wrap.']);
  });

  it('keeps a figure that is the whole answer of the question above it', () => {
    expect(read('### Which mode lets all read?\n\n755\n\n### Which status is success?\n\n0\n\n### Next?\n\nYes.\n')).toEqual(['Which mode lets all read?', '755', 'Which status is success?', '0', 'Next?', 'Yes.']);
  });
});
