import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import type { Paragraph, Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { plainStyledLetters } from '../../src/content/layouts/styled-letters.js';

const read = (md: string): Paragraph => {
  const tree = unified().use(remarkParse).parse(md) as Root;
  plainStyledLetters(tree);
  return tree.children[0] as Paragraph;
};

describe('titles in mathematical letters', () => {
  it('reads a bold title as the plain words in bold, its colon with them', () => {
    const p = read('𝐁𝐞𝐡𝐚𝐯𝐢𝐨𝐫𝐚𝐥 𝐐𝐮𝐞𝐬𝐭𝐢𝐨𝐧𝐬:');
    expect(p.children).toHaveLength(1);
    expect(p.children[0].type).toBe('strong');
    expect(toString(p)).toBe('Behavioral Questions:');
  });

  it('reads italic letters as emphasis and leaves the words around them', () => {
    const p = read('Use 𝑠𝑒𝑡 𝑜𝑛𝑒 here');
    expect(p.children.map((c) => c.type)).toEqual(['text', 'emphasis', 'text']);
    expect(toString(p)).toBe('Use set one here');
  });

  it('leaves code and other characters outside the plane alone', () => {
    const p = read('`𝐱` and 🚀');
    expect(p.children[0]).toMatchObject({ type: 'inlineCode', value: '𝐱' });
    expect(toString(p)).toBe('𝐱 and 🚀');
  });
});
