import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { splitAtHeadings } from '../../src/content/split-markdown.js';
import { propertyRuns } from '../long-run.js';

// Watch mode re-parses the piece a save changed and copies the others from memory: its pieces are
// a question or two long, not 60 lines, so a one-question edit parses a sixth of the text it did.
const LINE = fc.constantFrom(
  '### Question?', '## Section', '# Title', '', '', 'Plain text with *emphasis* and `code`.', '- item', '  - nested item', '1. first',
  '> quoted', '    indented code', '| a | b |', '|---|---|', '```', '```js', '~~~', '$$', 'Setext', '===', '---', 'text \\',
);
// No raw HTML: a file with some keeps its 60-line pieces (split-markdown.ts).
const DOC = fc.array(LINE, { minLength: 40, maxLength: 200 }).map((lines) => lines.join('\n'));

describe("watch mode's markdown pieces", () => {
  it('hold the edited question and little else', () => {
    const text = readFileSync('content/infrastructure-engineer.md', 'utf8');
    const at = text.indexOf('What does an infrastructure engineer actually own?');
    const holding = (minLines?: number) => splitAtHeadings(text, minLines)!.find((p) => p.charOffset <= at && at < p.charOffset + p.text.length)!;
    expect(holding().text.split('\n').length).toBeGreaterThanOrEqual(60);
    expect(holding(10).text.split('\n').length).toBeLessThan(40);
  });

  it('give the whole-file tree, edit after edit, for any mix of blocks', async () => {
    // Loaded afresh: the memory watch mode turns on stays in this copy of the module.
    vi.resetModules();
    const { parseMarkdown, parseMarkdownWhole, rememberParses } = await import('../../src/content/markdown.js');
    rememberParses();
    fc.assert(
      fc.property(DOC, DOC, (a, b) => {
        expect(parseMarkdown(a)).toEqual(parseMarkdownWhole(a));
        // The second text shares the first one's pieces where they are the same.
        const edited = `${a}\n${b}`;
        expect(parseMarkdown(edited)).toEqual(parseMarkdownWhole(edited));
      }),
      { numRuns: propertyRuns(40, 100) },
    );
    vi.resetModules();
  });
});
