import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { createHtmlRenderer, parseMarkdown } from '../../src/content/markdown.js';
import { labelledLines } from '../../src/content/labelled-lines.js';
import { deriveCard } from '../../src/content/derive-card.js';

const first = (md: string) => parseMarkdown(md).children[0] as Paragraph;

describe('labelled lines', () => {
  it('splits a paragraph whose every line opens with a bold label', () => {
    const lines = labelledLines(first('**Situation:** A slow query.\n**Task:** Make it fast.\n**Action:** Add an index.'));
    expect(lines?.map((p) => p.children.length)).toEqual([2, 2, 2]);
  });

  it('leaves a wrapped sentence, or a paragraph with one unlabelled line, as it is', () => {
    expect(labelledLines(first('**Note:** an index costs writes\nand disk space.'))).toBeUndefined();
    expect(labelledLines(first('**Note:** one line only.'))).toBeUndefined();
  });

  it('prints each field on a line of its own, and the card carries every field', () => {
    const nodes = parseMarkdown('**Situation:** A slow query.\n**Task:** Make it fast.\n**Action:** Add an index.\n**Result:** Milliseconds.').children;
    expect(createHtmlRenderer()(nodes)).toContain('A slow query.<br>');
    expect(deriveCard(nodes).text).toBe('Situation: A slow query; Task: Make it fast; Action: Add an index; Result: Milliseconds.');
  });

  it('keeps lines each wrapped whole in emphasis on lines of their own (three intro notes, not one run-on line)', () => {
    const render = (md: string) => createHtmlRenderer()(parseMarkdown(md).children);
    expect(render('***First note.***\n***Second note.***\n***Third note.***')).toBe('<p><em><strong>First note.</strong></em><br>\n<em><strong>Second note.</strong></em><br>\n<em><strong>Third note.</strong></em></p>');
    expect(render('*One aside.*\n*Another aside.*')).toContain('</em><br>');
    // A sentence that only starts or ends in bold is one thought wrapped over two lines.
    expect(render('**Bold start** and more\n**words** here.')).not.toContain('<br>');
    expect(render('**One line only.**')).not.toContain('<br>');
  });
});
