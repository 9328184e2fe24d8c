import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { htmlToMdast, type DroppedHtml } from '../../src/content/layouts/html-to-mdast.js';

// Raw HTML that cannot be printed is said to be left out at its line: its text must then not print either.
describe('raw HTML left out', () => {
  const convert = (html: string) => {
    const dropped: DroppedHtml[] = [];
    const text = htmlToMdast(html, { start: { line: 9, column: 1 }, end: { line: 9, column: 1 } }, dropped).map((n) => toString(n)).join('|');
    return { text, dropped: dropped.map((d) => `${d.tag}:${d.line}`) };
  };

  it('leaves out a form control or a <noscript> with its text, as it says', () => {
    expect(convert('<p>Before <button>Send now</button> after.</p>\n<textarea>typed text</textarea>\n<noscript>Enable scripts</noscript>')).toEqual({
      text: 'Before after.',
      dropped: ['button:9', 'textarea:10', 'noscript:11'],
    });
  });

  it('keeps the text of an element it prints', () => {
    expect(convert('<div>Kept <b>words</b></div>')).toEqual({ text: 'Kept words', dropped: [] });
  });
});
