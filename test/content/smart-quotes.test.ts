import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { passCanChange, smartQuotes } from '../../src/content/smart-quotes.js';

/** Each pass run on a text as remark-smartypants runs it, with no skipping. */
const quotesPass = retext().use(retextSmartypants, { dashes: false, ellipses: false, backticks: false });
const restPass = retext().use(retextSmartypants, { dashes: 'oldschool', quotes: false, backticks: false });

// Texts made of what the passes look at (quotes, dashes, dots, backticks), spaces and letters.
const TEXT = fc.stringMatching(/^[-–—.'"` a\n]{0,14}$/);

const paragraph = (value: string): Root => ({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] });

describe('smart quotes skip only the texts a pass cannot change', () => {
  it('a text the second pass is skipped for reads back the same from it', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        if (!passCanChange.rest(text)) expect(restPass.processSync(text).toString()).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('a text the first pass is skipped for reads back the same from it', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        if (!passCanChange.quotes(text)) expect(quotesPass.processSync(text).toString()).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('educates quotes across emphasis, dashes and ellipses, leaving backticks and doubled single quotes as typed', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'He said "a ' },
            { type: 'emphasis', children: [{ type: 'text', value: 'b' }] },
            { type: 'text', value: '" -- and --- then... . . . ``c\'\' it\'s' },
          ],
        },
        { type: 'paragraph', children: [{ type: 'text', value: 'plain words' }] },
      ],
    } as Root;
    smartQuotes({})(tree);
    expect(toString(tree)).toBe("He said “a b” – and — then… … ``c'' it’s" + 'plain words');
  });

  it('keeps a literal run of backticks in plain text (a code span markdown did not take) as typed', () => {
    const tree = paragraph("Type ``a`b`` to show a backtick; '' is an empty string.");
    smartQuotes({})(tree);
    expect(toString(tree)).toBe("Type ``a`b`` to show a backtick; '' is an empty string.");
  });

  it('uses the quote marks it is given', () => {
    const tree = paragraph('"x" \'y\'');
    smartQuotes({ openingQuotes: { double: '„', single: '‚' }, closingQuotes: { double: '“', single: '’' } })(tree);
    expect(toString(tree)).toBe('„x“ ‚y’');
  });
});
