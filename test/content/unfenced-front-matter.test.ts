import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { parseMarkdown } from '../../src/content/markdown.js';
import { unfencedFrontMatter } from '../../src/content/unfenced-front-matter.js';

// Front matter that lost its opening `---` (fixture table-ideal-response): its keys printed as the deck's introduction.
const text = (top: string[]) => [...top, '', '---', '', '## Basics', '', '### What is a pod?', '', 'The smallest unit.', ''].join('\n');

describe('front matter without its opening rule', () => {
  it('is read as front matter: its title names the deck, its keys not printed', () => {
    const read = parseDeck(text(['title: The Short Cheatsheet', 'category: Career', 'description: Common questions and how to answer them.']), { file: 'c.md', slug: 'c' });
    expect(read.title).toBe('The Short Cheatsheet');
    expect(read.introHtml).not.toContain('title:');
  });

  it('leaves lines that name no title, or prose, as they are', () => {
    for (const top of [['Note: these are drafts.', 'Tip: read them twice.'], ['title: Drafts', 'These are drafts, read them twice.']]) {
      const tree = parseMarkdown(text(top));
      expect(unfencedFrontMatter(tree).children[0].type, top.join(' / ')).toBe('paragraph');
    }
  });

  it('leaves keys YAML cannot read as the text they were: the deck builds as before', () => {
    const top = ['title: Ops: the hard parts', 'author: me'];
    expect(unfencedFrontMatter(parseMarkdown(text(top))).children[0].type).toBe('paragraph');
    const read = parseDeck(text([...top, '', '# Ops']), { file: 'o.md', slug: 'o' });
    expect(read.title).toBe('Ops');
    expect(read.introHtml).toContain('Ops: the hard parts');
  });
});
