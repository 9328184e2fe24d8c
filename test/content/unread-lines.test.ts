import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseDeck } from '../../src/content/parse-deck.js';
import { askingSourceLines, unreadLineWarnings } from '../../src/content/unread-lines.js';

const FIXTURE = 'test/fixtures/layouts/list-tips-after-questions/input.md';
const treeOf = (md: string) => unified().use(remarkParse).parse(md) as Root;
const leftOut = (md: string, keep: (n: Root['children'][number]) => boolean) => {
  const tree = treeOf(md);
  return unreadLineWarnings(askingSourceLines(md, tree), tree.children.filter(keep), [], 'd.md').map((d) => d.line);
};

describe('the net under every layout: a line that asks and is read nowhere is said', () => {
  it('names a question in a list left out after its first line was said (the layout warns once, at the list)', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const deck = parseDeck(text, { file: FIXTURE, slug: 'kitchen' });
    const line = text.split('\n').findIndex((l) => l.includes('cast-iron')) + 1;
    // The list holding it was left out, said at its first item only.
    expect(deck.diagnostics.some((d) => d.line === line - 3 && d.code === 'left-out')).toBe(true);
    const named = deck.diagnostics.filter((d) => d.line === line);
    expect(named).toHaveLength(1);
    expect(named[0]).toMatchObject({ code: 'left-out', severity: 'warning' });
    expect(named[0].message).toContain('Is a cast-iron pan worth its weight?');
    expect(deck.sections.flatMap((s) => s.questions).map((q) => q.text)).not.toContain('Is a cast-iron pan worth its weight?');
  });

  it('finds lines that ask outside code, list marks and quotes taken off', () => {
    const md = '- What is a heap?\n> Why is it fast?\n\n```\nok = ask()?\n```\n\n    indented code?\n\nPlain prose.';
    expect([...askingSourceLines(md, treeOf(md))]).toEqual([
      [1, 'What is a heap?'],
      [2, 'Why is it fast?'],
    ]);
  });

  it('says nothing of a line kept in the deck, nor of one whose words a question took (its label left off)', () => {
    const md = '## 1.\n\n**Question:** What does a linker do with two symbols of one name?\n\n- What is a heap?';
    // The list is kept; the labelled line is left out, its words the heading's.
    const asked = treeOf('### What does a linker do with two symbols of one name?').children;
    const tree = treeOf(md);
    const kept = [...asked, tree.children[2]];
    expect(unreadLineWarnings(askingSourceLines(md, tree), kept, [], 'd.md')).toEqual([]);
    // The same line, in nothing kept: said at its line.
    expect(leftOut(md, (n) => n.type === 'list')).toEqual([3]);
  });
});
