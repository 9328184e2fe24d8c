import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { combineDecks } from '../../src/content/combine-decks.js';
import { assetDirs } from '../../src/render/assets.js';
import { createGuideRenderer } from '../../src/render/render-guide.js';
import { findAll, hasClass, parseHtml, textOf } from './html-dom.js';
import type { Element } from 'hast';

// A combined guide (--combine) shows parts, sections and questions as three levels. Rendered to
// HTML only; tests/e2e/many-decks.test.ts reads the printed contents, bookmarks and running heads.
const renderGuide = createGuideRenderer(assetDirs());
const deck = (slug: string, title: string) =>
  parseDeck(`# ${title}\nIntro of ${title}.\n## Basics\n### What is DNS?\n> Names.\n## More\n### What is TCP?\n> A stream.\n`, { file: `${slug}.md`, slug });
const html = renderGuide(combineDecks([deck('one', 'Deck One'), deck('two', 'Deck Two')]), { paper: 'a4' });
const root = parseHtml(html);
const byClass = (within: Element | typeof root, name: string) => findAll(within, (el) => hasClass(el, name));
const childrenWith = (el: Element, name: string) => el.children.filter((c): c is Element => c.type === 'element' && hasClass(c, name));

describe('the contents of a combined guide', () => {
  it('lists each part with its number, then its own sections by their own titles, then their questions', () => {
    const parts = byClass(root, 'toc-part');
    expect(parts.map((p) => textOf(childrenWith(p, 'toc-part-label')[0]))).toEqual(['Part 1', 'Part 2']);
    const sections = parts.map((p) => byClass(p, 'toc-section').map((s) => textOf(byClass(s, 'toc-text')[0])));
    expect(sections).toEqual([
      ['Basics', 'More'],
      ['Basics', 'More'],
    ]);
    expect(byClass(parts[1], 'toc-num').map(textOf)).toEqual(['Q3', 'Q4']);
  });

  it('opens each part with its number over its title, and heads its sections by their own titles', () => {
    const titles = byClass(root, 'section-title').map(textOf);
    expect(titles).toEqual(['Deck One', 'Basics', 'More', 'Deck Two', 'Basics', 'More']);
    expect(byClass(root, 'part-label').map(textOf)).toEqual(['Part 1', 'Part 2']);
  });

  it('heads a section page with its part on the left and its own title on the right, and a part page with neither', () => {
    const style = findAll(root, (el) => el.tagName === 'style')
      .map(textOf)
      .join('\n');
    const rules = (name: string) => [...style.matchAll(new RegExp(`@page ${name} \\{([^\\n]*)\\}`, 'g'))].map((m) => m[1]).join(' ');
    expect(rules('sec1')).toMatch(/@top-left \{ content: "Deck One"; \}/);
    expect(rules('sec1')).toMatch(/@top-right \{ content: "Basics"; \}/);
    expect(rules('sec3')).toMatch(/@top-left \{ content: none; \} @top-right \{ content: none; \}/);
  });

  it('keeps the flat contents of a guide without parts', () => {
    const single = parseHtml(renderGuide(deck('one', 'Deck One'), { paper: 'a4' }));
    expect(byClass(single, 'toc-part')).toEqual([]);
    expect(byClass(single, 'toc-section').map((s) => textOf(byClass(s, 'toc-text')[0]))).toEqual(['Basics', 'More']);
  });
});
