import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMarkdown, parseMarkdownWhole } from '../../src/content/markdown.js';
import { splitAtHeadings } from '../../src/content/split-markdown.js';

/**
 * Large decks are parsed in pieces cut at headings; the joined tree must be exactly the tree of
 * one whole-file parse (node types, values and every position), whatever fences, lists, quotes
 * or tables sit around the cuts.
 */

const LINE = fc.constantFrom(
  '### Question?', '## Section', '# Title', '#### Deep', '###no-space', '', '', 'Plain text with *emphasis* and `code`.',
  '- item', '  - nested item', '1. first', '> quoted', '>', '    indented code', '| a | b |', '|---|---|', '| 1 | 2 |',
  '```', '```js', '``` not `a` fence', '~~~', '~~~~', '````', '  ```', '   ~~~', '- ```', '> ```', '$$', '$$ x $$', '$x$ and $5',
  'Setext', '===', '---', '***', 'Level: hard · Tags: a, b', 'text \\', '[link](#q)', '- [ ] task',
);

/** A long document (the splitter only cuts after 60 lines) made of the lines above. */
const DOC = fc.array(fc.oneof({ weight: 4, arbitrary: LINE }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }).filter((s) => !/<|\]:|\n/.test(s)) }), { minLength: 150, maxLength: 400 }).map((lines) => lines.join('\n'));

describe('parsing in pieces', () => {
  it('gives the whole-file tree for any mix of blocks', () => {
    let split = 0;
    fc.assert(
      fc.property(DOC, (text) => {
        if ((splitAtHeadings(text)?.length ?? 0) > 1) split++;
        expect(parseMarkdown(text)).toEqual(parseMarkdownWhole(text));
      }),
      { numRuns: 300 },
    );
    // Most runs must really have been cut, or the property says nothing.
    expect(split).toBeGreaterThan(200);
  });

  it('really cuts a long deck, and not inside a fence', () => {
    const question = (n: number) => [`### Question ${n}?`, '', '> card', '', 'Answer.', '', '```sh', '### not a heading', '```', ''].join('\n');
    const text = ['# Deck', '', '## Part', '', ...Array.from({ length: 40 }, (_, i) => question(i + 1))].join('\n');
    const pieces = splitAtHeadings(text)!;
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces.slice(1)) expect(piece.text.startsWith('### Question')).toBe(true);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(parseMarkdown(text)).toEqual(parseMarkdownWhole(text));
  });

  it('keeps the file whole when definitions or raw HTML reach across headings', () => {
    const body = Array.from({ length: 100 }, (_, i) => `### Q${i}\n\ntext\n`).join('\n');
    expect(splitAtHeadings(`${body}\n[ref]: https://example.com\n`)).toBeUndefined();
    expect(splitAtHeadings(`${body}\n<!--\n### hidden\n-->\n`)).toBeUndefined();
    expect(splitAtHeadings(`---\ntitle: x\n${body}`)).toBeUndefined();
  });
});
