import { describe, expect, it } from 'vitest';
import type { List, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../src/content/markdown.js';

// Bullets kept as characters by text pasted from a chat or a word processor.
describe('lines opening with a bullet character', () => {
  it('are a list, in an item under its question and at the top level, each item at its line', () => {
    const tree = parseMarkdown('1. What is a registry?\n\t•\tA server that stores images.\n\t•\tIt serves them on pull.\n\nIn short:\n• one\n  goes on\n• two\n');
    const item = (tree.children[0] as List).children[0];
    expect(item.children.map((c) => c.type)).toEqual(['paragraph', 'list']);
    expect(toString(item.children[0])).toBe('What is a registry?');
    const nested = item.children[1] as List;
    expect(nested.children.map((i) => toString(i))).toEqual(['A server that stores images.', 'It serves them on pull.']);
    expect(nested.children.map((i) => i.position?.start.line)).toEqual([2, 3]);
    expect(tree.children.slice(1).map((c) => c.type)).toEqual(['paragraph', 'list']);
    expect((tree.children[2] as List).children.map((i) => toString(i))).toEqual(['one\ngoes on', 'two']);
  });

  it('leave code, a bullet inside a line, and a bullet alone on its line as they are', () => {
    const tree = parseMarkdown('```\n• not a list\n```\n\nLevel: hard · Tags: a • b\n\n•\n');
    expect(tree.children.map((c) => c.type)).toEqual(['code', 'paragraph', 'paragraph']);
    expect(toString(tree.children[1] as Paragraph)).toBe('Level: hard · Tags: a • b');
  });
});
