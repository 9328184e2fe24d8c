import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../src/content/markdown.js';
import { footnoteAnswers } from '../../src/content/layouts/footnote-answers.js';

const read = (text: string) => footnoteAnswers(parseMarkdown(text).children);

// Questions answered in footnotes: each answer read under the question pointing at it.
describe('footnoteAnswers', () => {
  it('answers each listed question with its footnote, and takes the footnotes used from the foot', () => {
    const nodes = read('1. What is DNS?[^a]\n2. What is NAT?[^b]\n\n[^a]: Names to addresses.\n[^b]: Address translation.\n');
    expect(nodes.map((n) => n.type)).toEqual(['list']);
    const items = (nodes[0] as { children: { children: unknown[] }[] }).children;
    expect(items.map((item) => (item.children as never[]).map((c) => toString(c)))).toEqual([
      ['What is DNS?', 'Names to addresses.'],
      ['What is NAT?', 'Address translation.'],
    ]);
  });

  it('leaves a note cited in an answer, and a bank with one such question, as they are', () => {
    const cited = read('### What is a salt?[^1]\n\nRandom bytes.[^2]\n\n### Why hash slowly?\n\nCost.\n\n[^1]: A.\n[^2]: B.\n');
    expect(cited.filter((n) => n.type === 'footnoteDefinition')).toHaveLength(2);
    const one = read('1. What is DNS?[^a]\n2. What is NAT?\n\n[^a]: Names.\n[^b]: Other.\n');
    expect(one.filter((n) => n.type === 'footnoteDefinition')).toHaveLength(2);
  });
});
