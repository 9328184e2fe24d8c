import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMarkdown, parseMarkdownWhole, remembersParses } from '../../src/content/markdown.js';
import { splitAtHeadings } from '../../src/content/split-markdown.js';
import { propertyRuns } from '../long-run.js';

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

/** Whether the splitter cuts the text into pieces (parseMarkdown cuts where it does). */
const isCut = (text: string): boolean => (splitAtHeadings(text)?.length ?? 0) > 1;

/**
 * Whether parsing the text in pieces may give another tree than a whole parse: an uncut text takes
 * the whole-file path in parseMarkdown too (the same calls on the same text), so parsing it twice
 * proved nothing, and about half the runs were spent so. With watch mode's memory on (left by
 * another file in this worker) pieces are shorter: every text is compared then.
 */
const mayDiffer = (cut: boolean): boolean => cut || remembersParses();

/** A long document (the splitter only cuts after 60 lines) made of the lines above. */
const DOC = fc.array(fc.oneof({ weight: 4, arbitrary: LINE }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }).filter((s) => !/<|\]:|\n/.test(s)) }), { minLength: 150, maxLength: 400 }).map((lines) => lines.join('\n'));

// Raw HTML of every block kind, which banks written in `<details>` blocks are full of.
const HTML_LINE = fc.constantFrom(
  '<details>', '<summary>Why?</summary><br><b>', '</b></details>', '<div>', '</div>', '-->', '<!-- note -->', '</pre>', '</script>', '?>',
  '<!DOCTYPE html>', ']]>', '<a name="x"></a>', '  <br>', 'text <b>bold', '### Q <code>x</code>',
);
// Blocks that run to an end marker, headings and blank lines inside; rarer, since each stops cuts until it ends.
const HTML_SPAN = fc.constantFrom('<!--\n\n# in a comment\n-->', '<pre>\n\n## in pre\n</pre>', '<script>\n### in script\n</script>', '<?php\n\n# x\n?>', '<![CDATA[\n# y\n]]>');
// A heading after a blank line: where a file with HTML may be cut. (Not `1. ### Q`: cutting a
// list of those into one list per piece is meant, and the layout reads both alike.)
const CUT = fc.constantFrom('\n## Part', '\n### Question?', '\n# Title');
const HTML_DOC = fc
  .array(fc.oneof({ weight: 12, arbitrary: LINE }, { weight: 4, arbitrary: HTML_LINE }, { weight: 1, arbitrary: HTML_SPAN }, { weight: 1, arbitrary: CUT }), { minLength: 150, maxLength: 300 })
  .map((lines) => lines.join('\n'));

describe('parsing in pieces', () => {
  it('gives the whole-file tree with raw HTML blocks of every kind around the cuts', () => {
    let split = 0;
    const runs = propertyRuns(50, 100);
    fc.assert(
      fc.property(HTML_DOC, (text) => {
        const cut = isCut(text);
        if (cut) split++;
        if (!mayDiffer(cut)) return;
        expect(parseMarkdown(text)).toEqual(parseMarkdownWhole(text));
      }),
      { numRuns: runs },
    );
    // Over 30 % of the runs really cut (60 to 76 % of them did in six runs of 100).
    expect(split).toBeGreaterThan(runs * 0.3);
  });

  it('gives the whole-file tree for any mix of blocks', () => {
    let split = 0;
    // Each run of the suite tries a new seed: 50 texts here (as the property above), 200 with LONG_TESTS=1.
    const runs = propertyRuns(50, 200);
    fc.assert(
      fc.property(DOC, (text) => {
        const cut = isCut(text);
        if (cut) split++;
        if (!mayDiffer(cut)) return;
        expect(parseMarkdown(text)).toEqual(parseMarkdownWhole(text));
      }),
      { numRuns: runs },
    );
    // At least half the runs must really have been cut, or the property says little. (About three
    // in four are: 76 % of 4,000 texts; one run of the suite saw 63 of 100, so the bar is not higher.)
    expect(split).toBeGreaterThanOrEqual(runs / 2);
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

  it('keeps the file whole when definitions reach across headings', () => {
    const body = Array.from({ length: 100 }, (_, i) => `### Q${i}\n\ntext\n`).join('\n');
    expect(splitAtHeadings(`${body}\n[ref]: https://example.com\n`)).toBeUndefined();
    expect(splitAtHeadings(`---\ntitle: x\n${body}`)).toBeUndefined();
  });

  it('cuts a file with raw HTML only after a blank line and outside comments, <pre> and the like', () => {
    const body = (from: number) => Array.from({ length: 40 }, (_, i) => `### Q${from + i}\n\ntext\n`).join('\n');
    const text = `${body(0)}\n<!--\n\n### hidden ${body(100)}\n-->\n<div>\n### under a div\n</div>\n\n${body(200)}`;
    const pieces = splitAtHeadings(text)!;
    expect(pieces.length).toBeGreaterThan(1);
    const starts = pieces.map((p) => p.text.split('\n')[0]);
    expect(starts.some((l) => /hidden|under a div/.test(l))).toBe(false);
    // Nothing inside the comment is a cut, so no piece starts between its opening and its end.
    const open = text.indexOf('<!--');
    const close = text.indexOf('-->');
    expect(pieces.some((p) => p.charOffset > open && p.charOffset <= close)).toBe(false);
    expect(parseMarkdown(text)).toEqual(parseMarkdownWhole(text));
  });
});
