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

  it('takes a number line typed over the anchor its heading links to, and a lone done tick over a heading', () => {
    // A bank tracking its progress: `:white_check_mark: Q3` over `<a name>` over the heading; a tick with no number over the next.
    const text = ':white_check_mark: Q1\n### Tuples\nFixed.\n\n---\n:white_check_mark: Q2 \n<a name="sets"></a>\n### Sets\nUnique.\n\n---\n:white_check_mark:\n### Maps\nKeyed.\n';
    expect(read(text)).toEqual(['Tuples', 'Fixed.', '', 'Sets', 'Unique.', '', 'Maps', 'Keyed.']);
  });

  it('keeps a lone tick when the bank numbers no question so', () => {
    expect(read('### Tuples\n\nFixed.\n\n✅\n\n### Sets\n\nUnique.\n')).toEqual(['Tuples', 'Fixed.', '✅', 'Sets', 'Unique.']);
  });
});
